// content/facts.yaml: the facts users read, their template variables, the facts rule of `content check`
// (written-out hotlines, role contradictions, stale facts) and `scam-coach content facts`.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentReport } from '../../src/cli/content-check.ts';
import { checkFacts } from '../../src/content/facts-check.ts';
import { factRows, factVars, loadFacts, olderThan } from '../../src/content/facts.ts';
import { brandVars, fillTemplate } from '../../src/content/template.ts';
import { formatProblem } from '../../src/content/yaml-source.ts';
import { runCli } from '../helpers/cli.ts';
import { brand, classifier, ROOT } from '../helpers/content.ts';

const facts = loadFacts();
const zh = factVars(facts, 'zh');
const en = factVars(facts, 'en');
const NOW = new Date('2026-11-29T12:00:00Z');

/** A copy of the shipped content, scenarios and demo page in a temp folder, with `edits` applied (file → text). */
function contentCopy(edits: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'facts-'));
  for (const d of ['content', 'scenarios', 'public']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return dir;
}

/** 1-based line:col of the first `needle` after `after` in `text`. */
function where(text: string, needle: string, after = ''): string {
  const at = text.indexOf(needle, after ? text.indexOf(after) : 0);
  expect(at, `"${needle}" in the fixture`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('the facts file', () => {
  it('gives every fact a public source and a check date, and each hotline a role', () => {
    for (const s of facts.services) expect(s.role, s.id).toBeTruthy();
    for (const f of [...facts.services, ...facts.rules]) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const src of f.sources) expect(src.url, f.id).toMatch(/^https?:\/\//);
      expect(f.checked, f.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('fills rule texts with the hotlines they name, in both languages', () => {
    for (const vars of [zh, en]) {
      for (const [key, value] of Object.entries(vars)) expect(value, key).not.toMatch(/\{\{/);
    }
    expect(zh['fact.police.number']).toBe('110');
    expect(zh['fact.anti-fraud.number']).toBe('96110');
    // After a transfer the first call is 110, with the scammer's account details; not "call your bank".
    expect(en['fact.rule.after-transfer']).toMatch(/^If you have already transferred money: call the police on 110/);
    expect(en['fact.rule.after-transfer']).toContain("scammer's account number");
    expect(zh['fact.rule.after-transfer']).toMatch(/^已经转了钱：马上打 110 报警/);
    expect(zh['fact.anti-fraud.says']).toContain('不是报警电话');
  });

  it('is what every brand-templated text sees ({{fact.…}} next to {{brand.…}})', () => {
    const vars = brandVars(brand, 'en');
    expect(vars['fact.rule.credit-repair']).toBe(en['fact.rule.credit-repair']);
    expect(vars['brand.hotline']).toBe(brand.official_numbers[0]!.number);
  });

  it('lists facts oldest first with their age; older than the limit is stale', () => {
    const old = { ...facts, rules: facts.rules.map((r, i) => (i === 3 ? { ...r, checked: '2025-01-10' } : r)) };
    const rows = factRows(old, NOW, 12);
    expect(rows[0]).toMatchObject({ id: `rule.${facts.rules[3]!.id}`, checked: '2025-01-10', stale: true });
    expect(rows[0]!.ageDays).toBe(688);
    // (Facts checked after NOW, such as those added since, have a negative age.)
    expect(rows.slice(1).every((r) => !r.stale && r.ageDays <= 0)).toBe(true);
    expect(olderThan('2025-11-29', 12, NOW)).toBe(false);
    expect(olderThan('2025-11-28', 12, NOW)).toBe(true);
  });
});

describe('content check: the facts rule', () => {
  it('passes on the shipped content', () => {
    const { problems, warnings } = contentReport(ROOT, join(ROOT, 'content/brand.yaml'), { now: NOW });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings).toEqual([]);
  }, 30_000);

  it('a hotline written out in an answer is an error at its position; 96110 next to 报警 contradicts its role', () => {
    const file = 'content/faq/zh-after.yaml';
    const answer = '已经转账的，立即拨打 110 或 96110 报警。';
    const dir = contentCopy({
      [file]: (t) => t.replace(/(id: zh-already-transferred[\s\S]*?answer: \|\n {6})[^\n]*/, `$1${answer}`),
    });
    const text = readFileSync(join(dir, file), 'utf8');
    const { errors } = checkFacts(dir, facts, undefined, { now: NOW });
    expect(errors.map(formatProblem)).toEqual([
      `${file}:${where(text, '110 或')}: hotline 110 written out: use {{fact.police.number}} (content/facts.yaml)`,
      `${file}:${where(text, '96110 报警')}: hotline 96110 written out: use {{fact.anti-fraud.number}} (content/facts.yaml)`,
      `${file}:${where(text, '报警', answer)}: 96110 is warning-advice, not report-crime: "报警" next to it contradicts content/facts.yaml`,
    ]);
  }, 30_000);

  it('a contradiction through a placeholder counts too; a negated clause and question variants do not', () => {
    const file = 'content/faq/en-after.yaml';
    const dir = contentCopy({
      [file]: (t) =>
        t
          .replace(
            /(id: en-report-scam[\s\S]*?answer: \|\n {6})[^\n]*/,
            '$1Call {{fact.anti-fraud.number}} to report a crime. {{fact.anti-fraud.number}} is not where you report a crime.',
          )
          .replace('      - I already paid\n', '      - I already paid, should I call 96110 to report a crime\n'),
    });
    const text = readFileSync(join(dir, file), 'utf8');
    const { errors } = checkFacts(dir, facts, undefined, { now: NOW });
    expect(errors.map(formatProblem)).toEqual([
      `${file}:${where(text, 'report a crime', 'id: en-report-scam')}: 96110 is warning-advice, not report-crime: "report a crime" next to it contradicts content/facts.yaml`,
    ]);
  }, 30_000);

  it('a written-out hotline on the demo page is an error; so is an unknown fact placeholder there', () => {
    const dir = contentCopy({
      'public/index.html': (t) => t.replace('</main>', '<p>有疑问打 12321，或看 {{fact.rule.no-such-rule}}</p></main>'),
    });
    const text = readFileSync(join(dir, 'public/index.html'), 'utf8');
    const { errors } = checkFacts(dir, facts, undefined, { now: NOW });
    expect(errors.map(formatProblem)).toEqual([
      `public/index.html:${where(text, '12321')}: hotline 12321 written out: use {{fact.spam-report.number}} (content/facts.yaml)`,
      `public/index.html:${where(text, '{{fact.rule.no-such-rule}}')}: unknown placeholder {{fact.rule.no-such-rule}} (content/facts.yaml)`,
    ]);
  }, 30_000);

  it('a fact not checked for longer than the limit is a warning at its date, and does not fail the check', async () => {
    const dir = contentCopy({
      'content/facts.yaml': (t) => t.replace(/(id: courts[\s\S]*?checked: )2026-11-29/, '$12025-06-01'),
    });
    const text = readFileSync(join(dir, 'content/facts.yaml'), 'utf8');
    const at = where(text, '2025-06-01');
    const { code, out } = await runCli(['content', 'check', dir]);
    expect(code).toBe(0);
    expect(out).toContain(
      `content/facts.yaml:${at}: warning: fact "courts" last checked 2025-06-01, more than 12 months ago`,
    );
    const strict = await runCli(['content', 'check', dir, '--json', '--fact-max-age', '36']);
    expect(JSON.parse(strict.out)).toMatchObject({ ok: true, problems: [], warnings: [] });
  }, 30_000);
});

describe('the facts file is checked like any content', () => {
  it('a fact without sources, a duplicate id and a bad date each point at their place', async () => {
    const dir = contentCopy({
      'content/facts.yaml': (t) =>
        t
          .replace(/(id: courts[\s\S]*?checked: )2026-11-29/, '$129 Nov 2026')
          .replace('  - id: chinese-only', '  - id: after-code'),
    });
    const text = readFileSync(join(dir, 'content/facts.yaml'), 'utf8');
    const { code, out } = await runCli(['content', 'check', dir]);
    expect(code).toBe(1);
    expect(out).toContain(`content/facts.yaml:${where(text, '29 Nov 2026')}: services[3].checked: a date: YYYY-MM-DD`);
    const noDate = text.replace('29 Nov 2026', '2026-11-29');
    writeFileSync(join(dir, 'content/facts.yaml'), noDate);
    const dup = await runCli(['content', 'check', dir]);
    expect(dup.out).toContain(
      `content/facts.yaml:${where(noDate, 'after-code', 'id: real-app')}: duplicate fact id "after-code"`,
    );
  }, 30_000);

  it('--fact-max-age takes whole months only', async () => {
    const { code, err } = await runCli(['content', 'facts', '--fact-max-age', 'soon']);
    expect(code).toBe(2);
    expect(err).toContain('--fact-max-age must be a whole number of months');
  });
});

describe('scam-coach content facts', () => {
  it('--json lists every fact with sources and age, oldest first', async () => {
    const { code, out } = await runCli(['content', 'facts', '--json']);
    expect(code).toBe(0);
    const body = JSON.parse(out);
    expect(body.maxAgeMonths).toBe(12);
    expect(body.facts).toHaveLength(facts.services.length + facts.rules.length);
    const dates = body.facts.map((f: { checked: string }) => f.checked);
    expect(dates).toEqual([...dates].sort());
    expect(body.facts.find((f: { id: string }) => f.id === 'police')).toMatchObject({
      kind: 'service',
      number: '110',
      role: 'report-crime',
      sources: expect.arrayContaining([expect.objectContaining({ url: expect.stringMatching(/^https?:/) })]),
    });
  }, 30_000);

  it('prints a table: one row per fact, its sources under it', async () => {
    const { code, out } = await runCli(['content', 'facts']);
    expect(code).toBe(0);
    expect(out).toMatch(/^checked {5}age {4}fact/);
    expect(out).toMatch(/\n\d{4}-\d{2}-\d{2} {2}\d+d +anti-fraud +96110 {3}warning-advice/);
    expect(out).toContain(`    ${facts.services[0]!.sources[0]!.title} — ${facts.services[0]!.sources[0]!.url}`);
    expect(out).toMatch(/\d+ facts, \d+ older than 12 months\n$/);
  }, 30_000);
});

describe('texts that state facts render whole', () => {
  it('every FAQ answer and quiz explanation fills to plain text: no placeholder left, no broken one', () => {
    const texts: { where: string; text: string; locale: 'zh' | 'en' }[] = [];
    for (const f of readdirSync(join(ROOT, 'content/faq')).filter((x) => x.endsWith('.yaml'))) {
      const doc = parse(readFileSync(join(ROOT, 'content/faq', f), 'utf8')) as {
        entries: { id: string; locale: 'zh' | 'en'; answer: string }[];
      };
      for (const e of doc.entries) texts.push({ where: e.id, text: e.answer, locale: e.locale });
    }
    const quizDoc = parse(readFileSync(join(ROOT, 'content/quiz.yaml'), 'utf8')) as {
      forms: Record<string, { id: string; explain: { zh: string; en: string } }[]>;
    };
    for (const items of Object.values(quizDoc.forms)) {
      for (const i of items)
        for (const l of ['zh', 'en'] as const) texts.push({ where: i.id, text: i.explain[l], locale: l });
    }
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) expect(fillTemplate(t.text, brandVars(brand, t.locale)), t.where).not.toMatch(/\{\{|\}\}/);
  });
});

describe('classifier advice rests on the facts', () => {
  it.each(['zh', 'en'] as const)(
    'dangerous advice (%s) leads with 110 and the scammer details after a transfer, 96110 never first',
    (locale) => {
      const v = classifier.check('+86 96110', { locale });
      expect(v.verdict).toBe('dangerous');
      const f = locale === 'zh' ? zh : en;
      expect(v.advice).toContain(f['fact.rule.after-transfer']);
      expect(v.advice).toContain(f['fact.rule.after-code']);
      expect(v.advice.indexOf('110')).toBeLessThan(
        v.advice.indexOf('96110') === -1 ? Infinity : v.advice.indexOf('96110'),
      );
      expect(v.items[0]!.reasons.map((r) => r.code)).toContain('FAKE_96110');
    },
  );

  it('a 106 sender alone raises no verdict, and its reason says the sender proves nothing', () => {
    const v = classifier.check('10690000123', { locale: 'en' });
    expect(v.verdict).toBe('unknown');
    const reason = v.items[0]!.reasons.find((r) => r.code === 'BULK_SMS_PORT_106');
    expect(reason?.message).toBe(en['fact.rule.sender-proves-nothing']);
  });
});
