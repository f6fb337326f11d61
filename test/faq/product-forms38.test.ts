// Session 38 (issue 11, product questions never answered as scams): the user's own lateness and the legal step they ask
// the lender about ("逾期了会不会被起诉", "还不上会坐牢吗", "逾期会不会收到法院传票", "if i miss a payment will you take me
// to court?": lateness-legal, content/routes.yaml product.lateness, route.ts withoutLateness) and a fee on the user's own
// bill they never signed up for ("扣了我一笔会员费，我没开通过", "charged me a membership fee i never signed up for":
// own-bill-fee, product.unsigned, route.ts withoutUnsigned) — for both brand files no product question gets a scam
// answer (one was left open until session 40), and the fraud counters with the same words, where a caller, a text or a "lawyer"
// says it (a membership "opened by mistake") or money, a code, a link, an app or a screen is asked for, stay on the
// fraud route (product-forms38.tsv; figures: `npx tsx test/faq/product-forms.ts 38 --lines`).
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';
import { describeProductForms, PRODUCT_FORMS_TABLES, readForms } from './product-forms.ts';

const FAMILIES_38 = PRODUCT_FORMS_TABLES['38'];

const forms = readForms(ROOT, '38');

/** Product questions still answered as scams (left open): none since session 40 — "send it to collections", read as
 *  a request ("send it to") until then, is the lender's own hand-over now (product.frames, table 40's
 *  collections-handover). */
const PRODUCT_LEFT = new Set<string>();

describe('the product-forms 38 table', () => {
  it('holds ≥ 20 product questions and ≥ 15 counters per family, in several styles, each with a source', () => {
    for (const family of FAMILIES_38) {
      const of = forms.filter((f) => f.family === family);
      expect(of.filter((f) => f.kind === 'product').length).toBeGreaterThanOrEqual(20);
      expect(of.filter((f) => f.kind === 'fraud').length).toBeGreaterThanOrEqual(15);
      expect(new Set(of.map((f) => f.style)).size).toBeGreaterThanOrEqual(6);
    }
    expect(forms.every((f) => (f.kind === 'product' || f.kind === 'fraud') && f.text && f.source)).toBe(true);
    expect(forms.every((f) => (FAMILIES_38 as readonly string[]).includes(f.family))).toBe(true);
    expect(forms.filter((f) => PRODUCT_LEFT.has(f.text)).length).toBe(PRODUCT_LEFT.size);
  });
});

describeProductForms('38', PRODUCT_LEFT);
