// Product questions from the world (issue 11, sessions 13–20): test/faq/world-probes.tsv and world-probes-2.tsv to
// -7.tsv (test/faq/probe-tables.ts WORLD_TABLES) — account, card and loan
// questions written in our own words from public help-centre, card-issuer and complaint pages, weighted to the ones
// that sound alarming (a code the user asked for, a frozen limit, a failed debit, a charge they doubt, closing the
// account, a reminder text), with fraud counterparts (a stranger asking for a code, a fee or a transfer; a debt-relief
// agent's paid offer). Its "tune" half is a weighted row of the route decision's fit and a case of its fit guard
// (bench/lib/route-guard.ts, since session 15); its "score" half is read by no fit and never line by line while
// tuning, so this suite counts the product questions answered as scams (a scam entry offered or asserted, or the fraud route) rather
// than naming them; the tune half's fraud counterparts are each asserted, the score half's counted.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion, createFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';
import { type Probe, readProbeTable } from './probe-tables.ts';

// Product questions answered as scams, per table and half, when the routing was last committed: a ceiling to lower
// as the figure falls, never to raise without saying why. Table 1 (session 13): tune 2 → 0 of 64, score 6 → 5 of 63
// (session 13's rules), 4 after the lead's refit, 2 after session 14's bills, frames and cues. Table 2 (session 14, measured before any change: tune 15, score 16):
// tune 2 of 64, score 9 of 65. Table 3 (session 15, measured before any change: tune 3 of 66, score 7 of 66; one tune
// and one score fraud counterpart routed away): tune 1, score 7; tune 0 after session 16's asker frames (the bank's
// app asking the user to confirm their own transactions). Table 4 (session 17, measured before any change): tune 7 of
// 65, score 9 of 65; tune 6, score 8 after the session's ownNotice guard and frames; tune 3 after session 18's own-call
// reading and frames. Table 5 (session 18, measured before any change: tune 12 of 65, score 9 of 65, one score fraud
// counterpart routed away): tune 5, score 9. Session 19's ask reading (src/faq/ask.ts): table 2 score 9 → 8, table 4
// tune 3 → 1, table 5 tune 5 → 3 and score 9 → 7. Table 6 (session 19, measured before any change: tune 11 of 64,
// score 8 of 64): tune 7, score 7 on its branch; score 8 again once merged with the session's ranking changes (one
// score-half line, not read: the lead did not tune on it). Session 19's refit (batches 23 and 24, tables 4 and 5's tune
// halves in; chosen on batch 25's dev half and the score halves, which no fit saw): score halves 1 / 8 / 4 / 8 / 7 / 8 →
// 1 / 4 / 1 / 6 / 5 / 5, tune halves of tables 4, 5, 6 1 / 3 / 7 → 0 / 2 / 5 (table 6 is in no fit). Table 7 (session
// 20, measured before any change: tune 7 of 62, score 0 of 63): session 20's own parties (ask.ts ownParty: family,
// the platform's medium, an official body the user reaches) and frames: table 6 tune 5 → 4, table 7 tune 7 → 3.
// Session 22's story reading (src/faq/asked.ts: a story that ends in an account question with no scam sign): table 4
// score 6 → 5 (not read).
const TABLES = [
  { table: 'test/faq/world-probes.tsv', asScamsAtMost: { tune: 0, score: 2 }, fraudAwayAtMost: 0 },
  { table: 'test/faq/world-probes-2.tsv', asScamsAtMost: { tune: 2, score: 4 }, fraudAwayAtMost: 0 },
  { table: 'test/faq/world-probes-3.tsv', asScamsAtMost: { tune: 0, score: 1 }, fraudAwayAtMost: 1 },
  { table: 'test/faq/world-probes-4.tsv', asScamsAtMost: { tune: 0, score: 5 }, fraudAwayAtMost: 0 },
  { table: 'test/faq/world-probes-5.tsv', asScamsAtMost: { tune: 2, score: 5 }, fraudAwayAtMost: 1 },
  { table: 'test/faq/world-probes-6.tsv', asScamsAtMost: { tune: 4, score: 5 }, fraudAwayAtMost: 0 },
  { table: 'test/faq/world-probes-7.tsv', asScamsAtMost: { tune: 3, score: 0 }, fraudAwayAtMost: 0 },
] as const;

for (const { table, asScamsAtMost, fraudAwayAtMost } of TABLES) {
  const probes = readProbeTable(ROOT, table);
  const product = probes.filter((p) => p.kind === 'product');
  const AS_SCAMS_AT_MOST = asScamsAtMost;

  describe(`the world probe table ${table}`, () => {
    it('holds ~120 product questions in several styles and fraud counterparts, each with its source and half', () => {
      expect(product.length).toBeGreaterThanOrEqual(120);
      expect(new Set(product.map((p) => p.style)).size).toBeGreaterThanOrEqual(8);
      expect(probes.filter((p) => p.kind === 'fraud').length).toBeGreaterThanOrEqual(20);
      expect(probes.every((p) => (p.kind === 'product' || p.kind === 'fraud') && p.text && p.source)).toBe(true);
      // The seeded split: about half of each kind in each half.
      for (const kind of ['product', 'fraud']) {
        const of = probes.filter((p) => p.kind === kind);
        const tune = of.filter((p) => p.half === 'tune').length;
        expect(Math.abs(2 * tune - of.length), kind).toBeLessThanOrEqual(1);
        expect(of.every((p) => p.half === 'tune' || p.half === 'score')).toBe(true);
      }
    });
  });

  for (const brandFile of ['content/brand.yaml', 'test/field/brand-c.yaml']) {
    const brand = loadBrand(join(ROOT, brandFile));
    const faq = createFaq(ROOT, brand);
    const ask = (p: Probe) => answerQuestion(faq, fillFieldText(p.text, brand));

    describe(`${table} with ${brandFile}`, () => {
      for (const half of ['tune', 'score'] as const) {
        it(`the ${half} half: product questions answered as scams at most ${AS_SCAMS_AT_MOST[half]}`, () => {
          const asScams = product
            .filter((p) => p.half === half)
            .filter((p) => {
              const a = ask(p);
              return a.route === 'fraud' || a.match !== null;
            }).length;
          expect(asScams).toBeLessThanOrEqual(AS_SCAMS_AT_MOST[half]);
        });
      }

      // Tune-half counterparts each by name; the score half's counted, so its lines are never printed.
      const fraud = probes.filter((p) => p.kind === 'fraud');
      it.each(fraud.filter((p) => p.half === 'tune').map((p) => [p.text, p] as const))('fraud: %s', (_text, p) => {
        expect(ask(p).route).toBe('fraud');
      });

      it(`the score half: fraud counterparts routed away at most ${fraudAwayAtMost}`, () => {
        const away = fraud.filter((p) => p.half === 'score' && ask(p).route !== 'fraud').length;
        expect(away).toBeLessThanOrEqual(fraudAwayAtMost);
      });
    });
  }
}
