// Session 39 (issue 11, product questions never answered as scams): the user's own account matter — an overpayment to
// get back, a payoff or repayment text, a failed or doubled debit — told with what nobody did ("没有人叫我转账", "没人找我
// 要验证码", "nobody asked me for anything", "no one told me to do anything": nobody-acted, content/routes.yaml
// product.nobody, route.ts withoutNobody) — for both brand files no product question gets a scam answer but the ones
// left open below, and the fraud counters with the same words, where a caller, a text or a "refund agent" asks for
// money, a code, a card, an app, a screen or a link, a nobody word only in a rule or a future, a denial bounded in
// time ("until today, when a text…") or one beside who asked ("they just wanted the code"), stay on the fraud route but
// the one main already routes away
// (product-forms39.tsv; figures: `npx tsx test/faq/product-forms.ts 39 --lines`).
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';
import { describeProductForms, PRODUCT_FORMS_TABLES, readForms } from './product-forms.ts';

const FAMILIES_39 = PRODUCT_FORMS_TABLES['39'];

const forms = readForms(ROOT, '39');

/** Product questions still answered as scams (left open): a request cue beyond the nobody word's reach ("nobody told
 *  me to reply or click"), one a "haven't" denies (withoutDenied reads risks only), and "get the money back", the
 *  recovery scam's context words, with no nobody word before them. */
const PRODUCT_LEFT = new Set([
  "I took out a small loan with {brand_en} in spring and always rounded my payments up. Last week the app showed the loan as settled with a little money over. No one has asked me to do anything and I haven't clicked any links, but I read so many scam stories. How do I get that leftover money back?",
  'loan got paid off, {brand_en} sent me the "congrats you\'re done" text, nobody told me to reply or click. is that text legit or should i ignore it',
  'yeah hi so my account shows I paid more than I owed and nobody has contacted me so how do I actually get the money back',
]);
/** A counter main already routes away: "just tell me the code we texted" is no request cue; the read-off does not
 *  touch it (its nobody word is followed by no act). */
const FRAUD_LEFT = new Set([
  'got a call, "you were double charged for your loan, nobody else at the company knows, just tell me the code we texted"',
]);

describe('the product-forms 39 table', () => {
  it('holds ≥ 40 product questions and ≥ 30 counters, in several styles, each with a source', () => {
    for (const family of FAMILIES_39) {
      const of = forms.filter((f) => f.family === family);
      expect(of.filter((f) => f.kind === 'product').length).toBeGreaterThanOrEqual(40);
      expect(of.filter((f) => f.kind === 'fraud').length).toBeGreaterThanOrEqual(30);
      expect(new Set(of.map((f) => f.style)).size).toBeGreaterThanOrEqual(7);
    }
    expect(forms.every((f) => (f.kind === 'product' || f.kind === 'fraud') && f.text && f.source)).toBe(true);
    expect(forms.every((f) => (FAMILIES_39 as readonly string[]).includes(f.family))).toBe(true);
    expect(forms.filter((f) => PRODUCT_LEFT.has(f.text) || FRAUD_LEFT.has(f.text)).length).toBe(
      PRODUCT_LEFT.size + FRAUD_LEFT.size,
    );
  });
});

describeProductForms('39', PRODUCT_LEFT, FRAUD_LEFT);
