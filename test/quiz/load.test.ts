import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { factVars, loadFacts } from '../../src/content/facts.ts';
import { placeholdersIn } from '../../src/content/template.ts';
import { TOPIC_IDS } from '../../src/content/topics.ts';
import { formatProblem } from '../../src/content/yaml-source.ts';
import { checkQuizFile, loadQuiz, quizItems } from '../../src/quiz/load.ts';
import { checkQuizReplies, QUIZ_REPLIES_FILE } from '../../src/quiz/replies.ts';
import { MIN_GENUINE_PER_FORM, MIN_ITEMS_PER_FORM, PHASES } from '../../src/quiz/schema.ts';

const ROOT = join(import.meta.dirname, '../..');
const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
const FILE = 'content/quiz.yaml';
const shipped = readFileSync(join(ROOT, FILE), 'utf8');

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function where(text: string, needle: string, offset = 0): string {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" in the fixture`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at + offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('the shipped quiz', () => {
  const quiz = loadQuiz(ROOT, brand);

  it.each(PHASES)('form %s has enough items, genuine and scam, in both languages', (phase) => {
    for (const locale of ['zh', 'en'] as const) {
      const items = quizItems(quiz, phase, locale);
      expect(items.length).toBeGreaterThanOrEqual(MIN_ITEMS_PER_FORM);
      expect(items.filter((i) => i.truth === 'genuine').length).toBeGreaterThanOrEqual(MIN_GENUINE_PER_FORM);
      for (const item of items) {
        expect(item.topics.every((t) => (TOPIC_IDS as readonly string[]).includes(t))).toBe(true);
        // Every placeholder filled; every explanation one line.
        for (const text of [item.text, item.explain, item.from ?? '']) expect(placeholdersIn(text)).toEqual([]);
        expect(item.explain).not.toContain('\n');
        if (locale === 'zh') expect(item.text).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('genuine items take the official contacts from the brand file', () => {
    const items = quizItems(quiz, 'pre', 'en');
    const hotline = brand.official_numbers[0]!.number;
    expect(items.find((i) => i.id === 'pre-hotline-repayment-reminder')).toMatchObject({
      truth: 'genuine',
      from: hotline,
    });
    expect(items.find((i) => i.id === 'pre-help-centre-link')?.from).toBe(`https://${brand.official_domains[0]}/help`);
    // The same official-looking number asking for a code is a scam: the number alone proves nothing.
    expect(items.find((i) => i.id === 'pre-spoofed-hotline-asks-code')).toMatchObject({ truth: 'scam', from: hotline });
  });

  it('follows another brand file without edits', () => {
    const other = { ...brand, name: { zh: '好借', en: 'GoodLoan' }, official_domains: ['goodloan.example'] };
    const items = quizItems(loadQuiz(ROOT, other), 'post', 'en');
    expect(items.find((i) => i.id === 'post-help-subdomain-link')?.from).toBe('https://help.goodloan.example/faq');
    expect(items.map((i) => i.text).join(' ')).not.toContain(brand.name.en);
  });

  it('its wording file is valid', () => {
    expect(checkQuizReplies(join(ROOT, QUIZ_REPLIES_FILE)).problems).toEqual([]);
  });
});

describe('quiz file problems come as file:line:col', () => {
  const check = (text: string) => checkQuizFile(FILE, brand, text).problems.map(formatProblem);

  it('an unknown topic points at the topic', () => {
    const text = shipped.replace(
      'topics: [overseas-number, account-cancellation]',
      'topics: [overseas-number, account-cancelation]',
    );
    expect(check(text)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${FILE}:${where(text, 'account-cancelation')}: forms\\.pre\\[1\\]\\.topics\\[1\\]: unknown topic "account-cancelation"`,
        ),
      ),
    ]);
  });

  it('an unknown placeholder points at the text that holds it', () => {
    const text = shipped.replace('from: "https://{{brand.domain}}/help"', 'from: "https://{{brand.site}}/help"');
    expect(check(text)).toEqual([
      `${FILE}:${where(text, '"https://{{brand.site}}')}: forms.pre[2].from: unknown placeholder {{brand.site}} (allowed: {{brand.name}} {{brand.hotline}} {{brand.hotline_label}} {{brand.numbers}} {{brand.domain}} {{brand.domains}} {{brand.app}} {{fact.…}} (content/facts.yaml))`,
    ]);
  });

  it('a duplicate id points at the second one', () => {
    const text = shipped.replace('id: post-bill-due-sms', 'id: pre-help-centre-link');
    const second = text.lastIndexOf('pre-help-centre-link');
    const line = text.slice(0, second).split('\n').length;
    expect(check(text)).toEqual([
      `${FILE}:${line}:11: forms.post[13].id: duplicate item id "pre-help-centre-link" (first used in forms.pre[2])`,
    ]);
  });

  it('a missing field, a wrong truth value and too few genuine items are each reported', () => {
    const missing = shipped.replace(
      /\n {6}kind: call\n {6}truth: genuine\n {6}topics: \[legit-contact, official-channels\]/,
      '\n      kind: call\n      topics: [legit-contact, official-channels]',
    );
    // A missing key is reported at the item that lacks it.
    expect(check(missing)).toEqual([
      expect.stringMatching(new RegExp(`^${FILE}:${where(missing, 'id: pre-hotline')}: forms\\.pre\\[0\\]\\.truth: `)),
    ]);

    const wrong = shipped.replace('truth: scam', 'truth: fake');
    expect(check(wrong)).toEqual([
      expect.stringMatching(new RegExp(`^${FILE}:${where(wrong, 'fake')}: forms\\.pre\\[1\\]\\.truth: `)),
    ]);

    const fewGenuine = shipped.replaceAll(/( {4}- id: pre-[\s\S]*?)truth: genuine/g, '$1truth: scam');
    expect(check(fewGenuine)).toEqual([
      `${FILE}:${where(fewGenuine, '- id: pre-')}: forms.pre: needs at least 5 genuine items (has 0)`,
    ]);
  });

  it('broken YAML is reported with its position, not thrown', () => {
    const problems = check('forms:\n  pre: [\n');
    expect(problems[0]).toMatch(new RegExp(`^${FILE}:\\d+:\\d+: `));
  });
});

describe('the quiz rests on the facts file', () => {
  const quiz = loadQuiz(ROOT, brand);
  const zhFacts = factVars(loadFacts(), 'zh');
  const forms = PHASES.map((phase) => ({ phase, items: quizItems(quiz, phase, 'zh') }));
  const is106 = (from?: string) => /^106/.test((from ?? '').replace(/\s/g, ''));

  it.each(forms)(
    'a 106 sender is no tell in the $phase form: genuine and scam texts both come from 106 numbers',
    ({ items }) => {
      const sms = items.filter((i) => i.kind === 'sms');
      expect(sms.some((i) => i.truth === 'genuine' && is106(i.from))).toBe(true);
      expect(sms.some((i) => i.truth === 'scam' && is106(i.from))).toBe(true);
    },
  );

  it.each(forms)(
    'an incoming call showing 110 (or area code + 110) is a scam in the $phase form, explained by the fact',
    ({ items }) => {
      const police = zhFacts['fact.police.number']!;
      const calls = items.filter((i) => i.kind === 'call' && new RegExp(`(^|-)${police}$`).test(i.from ?? ''));
      expect(calls.length).toBeGreaterThan(0);
      for (const c of calls) {
        expect(c.truth).toBe('scam');
        expect(c.explain).toContain(zhFacts['fact.rule.incoming-110']);
      }
    },
  );

  it.each(forms)(
    'no genuine $phase item is an incoming call from the 400 hotline: the user dialled it',
    ({ items }) => {
      const hotline = brand.official_numbers[0]!.number;
      for (const i of items.filter((x) => x.truth === 'genuine' && x.from === hotline)) {
        expect(i.explain, i.id).toContain(zhFacts['fact.rule.incoming-hotline']);
      }
    },
  );
});
