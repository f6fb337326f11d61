import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';
import { runCli } from '../helpers/cli.ts';

describe('scam-coach check', () => {
  it('prints the JSON contract of docs/contracts.md', async () => {
    const { code, out } = await runCli(['check', '--json', '00852-5123-8870']);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(Object.keys(r).sort()).toEqual(['advice', 'input', 'items', 'locale', 'phrases', 'verdict']);
    expect(r.verdict).toBe('dangerous');
    expect(r.items[0]).toMatchObject({ kind: 'phone', raw: '00852-5123-8870', normalized: '+85251238870', verdict: 'dangerous' });
    expect(r.items[0].reasons[0]).toMatchObject({ code: 'INTERNATIONAL_PREFIX', severity: 'high' });
  });

  it('reads inputs from stdin with "-" and prints JSON Lines in order', async () => {
    const { out } = await runCli(['check', '--json', '-'], '400-000-0000\n\nhttps://anxinjie-kefu.xyz\nhello\n');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.verdict)).toEqual(['official', 'dangerous', 'unknown']);
  });

  it('answers in the language asked for', async () => {
    const { out } = await runCli(['check', '--json', '--lang', 'en', '00852 5123 8870']);
    expect(JSON.parse(out).advice).toMatch(/scam/i);
  });

  it('never echoes a verification code or card number in full', async () => {
    const { out } = await runCli(['check', '--json', '请把验证码 482913 告诉我，卡号 4111 1111 1111 1111']);
    expect(out).not.toContain('482913');
    expect(out).not.toContain('4111 1111 1111 1111');
  });

  it('swaps the brand with --brand, without code changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brand-'));
    const file = join(dir, 'brand.yaml');
    writeFileSync(
      file,
      'name: { zh: 示例贷, en: ShiliLoan }\naliases: [shili]\nofficial_numbers:\n  - { number: "400-111-2222", label: { zh: 热线, en: Hotline } }\nofficial_domains: [shili.example]\n',
    );
    const other = await runCli(['check', '--json', '--brand', file, 'https://shili.example/help', '400-000-0000']);
    const [domain, number] = other.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(domain.verdict).toBe('official');
    expect(number.verdict).not.toBe('official');
  });

  it('reports a broken brand file as file:line:col without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brand-'));
    const file = join(dir, 'brand.yaml');
    writeFileSync(file, 'name: { zh: 示例贷, en: ShiliLoan }\naliases: []\nofficial_numbers: nope\nofficial_domains: [Not A Domain]\n');
    const { code, err } = await runCli(['check', '--brand', file, '400-000-0000']);
    expect(code).toBe(1);
    expect(err).toMatch(/brand\.yaml:2:10: aliases/);
    expect(err).toMatch(/brand\.yaml:3:19: official_numbers/);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('scam-coach content check', () => {
  it('passes on the shipped content', async () => {
    const { code, out } = await runCli(['content', 'check']);
    expect(out).toContain('content OK');
    expect(code).toBe(0);
  });

  it('lists every problem of a broken copy as file:line:col and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    cpSync(join(ROOT, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
    writeFileSync(join(dir, 'content/faq/zz-broken.yaml'), 'entries:\n  - id: zz-one\n    locale: fr\n    topics: [weather]\n    questions: [a?, b?, c?, d?]\n    answer: short answer text here\n');
    mkdirSync(join(dir, 'content/replies'), { recursive: true });
    const { code, out } = await runCli(['content', 'check', dir]);
    expect(code).toBe(1);
    expect(out).toMatch(/content\/faq\/zz-broken\.yaml:3:13: .*locale/);
    expect(out).toMatch(/content\/faq\/zz-broken\.yaml:4:14: .*unknown topic "weather"/);
  });
});
