// Session 22 (issue 11): word families the fraud cues lacked — doubt said the casual way ("sus", "fishy", "red flag",
// 猫腻, 忽悠, 有诈) and a fee asked for before the payout (放款前要交, "before disbursement"). Each word is read as its
// family, so a question whose only scam sign it is stays on the fraud route; the same subjects asked as the user's own
// account matter, without the word, stay off it. Lines written for this test (story-guard-cases.ts: the fit guard
// holds them too), never from the field corpus; both brands.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/faq/index.ts';
import { cueFamilies } from '../../src/faq/route.ts';
import { questionForms } from '../../src/faq/search.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';
import { MISSING_CUE_FRAUD, MISSING_CUE_PRODUCT } from './story-guard-cases.ts';

const indexes = bothBrandIndexes();

describe.each(indexes)('casual doubt and a fee before the payout (%s)', (_, index) => {
  const router = index.router!;
  const families = (q: string) => cueFamilies(router, questionForms(index, q).cued);

  it.each(MISSING_CUE_FRAUD)('fraud: %s (%s)', (q, kind) => {
    expect(families(q)).toContain(kind);
    const a = answerQuestion(index, q);
    expect(a.route).toBe('fraud');
    expect(a.caution).toBeFalsy();
  });

  it.each(MISSING_CUE_PRODUCT)('no scam answer: %s', (q) => {
    const a = answerQuestion(index, q);
    expect(a.route).toBe('product');
    expect(a.match).toBeNull();
  });
});
