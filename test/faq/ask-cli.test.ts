// `scam-coach ask` through the real dispatcher, on the shipped content.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('scam-coach ask', () => {
  it('prints the JSON contract of docs/contracts.md; the words form one question', async () => {
    const { code, out } = await runCli(['ask', '--json', '00开头说是你们客服', '让我注销校园贷是真的吗']);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(Object.keys(r)).toEqual(['question', 'route', 'match', 'alternatives', 'answer']);
    expect(r.question).toBe('00开头说是你们客服 让我注销校园贷是真的吗');
    expect(r.route).toBe('fraud');
    expect(r.match.topics).toContain('account-cancellation');
    expect(r.match.score).toBeGreaterThan(0);
    expect(r.match.score).toBeLessThanOrEqual(1);
    for (const alt of r.alternatives) expect(Object.keys(alt)).toEqual(['id', 'topics', 'score']);
    expect(r.answer).not.toMatch(/\{\{/);
  });

  it('gives match null and the honest fallback out of scope', async () => {
    const r = JSON.parse((await runCli(['ask', '--json', 'how do i make egg fried rice'])).out);
    expect(r.match).toBeNull();
    expect(r.alternatives).toEqual([]);
    expect(r.answer).toContain('400-000-0000');
  });

  it('says which route each question took: fraud, product, smalltalk or other', async () => {
    const { out } = await runCli(
      ['ask', '--json', '-'],
      [
        '客服打电话让我先交解冻费才能放款',
        '提前还款要手续费吗',
        '谢谢',
        'how do i make egg fried rice',
        'someone called saying my early repayment needs a fee paid first',
      ].join('\n'),
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.route)).toEqual(['fraud', 'product', 'smalltalk', 'other', 'product']);
    // A product question never gets a scam entry, an off-topic one never a straight answer.
    expect(lines[1].match).toBeNull();
    expect(lines[3].match).toBeNull();
    expect(lines[0].match).not.toBeNull();
    // A story the fitted route decision is unsure about (between its bands, src/faq/route-decision.ts) gets the product
    // reply with the caution line — hang up, no code, no transfer — not the bare product reply and not a scam verdict.
    expect(lines[4].match).toBeNull();
    expect(lines[4].answer).toContain('If someone called, texted or messaged you about this');
    expect(lines[1].answer).not.toContain('If someone called');
  });

  it('reads questions from stdin with "-" and prints JSON Lines in order', async () => {
    const { out } = await runCli(
      ['ask', '--json', '-'],
      'they want an unfreeze fee before paying out my loan\n\n今天上海下雨吗\n',
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].match.topics).toContain('upfront-fee');
    expect(lines[1].match).toBeNull();
  });

  it('answers in the language asked for with --lang', async () => {
    const r = JSON.parse((await runCli(['ask', '--json', '--lang', 'en', '放款前要交解冻费是真的吗'])).out);
    expect(r.match.id).toMatch(/^en-/);
    expect(r.answer).toMatch(/[a-z]/i);
    expect(r.answer).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('adds the classifier check when the question holds a number or a link', async () => {
    const phone = JSON.parse((await runCli(['ask', '--json', '+852 6123 4567 打给我说是你们客服，靠谱吗'])).out);
    expect(phone.match.topics).toContain('overseas-number');
    expect(phone.check).toMatchObject({ verdict: 'dangerous' });
    expect(phone.check.items[0]).toMatchObject({ kind: 'phone', verdict: 'dangerous' });
    const link = JSON.parse((await runCli(['ask', '--json', 'is https://anxin-loan.cc/verify your site?'])).out);
    expect(link.check.items[0]).toMatchObject({ kind: 'url', verdict: 'dangerous' });
    const none = JSON.parse((await runCli(['ask', '--json', 'they want an unfreeze fee'])).out);
    expect(none.check).toBeUndefined();
  });

  it('prints a readable answer without --json', async () => {
    const { code, out } = await runCli(['ask', '客服要我的验证码']);
    expect(code).toBe(0);
    expect(out).toMatch(/^\? 客服要我的验证码\n {2}→ zh-/);
    expect(out).toContain('验证码');
  });

  it('explains its usage without a question, and rejects a bad --lang', async () => {
    expect((await runCli(['ask'])).code).toBe(2);
    const bad = await runCli(['ask', '--lang', 'fr', 'hello']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--lang/);
  });
});
