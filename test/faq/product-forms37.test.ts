// Session 37 (issue 11, product questions never answered as scams): a customer's own code that does not arrive
// ("验证码发不过来", "登录验证码收不到", "the login code never arrives", pinyin "yanzhengma shoubudao": code-not-arriving,
// content/routes.yaml product.frames) — for both brand files no product question gets a scam answer, and the fraud
// counters with the same words, where someone else asks for the code, money, an app or a password, stay on the fraud
// route; and the user's own just-submitted application withdrawn in time ("刚提交了申请想取消，还来得及吗":
// withdrawn-application, route.ts withoutWithdrawn), whose counters hand money, a code, a card or a link over
// and the user's own line, app or repayment that does not work typed as one pinyin word ("kefu dianhua dabutong":
// pinyin-joined, lexicon.ts PINYIN) (product-forms37.tsv; figures: `npx tsx test/faq/product-forms.ts 37 --lines`).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion, createFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';
import { BRANDS, missed, PRODUCT_FORMS_TABLES, readForms } from './product-forms.ts';

const FAMILIES_37 = PRODUCT_FORMS_TABLES['37'];

const forms = readForms(ROOT, '37');

/** Fraud counters routed away today (ceiling per family): one withdrawn-application counter, a fee "the guy asked
 *  for" already sent and "too late to cancel it?", gets the cautious product reply on main already (left open). */
const FRAUD_AWAY_CEILING: Record<(typeof FAMILIES_37)[number], number> = {
  'code-not-arriving': 0,
  'withdrawn-application': 1,
  // "kefu shuo wo de zhanghu dabukai le, rang wo zhuanzhang jiedong": the cautious product reply on main already.
  'pinyin-joined': 1,
};

describe('the product-forms 37 table', () => {
  it('holds ≥ 10 product questions and ≥ 10 counters per family, in several styles, each with a source', () => {
    for (const family of FAMILIES_37) {
      const of = forms.filter((f) => f.family === family);
      expect(of.filter((f) => f.kind === 'product').length).toBeGreaterThanOrEqual(10);
      expect(of.filter((f) => f.kind === 'fraud').length).toBeGreaterThanOrEqual(10);
      // (pinyin-joined is one style by its nature: pinyin.)
      expect(new Set(of.map((f) => f.style)).size).toBeGreaterThanOrEqual(family === 'pinyin-joined' ? 1 : 5);
    }
    expect(forms.every((f) => (f.kind === 'product' || f.kind === 'fraud') && f.text && f.source)).toBe(true);
    expect(forms.every((f) => (FAMILIES_37 as readonly string[]).includes(f.family))).toBe(true);
  });
});

for (const brandFile of BRANDS) {
  const brand = loadBrand(join(ROOT, brandFile));
  const faq = createFaq(ROOT, brand);
  const ask = (text: string) => answerQuestion(faq, fillFieldText(text, brand));

  describe(`product forms 37 with ${brandFile}`, () => {
    it.each(forms.filter((f) => f.kind === 'product').map((f) => [f.family, f.style, f.text, f] as const))(
      'product (%s) [%s] %s: no scam answer',
      (_family, _style, _text, f) => {
        expect(missed(f, ask(f.text))).toBe(false);
      },
    );

    it.each(FAMILIES_37.map((family) => [family] as const))(
      '%s: fraud counters routed away within the ceiling',
      (family) => {
        const away = forms.filter((f) => f.family === family && f.kind === 'fraud' && missed(f, ask(f.text)));
        expect(away.map((f) => f.text).length).toBeLessThanOrEqual(FRAUD_AWAY_CEILING[family]);
      },
    );
  });
}
