// Session 40 (issue 11, product questions never answered as scams): a fee the platform itself took from the user's own
// loan or bill — a service, processing, guarantee or insurance fee, interest, a fee taken from the payout — doubted as
// a scam in the user's own hedged words ("扣了我一笔服务费，是不是被骗了", "我怕是被骗了", "did i get scammed", "am i
// getting ripped off": feared-charge, content/routes.yaml product.feared, route.ts withoutFeared, answer.ts ownFee) — for
// both brand files no product question gets a scam answer but the one left open below, and the fraud counters with the
// same words, where a fee was paid first to release a loan that never came, a caller, a text, a broker, a chat group or
// an ad is in the story, or a code, a link, an app or a transfer was handed over, stay on the fraud route
// — and the borrower asking whether the lender will hand their own overdue debt to collections ("逾期了会不会被转给第三方
// 催收", "will you send it to collections": collections-handover, product.frames) gets no scam answer, while a caller
// or a text saying the debt was handed over and asking for money to a person, a link, an app or a fee, or threatening,
// stays on the fraud route (product-forms40.tsv; figures: `npx tsx test/faq/product-forms.ts 40 --lines`).
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';
import { describeProductForms, PRODUCT_FORMS_TABLES, readForms } from './product-forms.ts';

const FAMILIES_40 = PRODUCT_FORMS_TABLES['40'];

const forms = readForms(ROOT, '40');

/** Product questions still answered as scams (left open): "somewhere in the app" holds a request cue ("somewhere",
 *  someone sending the user somewhere), which the hedge's read-off does not touch. */
const PRODUCT_LEFT = new Set([
  'My mum helped me set up my {brand_en} loan. This month I got charged an insurance fee and I have no idea what it is. Did I get scammed, or did I agree to this somewhere in the app?',
]);

describe('the product-forms 40 table', () => {
  it('holds ≥ 40 product questions and ≥ 30 counters (≥ 10 and ≥ 10 a family), in several styles, each with a source', () => {
    expect(forms.filter((f) => f.kind === 'product').length).toBeGreaterThanOrEqual(40);
    expect(forms.filter((f) => f.kind === 'fraud').length).toBeGreaterThanOrEqual(30);
    for (const family of FAMILIES_40) {
      const of = forms.filter((f) => f.family === family);
      expect(of.filter((f) => f.kind === 'product').length).toBeGreaterThanOrEqual(10);
      expect(of.filter((f) => f.kind === 'fraud').length).toBeGreaterThanOrEqual(10);
      expect(new Set(of.map((f) => f.style)).size).toBeGreaterThanOrEqual(7);
    }
    expect(forms.every((f) => (f.kind === 'product' || f.kind === 'fraud') && f.text && f.source)).toBe(true);
    expect(forms.every((f) => (FAMILIES_40 as readonly string[]).includes(f.family))).toBe(true);
    expect(forms.filter((f) => PRODUCT_LEFT.has(f.text)).length).toBe(PRODUCT_LEFT.size);
  });
});

describeProductForms('40', PRODUCT_LEFT);
