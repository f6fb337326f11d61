// Session 41 (issue 11, product questions never answered as scams): the borrower's complaint to the lender about its
// own collector's conduct — abuse, threats, too many calls, calls to family or work — with the platform named as theirs
// or their own lateness ("你们催收骂人，我要投诉", "your collector threatened me, where do i complain": collector-complaint,
// content/routes.yaml product.complaint, route.ts withoutComplaint) — for both brand files no product question gets a
// scam answer but the one left open below, and the fraud counters with the same words, where the collector wants a
// transfer to a person, a chat app, a link, an app, a code, a screen or a fee, someone claims the role, the asker doubts
// the collector is real or never borrowed, or a paid agent offers to complain, stay on the fraud route but the one main
// already routes away (product-forms41.tsv; figures: `npx tsx test/faq/product-forms.ts 41 --lines`).
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';
import { describeProductForms, PRODUCT_FORMS_TABLES, readForms } from './product-forms.ts';

const FAMILIES_41 = PRODUCT_FORMS_TABLES['41'];

const forms = readForms(ROOT, '41');

/** Product questions still answered as scams (left open): "you're" typed for "your" reads as pinyin (有) to the cue
 *  normaliser, so the question names no platform of its own and the threat stands. */
const PRODUCT_LEFT = new Set(["you're colector threatend me and used bad words, how do i make a complant"]);

/** Fraud counters routed away on main already (left open): "叫我扫码付款" and "asked for my online banking password"
 *  are no request cues the routing knows (nor is the misspelt threat 威协 a risk cue); their 扫码 and "password" keep
 *  the complaint's read-off away. */
const FRAUD_LEFT = new Set([
  '催收威协我要告我，叫我扫码付款到他那，我要投诉你们',
  'your collector yelled at me and asked for my online banking password to check my payment. where do i complain',
]);

describe('the product-forms 41 table', () => {
  it('holds ≥ 40 product questions and ≥ 30 counters, in several styles, each with a source', () => {
    expect(forms.filter((f) => f.kind === 'product').length).toBeGreaterThanOrEqual(40);
    expect(forms.filter((f) => f.kind === 'fraud').length).toBeGreaterThanOrEqual(30);
    for (const family of FAMILIES_41) {
      const of = forms.filter((f) => f.family === family);
      expect(new Set(of.map((f) => f.style)).size).toBeGreaterThanOrEqual(7);
    }
    expect(forms.every((f) => (f.kind === 'product' || f.kind === 'fraud') && f.text && f.source)).toBe(true);
    expect(forms.every((f) => (FAMILIES_41 as readonly string[]).includes(f.family))).toBe(true);
    expect(forms.filter((f) => PRODUCT_LEFT.has(f.text)).length).toBe(PRODUCT_LEFT.size);
    expect(forms.filter((f) => FRAUD_LEFT.has(f.text)).length).toBe(FRAUD_LEFT.size);
  });
});

describeProductForms('41', PRODUCT_LEFT, FRAUD_LEFT);
