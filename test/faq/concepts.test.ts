// The bilingual concept lexicon: English forms (casual, misspelt) and their Chinese words meet on one concept, so a
// mixed zh/en question reads like the Chinese question it mostly is.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, normalizeQuestion } from '../../src/faq/index.ts';
import { CONCEPTS } from '../../src/faq/concepts.ts';
import { brand, ROOT } from '../helpers/content.ts';

const faq = createFaq(ROOT, brand);

describe('concept lexicon', () => {
  it.each([
    ['客服让我 share screen', '客服让我 屏幕共享'],
    ['把 OTP 发给他', '把 验证码 发给他'],
    ['转到 safe account', '转到 安全账户'],
  ])('English words in Chinese text become the Chinese word: %s', (q, expected) => {
    expect(normalizeQuestion(q)).toBe(normalizeQuestion(expected));
  });

  it.each([
    ['they want me to sharescreen', 'they want me to share screen'],
    ['send the otp', 'send the code'],
    ['move money to a safety acount', 'move money to a safe account'],
    ['my costumer servise rang', 'my customer service rang'],
  ])('casual and misspelt English meets the content word: %s', (q, same) => {
    expect(normalizeQuestion(q)).toBe(normalizeQuestion(same));
  });

  it('has no English form claimed by two concepts', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of CONCEPTS)
      for (const f of [c.en, ...c.forms]) {
        if (seen.has(f) && seen.get(f) !== c.zh) clashes.push(`${f}: ${seen.get(f)} / ${c.zh}`);
        seen.set(f, c.zh);
      }
    expect(clashes).toEqual([]);
  });

  it.each([
    ['customer service 让我 download app 然后 share screen', 'screen-sharing'],
    ['客服让我把 code 发给他', 'verification-code'],
    ['对方让我把钱转到 safe account', 'safe-account'],
  ])('a mixed question is answered from the right topic: %s', (q, topic) => {
    const a = answerQuestion(faq, q);
    expect(a.locale).toBe('zh');
    expect(a.match?.topics).toContain(topic);
  });
});
