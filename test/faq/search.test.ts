// Steps 3–4 alone, on a small corpus written here: ranking, locale filter, the fuse.js tie-break, confidence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Brand } from '../../src/content/brand.ts';
import { buildFaqIndex, type FaqEntry, loadFaq, queryTerms, searchFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';

const brand: Brand = {
  name: { zh: '安心借', en: 'AnxinLoan' },
  aliases: ['安心借', 'anxinjie'],
  official_numbers: [{ number: '400-000-0000', label: { zh: '官方客服热线', en: 'Official hotline' } }],
  official_domains: ['anxinjie.example'],
};

const entry = (id: string, locale: 'zh' | 'en', topics: FaqEntry['topics'], questions: string[]): FaqEntry => ({
  id,
  locale,
  topics,
  questions,
  answer: `Answer of ${id} — call {{brand.hotline}}.`,
  related: [],
});

const ENTRIES: FaqEntry[] = [
  entry(
    'zh-code',
    'zh',
    ['verification-code'],
    ['客服要我的短信验证码', '对方让我把验证码念给他', '验证码能告诉别人吗', '说核对身份要验证码'],
  ),
  entry(
    'zh-cancel',
    'zh',
    ['account-cancellation'],
    ['不注销校园贷会影响征信吗', '客服说要注销学生账户', '注销账户要先转账吗', '说我有校园贷没注销'],
  ),
  entry(
    'zh-fee',
    'zh',
    ['upfront-fee'],
    ['放款前要交解冻费', '借款要先交保证金才到账', '说账户冻结要交钱解冻', '审核通过了还要交手续费'],
  ),
  entry(
    'zh-overseas',
    'zh',
    ['overseas-number'],
    ['00开头的电话说是客服', '+852打来的自称你们客服', '境外号码说是平台工作人员', '国外电话打来说我账户有问题'],
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
  ),
  entry(
    'en-fee',
    'en',
    ['upfront-fee'],
    [
      'they want an unfreeze fee before paying out my loan',
      'do I have to pay a deposit before the loan arrives',
      'loan approved but I must pay a fee first',
      'pay a handling fee to release the loan',
    ],
  ),
];

// The shipped word lists (content/faq-lexicon.yaml) over this small corpus.
const lexicon = loadFaq(ROOT).lexicon!;
const index = buildFaqIndex(ENTRIES, brand, { lexicon });
const idOf = (q: string, locale?: 'zh' | 'en') => {
  const best = searchFaq(index, q, { locale })[0];
  return best ? index.entries[best.entry]!.entry.id : undefined;
};

describe('searchFaq', () => {
  it('finds the entry for paraphrases that are not variants', () => {
    expect(idOf('00开头说是你们客服让我注销校园贷是真的吗')).toBe('zh-cancel');
    expect(idOf('有人打电话要验证码')).toBe('zh-code');
    expect(idOf('they want a 2000 yuan unfreeze fee before paying out my loan, legit?')).toBe('en-fee');
  });

  it('reads traditional characters, full width, pinyin and typos', () => {
    expect(idOf('放款前要交解凍費嗎')).toBe('zh-fee');
    expect(idOf('ＹＡＮＺＨＥＮＧＭＡ 能给吗')).toBe('zh-code');
    expect(idOf('zhuxiao 校园贷')).toBe('zh-cancel');
    expect(idOf('caller wants my verificaton cod')).toBe('en-code');
  });

  it('keeps to the requested language', () => {
    const zhOnly = searchFaq(index, 'verification code 验证码', { locale: 'zh' });
    expect(zhOnly.every((s) => index.entries[s.entry]!.entry.locale === 'zh')).toBe(true);
  });

  it('returns nothing for a question without a known term', () => {
    expect(searchFaq(index, '是真的吗？？')).toEqual([]);
    expect(searchFaq(index, '')).toEqual([]);
  });

  it('ranks best first, with confidence and signals in range', () => {
    const ranked = searchFaq(index, '对方要我交保证金才放款', { limit: 4 });
    expect(ranked.length).toBeGreaterThan(0);
    expect(index.entries[ranked[0]!.entry]!.entry.id).toBe('zh-fee');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    for (const s of ranked) {
      expect(s.lexical).toBeGreaterThan(0);
      expect(s.lexical).toBeLessThanOrEqual(1 + 1e-9);
      expect(s.agree).toBeGreaterThanOrEqual(0);
      expect(s.agree).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('is more confident for a close paraphrase than for a stray word overlap', () => {
    const close = searchFaq(index, '客服让我把短信验证码念给他')[0]!;
    const stray = searchFaq(index, '今天的电话费怎么交')[0];
    expect(close.confidence).toBeGreaterThan(stray?.confidence ?? 0);
  });

  it('lets fuse.js settle near ties only, without changing confidence', () => {
    const q = queryTerms(index, '要交钱');
    const withFuse = searchFaq(index, q);
    const without = searchFaq(buildFaqIndex(ENTRIES, brand, { lexicon, config: { fuseShare: 0 } }), q);
    expect(withFuse.map((s) => s.confidence).sort()).toEqual(without.map((s) => s.confidence).sort());
    for (const s of without) expect(s.fuzzy).toBe(0);
  });

  it("skips fuse.js when no candidate reaches the caller's floor (orderFrom), and runs it when one does", () => {
    // The near tie made by the lexical scores and a margin set here, not by the shipped statistical layer's prior
    // (which a refit moves: the nineteen-half refit of session 14 untied this pair).
    const tied = { lexicon, model: null, config: { fuseMargin: 0.05 } };
    const near = buildFaqIndex(ENTRIES, brand, tied);
    const q = queryTerms(near, '注销要交钱'); // zh-fee and zh-cancel nearly tied
    const withFuse = searchFaq(near, q);
    expect(withFuse.some((s) => s.fuzzy > 0)).toBe(true);
    const best = Math.max(...withFuse.map((s) => s.confidence));
    // No entry reaches the floor: the ranking of an index without fuse.js, confidences unchanged.
    const skipped = searchFaq(near, q, { orderFrom: best + 0.01 });
    const without = searchFaq(buildFaqIndex(ENTRIES, brand, { ...tied, config: { ...tied.config, fuseShare: 0 } }), q);
    expect(skipped).toEqual(without);
    expect(skipped.every((s) => s.fuzzy === 0)).toBe(true);
    // One entry reaches it: exactly the ranking with the tie-break.
    expect(searchFaq(near, q, { orderFrom: best })).toEqual(withFuse);
  });

  it('never throws and keeps confidence in 0..1 for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        for (const r of searchFaq(index, s)) {
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scans the postings, not the corpus: repeated questions leave no state behind', () => {
    const a = searchFaq(index, '放款前要交解冻费');
    searchFaq(index, 'caller wants the code');
    expect(searchFaq(index, '放款前要交解冻费')).toEqual(a);
  });
});
