// Product questions never read a scam answer (issue 11): ~250 account and loan questions as users type them —
// early repayment, the due date, a failed auto-debit, the limit, invoices, proof of settlement, closing the
// account, late payment, credit queries, interest, the repayment card, a forgotten password; refunds of double
// deductions, fees, hardship plans and collections, credit reports, frozen limits — written from public
// help-centre pages of consumer-loan apps and lenders (test/faq/product-probes.tsv names each source), with
// boundary cases that mention a call, a text or the app. The same subjects with a scam cue (a stranger asking for a
// code, a transfer, a screen share, an app or a link; an unofficial caller) stay fraud questions.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion, createFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';
import { OWN_LOAN_PROBES, PRODUCT_PROBES, type Probe, readProbeTable } from './probe-tables.ts';

// The session-10 own-loan table: since session 15 a weighted row of the route decision's fit and a case of its fit
// guard (bench/lib/route-guard.ts), as the boundary table is.
const ownLoan = readProbeTable(ROOT, OWN_LOAN_PROBES);
const probes: Probe[] = [...readProbeTable(ROOT, PRODUCT_PROBES), ...ownLoan];

describe('the own-loan table', () => {
  it('holds own-loan product questions with a scam word and fraud counterparts, each with its source', () => {
    expect(ownLoan.filter((p) => p.kind === 'product').length).toBeGreaterThanOrEqual(35);
    expect(ownLoan.filter((p) => p.kind === 'fraud').length).toBeGreaterThanOrEqual(10);
    expect(ownLoan.every((p) => p.text && p.source.startsWith('s10 own loan'))).toBe(true);
  });
});

describe('the probe table', () => {
  it('holds ~250 product questions in several styles and fraud counterparts, each with its source', () => {
    const product = probes.filter((p) => p.kind === 'product');
    expect(product.length).toBeGreaterThanOrEqual(250);
    expect(new Set(product.map((p) => p.style)).size).toBeGreaterThanOrEqual(8);
    expect(probes.filter((p) => p.kind === 'fraud').length).toBeGreaterThanOrEqual(35);
    expect(probes.every((p) => (p.kind === 'product' || p.kind === 'fraud') && p.text && p.source)).toBe(true);
  });
});

for (const brandFile of ['content/brand.yaml', 'test/field/brand-c.yaml']) {
  const brand = loadBrand(join(ROOT, brandFile));
  const faq = createFaq(ROOT, brand);
  const ask = (p: Probe) => answerQuestion(faq, fillFieldText(p.text, brand));

  describe(`with ${brandFile}`, () => {
    it.each(probes.filter((p) => p.kind === 'product').map((p) => [p.style, p.text, p] as const))(
      'product [%s] %s: no scam answer',
      (_style, _text, p) => {
        const a = ask(p);
        expect(a.match).toBeNull();
        expect(a.route).not.toBe('fraud');
      },
    );

    it.each(probes.filter((p) => p.kind === 'fraud').map((p) => [p.text, p] as const))('fraud: %s', (_text, p) => {
      expect(ask(p).route).toBe('fraud');
    });
  });
}
