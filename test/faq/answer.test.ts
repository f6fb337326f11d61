// Step 5: bands, texts and languages of answerQuestion, on a small corpus and the shipped replies.
import { describe, expect, it } from 'vitest';
import { answerQuestion, buildFaqIndex, type FaqEntry, loadFaq } from '../../src/faq/index.ts';
import { brand, ROOT } from '../helpers/content.ts';

const { replies, lexicon } = loadFaq(ROOT);

const entry = (
  id: string,
  locale: 'zh' | 'en',
  topics: FaqEntry['topics'],
  questions: string[],
  answer: string,
): FaqEntry => ({
  id,
  locale,
  topics,
  questions,
  answer,
  related: [],
});

const ENTRIES: FaqEntry[] = [
  entry(
    'zh-code',
    'zh',
    ['verification-code'],
    ['客服要我的短信验证码', '对方让我把验证码念给他', '验证码能告诉别人吗', '说核对身份要验证码'],
    '不要给。{{brand.name}}不会索要验证码，请拨打{{brand.hotline}}。',
  ),
  entry(
    'zh-code-given',
    'zh',
    ['verification-code', 'victim-next-steps'],
    ['验证码已经给对方了怎么办', '不小心把验证码告诉了客服', '给了验证码后账户被借款', '说出验证码了还来得及吗'],
    '马上改密码并拨打{{brand.hotline}}。',
  ),
  entry(
    'zh-fee',
    'zh',
    ['upfront-fee'],
    ['放款前要交解冻费', '借款要先交保证金才到账', '说账户冻结要交钱解冻', '审核通过了还要交手续费'],
    '放款前收费都是诈骗，{{brand.name}}不收。',
  ),
  entry(
    'en-code',
    'en',
    ['verification-code'],
    [
      'they asked for my sms verification code',
      'caller wants the code I just got',
      'should I read out the one-time code',
      'support asked me to forward the code',
    ],
    'Never share it. {{brand.name}} never asks for codes; call {{brand.hotline}}.',
  ),
];

const index = buildFaqIndex(ENTRIES, brand, { lexicon: lexicon!, replies });

describe('answerQuestion', () => {
  it('answers a close question straight, with the brand filled in', () => {
    const a = answerQuestion(index, '客服让我把短信验证码念给他，能给吗');
    expect(a.confidence).toBe('high');
    expect(a.match).toMatchObject({ id: 'zh-code', topics: ['verification-code'] });
    expect(a.match!.score).toBeGreaterThanOrEqual(index.config.high);
    expect(a.answer).toBe(`不要给。安心借不会索要验证码，请拨打${brand.official_numbers[0]!.number}。`);
    expect(a.locale).toBe('zh');
  });

  it('falls back honestly when nothing matches: official channels, a check, a drill — no entry', () => {
    const a = answerQuestion(index, '今天上海下雨吗');
    expect(a).toMatchObject({ match: null, alternatives: [], confidence: 'none', locale: 'zh' });
    expect(a.answer).toContain(brand.official_numbers[0]!.number);
    expect(a.answer).toContain(brand.official_domains[0]!);
    expect(a.answer).toMatch(/号码或链接/);
    expect(a.answer).toMatch(/演练/);
    expect(a.answer).not.toMatch(/\{\{/);
    const en = answerQuestion(index, 'how do i make egg fried rice');
    expect(en.match).toBeNull();
    expect(en.answer).toMatch(/official channels/);
  });

  it('offers "did you mean" choices in the middle band', () => {
    // Raise the bar for a straight answer so the same question lands in the middle band.
    const unsure = buildFaqIndex(ENTRIES, brand, {
      lexicon: lexicon!,
      replies,
      config: { threshold: 0.05, high: Number.POSITIVE_INFINITY, alternativeFloor: 0 },
    });
    const a = answerQuestion(unsure, '验证码');
    expect(a.confidence).toBe('mid');
    expect(a.match).not.toBeNull();
    expect(a.alternatives.length).toBeGreaterThan(0);
    const title = unsure.entries[unsure.byId.get(a.match!.id)!]!.title;
    expect(a.answer).toContain(`“${title}”`);
    expect(a.answer).toContain('你想问的可能是');
    expect(a.answer).toMatch(/\n1\. /);
  });

  it('returns at most config.maxAlternatives alternatives, none equal to the match, scores in 0..1', () => {
    const a = answerQuestion(index, '验证码给了客服');
    expect(a.alternatives.length).toBeLessThanOrEqual(index.config.maxAlternatives);
    for (const alt of a.alternatives) {
      expect(alt.id).not.toBe(a.match?.id);
      expect(alt.score).toBeGreaterThanOrEqual(0);
      expect(alt.score).toBeLessThanOrEqual(1);
    }
  });

  it('answers in the question language, or in the one asked for', () => {
    expect(answerQuestion(index, 'caller wants my verification code').match?.id).toBe('en-code');
    // A Chinese question answered in English: matched in Chinese, answered with the English counterpart.
    const a = answerQuestion(index, '客服让我把短信验证码念给他', { locale: 'en' });
    expect(a.locale).toBe('en');
    expect(a.match?.id).toBe('en-code');
    expect(a.answer).toMatch(/^Never share it\. AnxinLoan/);
  });

  it('is deterministic', () => {
    const q = '放款前要先交保证金吗';
    expect(answerQuestion(index, q)).toEqual(answerQuestion(index, q));
  });
});
