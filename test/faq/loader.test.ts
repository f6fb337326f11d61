// The FAQ loader: every problem as file:line:col, none thrown; cross-file checks.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/yaml-source.ts';
import { loadFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';

const GOOD = `entries:
  - id: zh-a
    locale: zh
    topics: [verification-code]
    questions: [客服要验证码, 对方要我念验证码, 验证码能给吗, 说核对身份要验证码]
    answer: 不要给，{{brand.name}}不会索要验证码。
    related: [zh-b]
  - id: zh-b
    locale: zh
    topics: [upfront-fee]
    questions: [放款前要交费, 要交解冻费, 先交保证金, 审核通过要交手续费]
    answer: 放款前收费都是诈骗，请拨打{{brand.hotline}}。
`;

/** A project folder with the shipped replies and word lists (content/faq-lexicon.yaml) and the given FAQ files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'scam-coach-faq-'));
  mkdirSync(join(root, 'content/faq'), { recursive: true });
  mkdirSync(join(root, 'content/replies'), { recursive: true });
  cpSync(join(ROOT, 'content/replies/faq.yaml'), join(root, 'content/replies/faq.yaml'));
  cpSync(join(ROOT, 'content/faq-lexicon.yaml'), join(root, 'content/faq-lexicon.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/faq', name), text);
  return root;
}

const messages = (root: string) => loadFaq(root).problems.map(formatProblem);

describe('loadFaq', () => {
  it('loads valid files with no problems', () => {
    const faq = loadFaq(project({ 'a.yaml': GOOD }));
    expect(faq.problems).toEqual([]);
    expect(faq.entries.map((e) => e.id)).toEqual(['zh-a', 'zh-b']);
    expect(faq.replies?.fallback.zh).toContain('{{brand.numbers}}');
  });

  it('points a YAML syntax error at its line and column', () => {
    const broken = GOOD.replace(
      '    locale: zh\n    topics: [verification-code]',
      '    locale: zh\n    topics: [verification-code\n',
    );
    expect(messages(project({ 'broken.yaml': broken }))[0]).toMatch(/^content\/faq\/broken\.yaml:\d+:\d+: /);
  });

  it('points a schema error at the offending field', () => {
    const bad = GOOD.replace('topics: [upfront-fee]', 'topics: [upfront-fees]').replace(
      '    questions: [客服要验证码, 对方要我念验证码, 验证码能给吗, 说核对身份要验证码]',
      '    questions: [客服要验证码]',
    );
    const out = messages(project({ 'bad.yaml': bad }));
    expect(out).toContain('content/faq/bad.yaml:5:16: entries[0].questions: at least 4 question variants');
    expect(out.some((m) => /^content\/faq\/bad\.yaml:10:14: .*unknown topic "upfront-fees"/.test(m))).toBe(true);
  });

  it('reports duplicate ids across files, unknown related ids and unknown placeholders', () => {
    const second = `entries:
  - id: zh-a
    locale: zh
    topics: [safe-account]
    questions: [转到安全账户, 安全账户是真的吗, 监管账户转账, 对方让我转到安全账户]
    answer: 没有所谓的安全账户，这是诈骗。
  - id: zh-c
    locale: zh
    topics: [safe-account]
    questions: [公安让我转账, 警察说资金要核查, 资金核查账户, 把钱转去核查]
    answer: 请拨打 {{brand.hotlne}} 核实。
    related: [zh-missing]
`;
    const out = messages(project({ 'a.yaml': GOOD, 'b.yaml': second }));
    expect(out).toContain('content/faq/b.yaml:2:9: duplicate id "zh-a" (first defined in content/faq/a.yaml:2)');
    expect(out.some((m) => m.startsWith('content/faq/b.yaml:11:13: unknown placeholder {{brand.hotlne}}'))).toBe(true);
    expect(out).toContain('content/faq/b.yaml:12:15: unknown related id "zh-missing"');
    // The duplicate is dropped; the first definition stays.
    expect(loadFaq(project({ 'a.yaml': GOOD, 'b.yaml': second })).entries.map((e) => e.id)).toEqual([
      'zh-a',
      'zh-b',
      'zh-c',
    ]);
  });

  it('reports the same question in two entries', () => {
    const twin = GOOD.replace('questions: [放款前要交费,', 'questions: [客服要验证码,');
    expect(messages(project({ 'a.yaml': twin }))).toContain('content/faq/a.yaml:11:17: same question as entry "zh-a"');
  });

  it('reports a missing replies file instead of throwing', () => {
    const root = mkdtempSync(join(tmpdir(), 'scam-coach-faq-'));
    mkdirSync(join(root, 'content/faq'), { recursive: true });
    writeFileSync(join(root, 'content/faq/a.yaml'), GOOD);
    cpSync(join(ROOT, 'content/faq-lexicon.yaml'), join(root, 'content/faq-lexicon.yaml'));
    const faq = loadFaq(root);
    expect(faq.replies).toBeUndefined();
    expect(faq.problems.map(formatProblem)).toEqual(['content/replies/faq.yaml:1:1: cannot read file (ENOENT)']);
  });

  it('reports a missing word-list file (content/faq-lexicon.yaml) instead of throwing', () => {
    const root = project({ 'a.yaml': GOOD });
    rmSync(join(root, 'content/faq-lexicon.yaml'));
    const faq = loadFaq(root);
    expect(faq.lexicon).toBeUndefined();
    expect(faq.problems.map(formatProblem)).toEqual(['content/faq-lexicon.yaml:1:1: cannot read file (ENOENT)']);
  });

  it('finds no problem in the shipped content', () => {
    expect(messages(ROOT)).toEqual([]);
  });
});
