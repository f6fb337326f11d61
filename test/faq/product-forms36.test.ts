// Session 36 (issue 11, product questions never answered as scams): a customer asking about their own loan or
// account in the words scams also use (own-account), the platform named as the sender of a reminder ("收到{brand}发来
// 的短信", "{brand_en} sent me a text": named-sender, answer.ts senderIsPlatform), and a reminder the user says asked
// nothing ("没让我转账也没要验证码": denied-ask, route.ts unaskedFamilies) — for both brand files no product question
// gets a scam answer; the fraud counters with the same words, where someone else demands money, a code, an app or
// data, stay on the fraud route (product-forms36.tsv; figures: `npx tsx test/faq/product-forms.ts 36 --lines`).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion, createFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';
import { BRANDS, missed, PRODUCT_FORMS_TABLES, readForms } from './product-forms.ts';

const FAMILIES = PRODUCT_FORMS_TABLES['36'];

const forms = readForms(ROOT, '36');

/** Fraud counters routed away today (ceiling per family): two own-account counters, a caller's "cancel it in another
 *  app" and a gift-card fee "is this you?", get the cautious product reply on main already (left open). */
const FRAUD_AWAY_CEILING: Record<(typeof FAMILIES)[number], number> = {
  'own-account': 2,
  'named-sender': 0,
  'denied-ask': 0,
  'admitted-late': 0,
};

describe('the product-forms table', () => {
  it('holds ≥ 10 product questions and ≥ 10 counters per family, in several styles, each with a source', () => {
    for (const family of FAMILIES) {
      const of = forms.filter((f) => f.family === family);
      expect(of.filter((f) => f.kind === 'product').length).toBeGreaterThanOrEqual(10);
      expect(of.filter((f) => f.kind === 'fraud').length).toBeGreaterThanOrEqual(10);
      expect(new Set(of.map((f) => f.style)).size).toBeGreaterThanOrEqual(5);
    }
    expect(forms.every((f) => (f.kind === 'product' || f.kind === 'fraud') && f.text && f.source)).toBe(true);
  });
});

for (const brandFile of BRANDS) {
  const brand = loadBrand(join(ROOT, brandFile));
  const faq = createFaq(ROOT, brand);
  const ask = (text: string) => answerQuestion(faq, fillFieldText(text, brand));

  describe(`product forms 36 with ${brandFile}`, () => {
    it.each(forms.filter((f) => f.kind === 'product').map((f) => [f.family, f.style, f.text, f] as const))(
      'product (%s) [%s] %s: no scam answer',
      (_family, _style, _text, f) => {
        expect(missed(f, ask(f.text))).toBe(false);
      },
    );

    it.each(FAMILIES.map((family) => [family] as const))(
      '%s: fraud counters routed away within the ceiling',
      (family) => {
        const away = forms.filter((f) => f.family === family && f.kind === 'fraud' && missed(f, ask(f.text)));
        expect(away.map((f) => f.text).length).toBeLessThanOrEqual(FRAUD_AWAY_CEILING[family]);
      },
    );
  });
}
