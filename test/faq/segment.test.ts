// Step 2 alone: the terms index and questions are compared on.
import { describe, expect, it } from 'vitest';
import { charGrams, segment, stem } from '../../src/faq/segment.ts';

describe('segment', () => {
  it('keeps scam vocabulary whole that the default dictionary would cut', () => {
    const words = segment('让我注销校园贷还要交解冻费转到安全账户再开屏幕共享');
    for (const term of ['注销', '校园贷', '解冻费', '安全账户', '屏幕共享']) expect(words).toContain(term);
    // Search mode also emits the shorter words inside, so partial phrasings still meet.
    expect(words).toContain('解冻');
  });

  it('drops function words but keeps negations', () => {
    const words = segment('我没有给他验证码');
    expect(words).toContain('验证码');
    expect(words).not.toContain('我');
    expect(words).not.toContain('他');
  });

  it('stems English so inflections meet', () => {
    expect(segment('codes coded code')).toEqual(['cod', 'cod', 'cod']);
    expect(stem('cancelled')).toBe(stem('cancel'));
    expect(stem('sharing')).toBe(stem('share'));
    expect(stem('fees')).toBe('fee');
    expect(segment('the caller asked for my password')).toEqual(['caller', 'ask', 'password']);
  });

  it('keeps numbers only as prefixes and service numbers', () => {
    expect(segment('00 开头')).toEqual(['00', '开头']);
    expect(segment('96110 12381')).toEqual(['96110', '12381']);
    expect(segment('0085261234567')).toEqual(['00']);
    expect(segment('17012345678')).toEqual(['170']);
    expect(segment('2000 yuan 0000')).toEqual(['yuan']);
  });

  it('gives the same terms for index and question text', () => {
    expect(segment('校园贷要注销')).toEqual(segment('校园贷要注销'));
  });
});

describe('charGrams', () => {
  it('makes Chinese bigrams and English trigrams with word boundaries', () => {
    expect(charGrams('征信修复')).toEqual(['征信', '信修', '修复']);
    expect(charGrams('code')).toEqual(['<co', 'cod', 'ode', 'de>']);
  });

  it('shares grams across a homophone typo or a misspelling', () => {
    const overlap = (a: string[], b: string[]) => a.filter((g) => b.includes(g)).length;
    expect(overlap(charGrams('正信修复'), charGrams('征信修复'))).toBeGreaterThanOrEqual(2);
    expect(overlap(charGrams('servise'), charGrams('service'))).toBeGreaterThanOrEqual(3);
  });
});
