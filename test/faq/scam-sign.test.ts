// Session 22 (issue 11): a scam answer needs a scam sign. (1) Whose act: the brand's own name read as the platform for
// the sender list (content/routes.yaml product.named; "收到易达贷的短信…是真的吗" as "收到你们的短信"), unless someone
// claims it, it is quoted or it is someone's possession. (2) What is asked: a story that ends in the user's own account
// question and holds no scam sign — no third party asking for money, a code, a transfer, an install or a call, no
// offer, risk or loss — gets the product reply with its caution line (src/faq/asked.ts); adding a sign keeps the
// scam answer. Lines written for this test (story-guard-cases.ts: the fit guard holds them too), never from the field
// corpus; both brands.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Brand, loadBrand } from '../../src/content/brand.ts';
import { lastSentence } from '../../src/faq/asked.ts';
import { answerQuestion, buildFaqIndex, type FaqIndex, loadFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';
import {
  BRAND_CLAIM_FRAUD,
  BRAND_NOTICE_PRODUCT,
  SIGN_FREE_STORY_PRODUCT,
  SIGN_PROPERTY,
  SIGNED_STORY_FRAUD,
} from './story-guard-cases.ts';

const faq = loadFaq(ROOT);
const opts = { lexicon: faq.lexicon!, ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
const brands: [string, Brand, FaqIndex][] = ['content/brand.yaml', 'test/field/brand-b.yaml'].map((file) => {
  const brand = loadBrand(join(ROOT, file));
  return [file, brand, buildFaqIndex(faq.entries, brand, opts)];
});
const fill = (brand: Brand, q: string) =>
  q.replaceAll('{brand}', brand.name.zh).replaceAll('{brand_en}', brand.name.en);

const noScamAnswer = (index: FaqIndex, q: string) => {
  const a = answerQuestion(index, q);
  expect(a.route, q).toBe('product');
  expect(a.match, q).toBeNull();
};
const scamAnswer = (index: FaqIndex, q: string) => {
  const a = answerQuestion(index, q);
  expect(a.route, q).toBe('fraud');
  expect(a.match, q).not.toBeNull();
};

describe.each(brands)('whose act: the brand named as the sender (%s)', (_, brand, index) => {
  it.each(BRAND_NOTICE_PRODUCT)("the platform's own notice is no scam: %s", (q) => noScamAnswer(index, fill(brand, q)));

  it.each(BRAND_CLAIM_FRAUD)("a claim, a request or an offer in the brand's name keeps the scam answer: %s", (q) =>
    scamAnswer(index, fill(brand, q)),
  );
});

describe.each(brands)('what is asked: a story that ends in an account question (%s)', (_, brand, index) => {
  it.each(SIGN_FREE_STORY_PRODUCT)('no scam sign in the story: the product reply with its caution line: %s', (q) => {
    const a = answerQuestion(index, fill(brand, q));
    expect(a.route).toBe('product');
    expect(a.caution).toBe(true);
    expect(a.match).toBeNull();
  });

  it.each(SIGNED_STORY_FRAUD)('a scam sign in the story keeps the scam answer: %s', (q) =>
    scamAnswer(index, fill(brand, q)),
  );
});

describe('the last sentence', () => {
  it('splits at ? ! ; and a full stop before a space, keeping decimals and a single sentence whole', () => {
    expect(lastSentence('收到短信,是真的吗?要去哪里看?')).toEqual({ story: '收到短信,是真的吗?', ask: '要去哪里看?' });
    expect(lastSentence('i checked. how do i pay?')).toEqual({ story: 'i checked.', ask: 'how do i pay?' });
    expect(lastSentence('the fee is 10.5 dollars, why?')).toBeUndefined();
    expect(lastSentence('how do i repay early?')).toBeUndefined();
  });
});

describe.each(brands)('property: a scam answer needs a scam sign (%s)', (_, __, index) => {
  const { stories: storiesZh, asks: asksZh, signs: signsZh } = SIGN_PROPERTY.zh;
  const { stories: storiesEn, asks: asksEn, signs: signsEn } = SIGN_PROPERTY.en;

  it('zh: a sign-free story + an account question → no scam answer; a sign added → the scam answer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...storiesZh),
        fc.constantFrom(...asksZh),
        fc.constantFrom(...signsZh),
        (s, a, sign) => {
          expect(answerQuestion(index, `${s}${a}`).match, `${s}${a}`).toBeNull();
          const signed = answerQuestion(index, `${s}${sign}${a}`);
          expect(signed.route, `${s}${sign}${a}`).toBe('fraud');
          expect(signed.match).not.toBeNull();
        },
      ),
    );
  });

  it('en: a sign-free story + an account question → no scam answer; a sign added → the fraud route', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...storiesEn),
        fc.constantFrom(...asksEn),
        fc.constantFrom(...signsEn),
        (s, a, sign) => {
          expect(answerQuestion(index, `${s} ${a}`).match, `${s} ${a}`).toBeNull();
          // The sign keeps it a fraud question: ranked (its entry, or the fallback when none is close enough).
          expect(answerQuestion(index, `${s} ${sign} ${a}`).route, `${s} ${sign} ${a}`).toBe('fraud');
        },
      ),
    );
  });
});
