// An account question whose only scam-side cue is a call, a text or an account state as such (src/faq/answer.ts
// accountState) gets at least the cautious product reply, whatever the fitted layers read: the safety net under the
// route decision for a customer's own notice worded as no dev batch words it. Probes: test/faq/account-state-probes.tsv
// (written for the mechanism, never from the field corpus; since session 15 weighted rows of the route decision's
// fit and cases of its fit guard, bench/lib/route-guard.ts — the bare rule above is what no fit can move).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { answerQuestion, buildFaqIndex, loadFaq, routeQuestion } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';
import { ACCOUNT_STATE_PROBES, readProbeTable } from './probe-tables.ts';

const probes = readProbeTable(ROOT, ACCOUNT_STATE_PROBES);
const faq = loadFaq(ROOT);
const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
const opts = { lexicon: faq.lexicon!, ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
// Neither fitted layer: the rule alone must carry these.
const bare = buildFaqIndex(faq.entries, brand, { ...opts, model: null, routeDecision: null });
const shipped = buildFaqIndex(faq.entries, brand, opts);

describe('a call, a text or an account state about the customer’s own account', () => {
  it('holds product probes and fraud counterparts', () => {
    expect(probes.filter((p) => p.kind === 'product').length).toBeGreaterThanOrEqual(7);
    expect(probes.filter((p) => p.kind === 'fraud').length).toBeGreaterThanOrEqual(5);
  });

  it.each(probes.filter((p) => p.kind === 'product').map((p) => [p.text]))('product: %s', (text) => {
    // The rules alone would rank it as a fraud question (the context cue)…
    expect(routeQuestion(bare.router!, text).route).toBe('fraud');
    // …but with no one claiming, asking, offering or threatening it gets the cautious product reply, with or
    // without the fitted layers.
    for (const index of [bare, shipped]) {
      const a = answerQuestion(index, text);
      expect(a.match).toBeNull();
      expect(a).toMatchObject({ route: 'product', caution: true });
    }
  });

  it.each(probes.filter((p) => p.kind === 'fraud').map((p) => [p.text]))('fraud: %s', (text) => {
    for (const index of [bare, shipped]) expect(answerQuestion(index, text).route).toBe('fraud');
  });
});
