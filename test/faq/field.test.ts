// The FAQ's CI gate on the HELD-OUT field questions (test/field/questions-held.tsv): nothing was tuned or fitted on
// them (calibration and tuning use questions-dev.tsv, see `npm run faq:calibrate` and `npm run faq:field`). Run for
// the shipped brand and a second fictional one (test/field/brand-c.yaml). Issue 11's targets: top-1 topic ≥ 92 %
// (fraud questions), out-of-scope answered straight from a fraud entry ≤ 5 %, product questions answered as scams
// 0, mixed-language ≥ 85 %; answer p95 ≤ 1 ms on the real corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import {
  evaluateField,
  type FieldMetrics,
  parseFieldQuestions,
  QUESTION_BATCHES,
  type QuestionBatch,
  questionBatch,
} from '../../src/faq/field.ts';
import { buildFaqIndex, loadFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const faq = loadFaq(ROOT);
const read = (file: string) => parseFieldQuestions(readFileSync(join(ROOT, file), 'utf8'), file);

function indexFor(brandFile: string) {
  return buildFaqIndex(faq.entries, loadBrand(join(ROOT, brandFile)), {
    lexicon: faq.lexicon!,
    ...(faq.replies ? { replies: faq.replies } : {}),
    ...(faq.routes ? { routes: faq.routes } : {}),
  });
}

function summary(name: string, m: FieldMetrics): string {
  const styles = Object.entries(m.byStyle)
    .sort()
    .map(([s, v]) => `${s} ${pct(v.top1)} (${v.n})`)
    .join(', ');
  return (
    `${name}: ${m.fraud} fraud + ${m.outOfScope} other; top-1 ${pct(m.top1)}, answered right ${pct(m.answeredRight)}, ` +
    `out of scope answered straight ${pct(m.outOfScopeConfident)}, product as scams ${m.productAsScam}/${m.product}, ` +
    `mixed ${pct(m.mixed.top1)} (${m.mixed.n}), routes right ${pct(m.routeAccuracy)}\n  by style: ${styles}`
  );
}

// Floors on the held-out half, per batch: the figures last measured there with a small margin. Measured 2026-11-30 at
// the end of the day's work (own-account routing, votes, pinyin and spelling from the FAQ's words, the statistical
// layer), both brands alike: top-1 / out of scope answered straight / product answered as scams / mixed — batch 1:
// 92.3 %, 0.0 %, 1 of 35, 89.5 % (38); batch 2: 92.6 %, 2.0 %, 1 of 30, 100 % (17); batch 3: 93.6 %, 0.0 %, 0 of 22,
// 92.3 % (13); batch 4: 88.1 %, 6.1 %, 3 of 28, 95.2 % (21); batch 5: 93.8 %, 6.7 %, 3 of 30, 92.9 % (14). The same
// morning, before that work: batch 1 — 86.4 %, 1.6 %, 2 of 35, 81.6 %; batch 2 — 89.4 %, 2.0 %, 3 of 30, 100 %;
// batches 3, 4, 5 (new writers that day, measured before anyone tuned on them) — 88.5 %, 5.4 %, 4 of 22, 92.3 %;
// 82.6 %, 10.2 %, 6 of 28, 90.5 %; 81.3 %, 11.1 %, 5 of 30, 78.6 %. Batch 4 stayed out of everyone's sight until
// the end-of-day measurement. The statistical layer was then refitted with batch 4's dev half (its test requires a
// refit per batch) and the gate run once more: whole half 91.7 %, batch 3 94.9 %, batch 4 87.2 %, batch 5 92.5 %
// (mixed 85.7 %), the rest as above. Answer speed (p95 ≤ 1 ms) is measured by `npm run bench faq`,
// not here: a timing inside a parallel test run measures the machine's load, not the matcher.
// Batch 6 (a new writer, 2026-11-30 morning), measured once on the code of the day before, before anyone tuned on
// it: held 90.5 %, 0.0 %, 0 of 26, 90.0 % (10); its dev half then: 94.8 %, 8.2 %, 4 of 26, 90.0 % (10).
// Batch 8 (another new writer that morning, leaning to the loan app's own users), measured the same way (the code of
// the day before, its statistical layer refitted with batch 6): held 88.8 %, 0.0 %, 0 of 35, 100 % (11); its dev
// half then: 83.1 %, 3.8 %, 3 of 36, 90.9 % (11).
// End of 2026-11-30 (second day: product routing from a probe table, the calibrator with pasted messages, the
// statistical layer refitted on every batch's dev half), both brands alike: batch 1: 92.3 %, 0.0 %, 0 of 35, 89.5 %;
// batch 2: 93.6 %, 2.0 %, 1 of 30, 100 %; batch 3: 96.2 %, 0.0 %, 0 of 22, 100 %; batch 4: 89.9 %, 4.1 %, 2 of 28,
// 95.2 %; batch 5: 93.8 %, 2.2 %, 1 of 30, 92.9 %; batch 6: 90.5 %, 0.0 %, 0 of 26, 90.0 %; batch 8: 89.9 %, 0.0 %,
// 0 of 35, 100 %. Batch 7 (a writer of that morning, kept out of everyone's sight until this measurement): morning
// code 95.7 %, 2.1 %, 1 of 25, 100 % (10) → evening the same. Floors set from the run after batch 7's refit.
// Batch 9 (a writer of 2026-11-30's third morning, leaning to product questions at the boundary), measured once on
// that morning's code before anyone tuned on it: held 91.7 %, 3.5 %, 2 of 40, 90.0 % (10); its dev half then: 92.9 %,
// 1.7 %, 2 of 40, 90.0 % (10).
// Batch 10 (another writer that morning, kept out of everyone's sight until the end-of-day measurement): morning code
// held 92.4 %, 0.0 %, 0 of 28, 100 % (10), answered right 88.0 % → evening (before the refit with its dev half) the same
// but answered right 90.2 %; its dev half 89.5 %, 2.0 %, 1 of 28, 90.0 %, answered right 81.1 % → 89.5 %, 0.0 %, 0 of
// 28, 90.0 %, 86.3 %. The statistical layer and the route decision were then refitted with its dev half.
// End of that third session (the fitted product/fraud route decision with its unsure band, the calibration's form
// signals, refitted on ten batches), both brands alike — whole half 92.1 %, answered right 89.5 % (84.7 % the evening
// before), 0.6 %, 3 of 299, 94.8 %; batch 1: 93.5 %, 0.0 %, 0 of 35, 92.1 %; 2: 93.6 %, 2.0 %, 1 of 30, 100 %; 3: 97.4 %,
// 0.0 %, 0 of 22, 100 %; 4: 88.1 %, 2.0 %, 1 of 28, 95.2 %; 5: 92.5 %, 0.0 %, 0 of 30, 92.9 %; 6: 91.6 %, 0.0 %, 0 of 26,
// 90.0 %; 7: 96.7 %, 0.0 %, 0 of 25, 100 %; 8: 87.6 %, 0.0 %, 0 of 35, 100 %; 9: 86.9 %, 1.8 %, 1 of 40, 80.0 % (its
// morning figure 91.7 %: four fraud questions lost — held lines are not read, so the cause is not known; accepted with
// the product answers and the answered-right points the day's work gained; floor lowered); 10: 92.4 %, 0.0 %, 0 of 28, 100 %.
// Batch 11 (a writer of 2026-11-30's fourth session, leaning to product questions at the boundary), scored once on
// that session's morning code before anyone read a line: held 91.8 %, 1.7 %, 1 of 36, 100 % (10), answered right
// 90.6 %; its dev half 95.3 %, 1.7 %, 1 of 36, 90.0 %, answered right 93.0 %.
// Batch 12 (another writer that session, kept out of everyone's sight until the end-of-session measurement): morning
// code held 94.5 %, 2.0 %, 1 of 28, 100 % (10), answered right 92.3 % → evening (before and after the refit with its dev
// half) 94.5 %, 4.0 %, 2 of 28, 100 %, 92.3 %; its dev half 92.3 %, 0.0 %, 0 of 27, 90.0 %, 89.0 % → 91.2 %, 2.0 %, 1 of
// 27, 90.0 %, 87.9 % (before the refit). The day's route work did not carry over to it.
// End of that fourth session (route cues for the user's own official action, offer words as content, the statistical
// layer and route decision refitted on twelve dev halves), both brands alike — whole half 92.8 %, answered right
// 90.4 %, 0.7 %, 4 of 363, 95.4 % (174); batch 1: 92.9 %, 0.0 %, 0 of 35, 89.5 %; 2: 94.7 %, 2.0 %, 1 of 30, 100 %; 3:
// 97.4 %, 0.0 %, 0 of 22, 100 %; 4: 88.1 %, 2.0 %, 1 of 28, 95.2 %; 5: 93.8 %, 0.0 %, 0 of 30, 92.9 %; 6: 91.6 %, 0.0 %,
// 0 of 26, 90.0 %; 7: 96.7 %, 0.0 %, 0 of 25, 100 %; 8: 88.8 %, 0.0 %, 0 of 35, 100 %; 9: 90.5 %, 0.0 %, 0 of 40, 90.0 %;
// 10: 92.4 %, 0.0 %, 0 of 28, 100 %; 11: 94.1 %, 0.0 %, 0 of 36, 100 %; 12 as above. (An intermediate refit that
// afternoon, before batch 12's dev half, gave 6 of 335 product questions answered as scams on batches 1–11: the
// figure moves by a few questions from one refit to the next.)
// Batch 13 (a writer of 2026-11-30's fifth session, leaning to product questions at the boundary), scored once on that
// session's morning code and models (fitted without it) before anyone read a line: held 87.8 %, 3.4 %, 2 of 36, 90.0 %
// (10), answered right 85.4 %; its dev half 92.8 %, 5.1 %, 3 of 35, 90.0 %, answered right 86.7 %.
// Batch 14 (another writer that session, kept out of everyone's sight until the end-of-session measurement): morning
// code held 89.2 %, 7.7 %, 2 of 30, 100 % (10), answered right 87.1 % → evening (before the refit with its dev half)
// 89.2 %, 7.7 %, 1 of 30, 100 %, 87.1 %; its dev half 93.8 %, 5.8 %, 1 of 29, 100 %, 92.7 % → 93.8 %, 5.8 %, 0 of 29,
// 100 %, 92.7 %.
// End of that fifth session (seed-averaged fits with margin-chosen band edges, the product threshold off so every
// question the decision moves gets the caution line, product.yours, refitted on fourteen dev halves), both brands
// alike — whole half 91.5 % (below the 92 % target again), answered right 89.2 %, 1.5 %, 8 of 429, 94.8 % (194),
// fraud routed away 46; batch 1: 91.7 %, 0.0 %, 0 of 35, 89.5 %; 2: 95.7 %, 2.0 %, 1 of 30, 100 %; 3: 94.9 %; 4:
// 89.0 %, 1 of 28; 5: 93.8 %; 6: 91.6 %; 7: 94.6 %; 8: 88.8 %; 9: 85.7 % (floor 0.85), 1 of 40, 80.0 %; 10: 91.3 %;
// 11: 95.3 %, 0 of 36; 12: 93.4 % (floor 0.93), 4.0 %, 2 of 28; 13: 86.6 % (floor 0.86), 2 of 36; 14: 89.2 %, 7.7 %,
// 1 of 30. The day's LOBO on dev had product → scam 2 → 1 for 7–9 answers right fewer; on the held half product →
// scam on batches 1–12 went 4 → 5 and top-1 fell: it did not transfer.
interface Floors {
  top1Min: number;
  outOfScopeConfidentMax: number;
  productAsScamMax: number;
  mixedMin: number;
}
const HELD_FLOORS: Record<QuestionBatch, Floors> = Object.freeze({
  1: { top1Min: 0.9, outOfScopeConfidentMax: 0.02, productAsScamMax: 0, mixedMin: 0.87 },
  2: { top1Min: 0.91, outOfScopeConfidentMax: 0.05, productAsScamMax: 0, mixedMin: 0.9 },
  3: { top1Min: 0.93, outOfScopeConfidentMax: 0.03, productAsScamMax: 0, mixedMin: 0.9 },
  4: { top1Min: 0.88, outOfScopeConfidentMax: 0.06, productAsScamMax: 1, mixedMin: 0.9 },
  5: { top1Min: 0.91, outOfScopeConfidentMax: 0.05, productAsScamMax: 0, mixedMin: 0.85 },
  6: { top1Min: 0.88, outOfScopeConfidentMax: 0.03, productAsScamMax: 0, mixedMin: 0.8 },
  7: { top1Min: 0.93, outOfScopeConfidentMax: 0.03, productAsScamMax: 0, mixedMin: 0.9 },
  // Session 13: the refit on eighteen dev halves (batch 19's in) cost batch 8 one question (87.6 → 86.5 %); lowered openly.
  // Session 14: faq14's rules (the user's own bill, the card's number, disputes) cost batch 8 two questions (86.5 → 84.3 %;
  // the dev groups lost none); lowered openly.
  8: { top1Min: 0.84, outOfScopeConfidentMax: 0.03, productAsScamMax: 0, mixedMin: 0.9 },
  9: { top1Min: 0.85, outOfScopeConfidentMax: 0.04, productAsScamMax: 0, mixedMin: 0.8 },
  10: { top1Min: 0.91, outOfScopeConfidentMax: 0.02, productAsScamMax: 0, mixedMin: 0.9 },
  11: { top1Min: 0.91, outOfScopeConfidentMax: 0.02, productAsScamMax: 0, mixedMin: 0.9 },
  12: { top1Min: 0.93, outOfScopeConfidentMax: 0.04, productAsScamMax: 1, mixedMin: 0.9 },
  // Batch 13 lowered in session 12 (0.86 → 0.84): faq12's refit (a debt-relief agent entry) and the refit that took
  // batch 18's dev half in cost it two questions (86.6 → 84.1 %) while the whole half stayed at 91.1 % and product as
  // scams on batches 1–17 went 11 → 8 of 483. Said in the session-12 note; no change was chosen on this figure.
  13: { top1Min: 0.84, outOfScopeConfidentMax: 0.04, productAsScamMax: 0, mixedMin: 0.9 },
  14: { top1Min: 0.89, outOfScopeConfidentMax: 0.08, productAsScamMax: 0, mixedMin: 0.9 },
  // Batch 15 (a writer of session 10, tunable): first score on that session's morning code 85.6 %, 2.1 %, 1 of 26,
  // 90.9 %; end of session 10 (refit on fifteen dev halves, the own-loan rule) 84.5 %, 2.1 %, 1 of 26, 90.9 %. Whole
  // held half then 91.5 %, 1.4 %, 8 of 455, 94.6 %.
  15: { top1Min: 0.84, outOfScopeConfidentMax: 0.05, productAsScamMax: 1, mixedMin: 0.85 },
  // Batch 17 (a writer of session 11, kept unseen by every engineer, split at the end of the session): first score on
  // that session's final code, before the refit that took its dev half in: 84.2 %, 6.0 %, 2 of 28, 83.3 % (12); after
  // the refit on sixteen dev halves 85.3 %, 6.0 %, 2 of 28, 83.3 %. Whole held half then 91.1 %, 1.8 %, 11 of 483, 94.0 %
  // (batches 1–15: 91.5 %, 9 of 455).
  // (Session 12, after the refit on seventeen dev halves: 86.3 %, 6.0 %, 2 of 28, 83.3 %.)
  // (Session 13, after the refit on eighteen dev halves: 84.2 %, 6.0 %, 2 of 28, 83.3 % — one question fewer; floor 0.85 → 0.84.)
  17: { top1Min: 0.84, outOfScopeConfidentMax: 0.07, productAsScamMax: 0, mixedMin: 0.83 },
  // Batch 18 (a writer of session 12, kept unseen by every engineer until split at 06:57): first score on the
  // session's FAQ code, before the refit that took its dev half in: 88.4 %, answered right 85.3 %, 8.0 %, 1 of 28,
  // 100 % (11); after the refit on seventeen dev halves the same. Whole held half then 91.1 %, answered right 88.5 %,
  // 1.8 %, 9 of 511, 94.7 % (228).
  // (Session 13, after the refit on eighteen dev halves: 89.5 %, 8.0 %, 1 of 28, 100 %.)
  // (Session 14, on that session's FAQ code: 88.4 %, 8.0 %, 1 of 28, 100 %.)
  // Session 16: top-1 0.88 → 0.87 (83 of 95: one question lost to the refit on twenty-one dev halves, chosen on LOBO and
  // the unit tests before any held run; batches 1–21 together gained five, 1,721 → 1,726 of 1,884).
  18: { top1Min: 0.87, outOfScopeConfidentMax: 0.08, productAsScamMax: 0, mixedMin: 0.9 },
  // Batch 19 (a writer of session 13, kept unseen by every engineer until split at 11:38): first score on the session's
  // final code before the refit, both brands — top-1 93.7 %, answered right 92.6 %, out of scope 2.0 %, product as
  // scams 1 of 27, mixed 90.9 % (11); after the refit on eighteen dev halves the same. Whole held half then 91.3 %,
  // answered right 88.6 %, 1.9 %, 10 of 538, 95.0 % (239).
  // Session 15: top-1 0.93 → 0.92 (88 of 95: one question lost to the session's merged cue and ranking changes —
  // faq-top15's defining acts, faq15's tables; the dev groups gained two top-1 each).
  // Session 16: top-1 0.92 → 0.91 (87 of 95: one question lost to the same refit).
  // Session 19: top-1 0.91 → 0.89 (85 of 95) and mixed 0.9 → 0.81 (9 of 11: one more mixed question wrong), lost to the
  // session's FAQ refit (batches 23, 24 and world tables 4, 5 in) with the merged ranking / routing changes — chosen on
  // batch 25's dev half and the world score halves before any held run; batches 1–24 together top-1 1,977 → 1,981 of
  // 2,160, product as scams 9 → 4.
  19: { top1Min: 0.89, outOfScopeConfidentMax: 0.03, productAsScamMax: 0, mixedMin: 0.81 },
  // Batch 20 (a writer of session 14, kept unseen by every engineer until split at 14:39): first score on the session's
  // final code, both brands — top-1 89.2 %, answered right 88.0 %, out of scope 2.0 %, product as scams 0 of 27, mixed
  // 88.9 % (9). The refit on nineteen dev halves was measured and NOT shipped (it sent two fraud questions of the
  // boundary tables to the product reply), so the FAQ model is still the one fitted on eighteen dev halves. Whole held
  // half then 91.0 %, answered right 88.5 %, 1.9 %, 10 of 565, 94.8 % (248).
  // Session 19: top-1 0.89 → 0.87 (73 of 83) and out of scope answered straight 0.03 → 0.042 (2 of 49), lost to the same
  // refit and merged changes (see batch 19).
  20: { top1Min: 0.87, outOfScopeConfidentMax: 0.042, productAsScamMax: 0, mixedMin: 0.88 },
  // Batch 21 (a writer of session 15, kept unseen by every engineer until split at 17:41): first score on the session's
  // final code (the FAQ model and route decision still fitted on eighteen dev halves), both brands — top-1 96.5 %,
  // answered right 90.7 %, out of scope answered straight 8.0 %, product as scams 3 of 28, mixed 100 % (10).
  // Session 17: top-1 0.96 → 0.95 (82 of 86: one question lost to the session's merged ranking and routing changes —
  // faq-top17's defining acts and Hong Kong words, faq-route17's own-notice guard and frames — chosen on LOBO dev
  // figures before any held run; batches 1–22 together 1,807 → 1,805 of 1,972, product as scams 9 → 8 of 619).
  // Session 18: 0.95 → 0.94 (81 of 86: one more question lost to the merged ranking and routing changes — faq-top18's
  // ask acts and urgent lead, faq-route18's own-call and own-collector frames — chosen on LOBO dev figures before any
  // held run; batches 1–23 together 1,890 → 1,889 of 2,066, product as scams 9 → 8 of 647).
  // Session 19: top-1 0.94 → 0.91 (79 of 86) and mixed 1 → 0.9 (9 of 10), lost to the same refit and merged changes (see
  // batch 19); product as scams 3 → 1 of 28.
  21: { top1Min: 0.91, outOfScopeConfidentMax: 0.08, productAsScamMax: 1, mixedMin: 0.9 },
  // Batch 22 (a writer of session 16, kept unseen by every engineer until split at 20:16): first score on the session's
  // final code (the FAQ model and route decision refitted on twenty-one dev halves, its own dev half in), both brands —
  // top-1 92.0 %, answered right 86.4 %, out of scope answered straight 4.2 %, product as scams 0 of 26, mixed 91.7 %
  // (12). Whole held half then 91.6 %, answered right 88.8 %, 1.8 %, 9 of 619, 94.8 % (270).
  // Session 19: top-1 0.92 → 0.90 (80 of 88), lost to the same refit and merged changes (see batch 19).
  22: { top1Min: 0.9, outOfScopeConfidentMax: 0.042, productAsScamMax: 0, mixedMin: 0.91 },
  // Batch 23 (a writer of session 17, kept unseen by every engineer until split at 23:21): first score on the session's
  // final FAQ code (the model and route decision still fitted on twenty-one dev halves: the session's refit was not
  // shipped), both brands — top-1 90.4 %, answered right 86.2 %, out of scope answered straight 2.0 %, product as scams
  // 1 of 28, mixed 92.3 % (13). Whole held half then 91.5 %, answered right 88.7 %, 1.7 %, 9 of 647, 95.1 % (283).
  23: { top1Min: 0.9, outOfScopeConfidentMax: 0.021, productAsScamMax: 0, mixedMin: 0.92 },
  // Batch 24 (a writer of session 18, kept unseen by every engineer, split at 01:20 on a branch none saw): first score on
  // the session's final FAQ code (the model and route decision still fitted on twenty-one dev halves: the session's
  // refit was not shipped), both brands — top-1 93.6 % (88 of 94), answered right 88.3 %, out of scope answered
  // straight 2.0 %, product as scams 1 of 28, mixed 100 % (7). Whole held half then 91.5 %, 88.6 %, 1.6 %, 9 of 675,
  // 95.5 % (290).
  24: { top1Min: 0.93, outOfScopeConfidentMax: 0.021, productAsScamMax: 0, mixedMin: 1 },
  // Batch 25 (session 19; BankID / MitID / Smart-ID, Japan, Korea, Colombia, Fiji, the US, HK, Taiwan, mainland 2025),
  // first scored once on the session's final code (the FAQ refitted with batches 23 and 24, batch 25's dev half not in
  // it), both brands — top-1 94.7 %, answered right 93.7 %, out of scope answered straight 2.0 %, product as scams 0 of
  // 28, mixed 100 % (10). Whole held half then 91.8 % (2,071 of 2,255), product as scams 4 of 703.
  25: { top1Min: 0.94, outOfScopeConfidentMax: 0.021, productAsScamMax: 0, mixedMin: 1 },
  // Batch 26 (session 20; Vietnam's VNeID, Kenya's M-PESA, the UAE Pass, BLIK, SINPE, Mexico, Ireland, Singapore, West
  // Africa, Japan / Korea expats, HK, Taiwan, mainland 2025), first scored on the session's final code (the FAQ model
  // and route decision session 19's: the session's refit was reverted when this gate showed it losing top-1), both
  // brands — top-1 90.4 % (85 of 94), answered right 84.0 %, out of scope answered straight 2.0 %, product as scams 1 of
  // 28, mixed 80 % (10). Whole held half then 91.7 % (2,155 of 2,349), product as scams 5 of 731.
  26: { top1Min: 0.9, outOfScopeConfidentMax: 0.021, productAsScamMax: 1, mixedMin: 0.8 },
  // Batch 27 (session 21; Kazakhstan, the Caucasus, Peru, Southern Africa, Fiji, the Baltics, Romania, Egypt,
  // Bangladesh, Sri Lanka, Nepal, HK / Macau / TW / mainland 2026), first scored once on the session's final code (the
  // FAQ model session 19's; batch 27's dev half in no fit), both brands — top-1 90.4 % (85 of 94), answered right
  // 87.2 %, out of scope answered straight 0.0 %, product as scams 1 of 28, mixed 100 % (11; floor one line lower).
  // Batches 1–26 then: top-1 2,155 → 2,157 of 2,349, product as scams 5 → 5. Whole held half 91.8 % (2,242 of 2,443),
  // product as scams 6 of 759.
  27: { top1Min: 0.9, outOfScopeConfidentMax: 0.021, productAsScamMax: 1, mixedMin: 0.9 },
  // Batch 28 (session 22; Georgia, Ukraine, Turkey, Iran, the Balkans, Mongolia, South-East Asia, West Africa, Central
  // America, the Caribbean, Canada, Brazil, Fiji, HK / Macau / TW 2026), first scored once on the session's final code,
  // both brands alike — top-1 92.8 % (90 of 97), answered right 91.8 %, out of scope answered straight 0.0 %, product as
  // scams 0 of 28, mixed 100 % (10). Batches 1–27 then: top-1 2,242 → 2,250 of 2,443, product as scams 6 → 6. Whole held
  // half 92.1 % (2,340 of 2,540), product as scams 6 of 787.
  28: { top1Min: 0.92, outOfScopeConfidentMax: 0.021, productAsScamMax: 0, mixedMin: 0.9 },
  // Batch 29 (written in session 23, whose work was lost; the Balkans, Central Europe, Iberia, Italy, Greece, the
  // Levant, Laos, Vanuatu, DR Congo, mainland 2025–26) and batch 30 (session 24; Malaysia, Japan, Korea, Venezuela, Cuba,
  // mainland 2026), first scored on session 24's final FAQ code, both brands alike — batch 29: top-1 90.6 % (87 of 96),
  // answered right 87.5 %, out of scope answered straight 6.0 % (3 of 50), product as scams 3 of 28, mixed 100 % (12);
  // batch 30: top-1 94.8 % (91 of 96), answered right 88.5 %, out of scope 2.0 %, product as scams 1 of 28, mixed 100 %
  // (13). Batches 1–28 then: top-1 2,340 → 2,341 of 2,540, product as scams 6 → 6. Whole held half 92.2 % (2,519 of
  // 2,732), product as scams 10 of 843.
  // Session 27: batch 29's top-1 floor lowered 0.9 → 0.895 (86 of 96, one question fewer): faqtop27's ranking work,
  // judged alone on the held half, gained six questions on five other batches and lost this one; kept on the net.
  29: { top1Min: 0.895, outOfScopeConfidentMax: 0.06, productAsScamMax: 3, mixedMin: 0.91 },
  // Session 28: batch 30's top-1 floor lowered 0.94 → 0.935 (90 of 96, one question fewer): faqtop28's ranking work,
  // judged alone on the held half, gained four questions on four other batches (2, 8, 13, 29) and lost this one; kept on
  // the net.
  30: { top1Min: 0.935, outOfScopeConfidentMax: 0.021, productAsScamMax: 1, mixedMin: 0.92 },
  // Batch 31 (session 25; Belgium, the Netherlands, Switzerland, Austria, the Gulf, the Maghreb, Brunei, the Maldives,
  // mainland 2026), first scored on session 25's final FAQ code (session 24's: the one FAQ branch was refused), both
  // brands alike: top-1 91.7 % (88 of 96), answered right 89.6 %, out of scope answered straight 2.0 % (1 of 50),
  // product as scams 1 of 28, mixed 91.7 % (11 of 12). Whole held half 92.1 % of 2,828, product as scams 11 of 871.
  31: { top1Min: 0.91, outOfScopeConfidentMax: 0.021, productAsScamMax: 1, mixedMin: 0.91 },
  // Batch 32 (session 26; Iceland, Malta, Luxembourg, Slovenia, Rwanda, Cameroon, Côte d'Ivoire, Panama, Puerto Rico
  // and the Caribbean, Kyrgyzstan, Tajikistan, mainland 2026), first scored on session 26's final FAQ code, both brands
  // alike: top-1 87.9 % (87 of 99), answered right 86.9 %, out of scope answered straight 0.0 % (0 of 50), product as
  // scams 0 of 28, mixed 86.7 % (13 of 15). Whole held half 92.0 % (2,694 of 2,927), product as scams 11 of 899.
  32: { top1Min: 0.87, outOfScopeConfidentMax: 0.021, productAsScamMax: 0, mixedMin: 0.86 },
  // Batch 33 (session 27; Papua New Guinea, Samoa, Albania, North Macedonia, Serbia, Croatia, Cyprus, Bulgaria,
  // Uruguay, Paraguay, Bolivia, Ecuador, Chile, Zambia, Botswana, Uganda, Tanzania, Ethiopia, Uzbekistan, mainland 2026),
  // first scored on session 27's final FAQ code, both brands alike: top-1 90.9 % (90 of 99), answered right 89.9 %, out
  // of scope answered straight 2.0 % (1 of 50), product as scams 1 of 28, mixed 91.7 % (11 of 12). Whole held half
  // 92.2 % (2,789 of 3,026), product as scams 12 of 927.
  33: { top1Min: 0.909, outOfScopeConfidentMax: 0.021, productAsScamMax: 1, mixedMin: 0.91 },
  // Batch 34 (session 28; Finland, Belarus, Moldova, Montenegro, Mauritius, the Maldives, Bhutan, Madagascar, Malawi,
  // Mozambique, Namibia, Angola, Algeria, Nicaragua, El Salvador, Venezuela, mainland), first scored on session 28's
  // final FAQ code (the starting code scored it the same), both brands alike: top-1 94.7 % (89 of 94), answered right
  // 91.5 %, out of scope answered straight 2.0 % (1 of 50), product as scams 1 of 28, mixed 100 % (12). Whole held half
  // 92.3 % (2,881 of 3,120), product as scams 12 of 955.
  34: { top1Min: 0.946, outOfScopeConfidentMax: 0.021, productAsScamMax: 1, mixedMin: 0.91 },
  // Batch 35 (session 30; Germany, France, Norway, Qatar, Argentina, Iraq, the Bahamas, Bermuda, Guyana, the Seychelles,
  // mainland forum forms), first scored on session 30's final FAQ code, both brands alike: top-1 93.6 % (88 of 94),
  // answered right 93.6 %, out of scope answered straight 0 of 50, product as scams 0 of 28, mixed 100 % (10). Whole held
  // half 92.6 % (2,976 of 3,214), product as scams 12 of 983.
  35: { top1Min: 0.936, outOfScopeConfidentMax: 0.021, productAsScamMax: 0, mixedMin: 0.9 },
  // Batch 36 (session 31; Guam, Hawaii, Scotland, Belize, Barbados, Kosovo, Eswatini, Sierra Leone, Pakistan, Xinjiang),
  // first scored on session 31's final FAQ code, the same as on its starting code, both brands alike: top-1 90.8 % (89 of
  // 98), answered right 89.8 %, out of scope answered straight 2 of 50, product as scams 1 of 28, mixed 100 % (10). Whole
  // held half 92.5 % (3,065 of 3,312), product as scams 13 of 1,011.
  36: { top1Min: 0.908, outOfScopeConfidentMax: 0.041, productAsScamMax: 1, mixedMin: 0.9 },
  // Batch 37 (session 32; Jersey, Guernsey, the Isle of Man, Gibraltar, the Cayman Islands, Northern Ireland,
  // Liechtenstein, Monaco, Aruba, Antigua, St Kitts, Saint Lucia, Suriname, Tonga, the Solomon Islands, Timor-Leste,
  // Lesotho, Liberia, Shantou), first scored on session 32's starting FAQ code (no FAQ code changed after), both brands
  // alike: top-1 92.7 % (89 of 96), answered right 88.5 %, out of scope answered straight 0 of 50, product as scams 0 of
  // 28, mixed 90.9 % (10 of 11). Whole held half 92.55 % (3,154 of 3,408), product as scams 13 of 1,039.
  37: { top1Min: 0.927, outOfScopeConfidentMax: 0.001, productAsScamMax: 0, mixedMin: 0.909 },
  // Batch 38 (session 33; Haiti, Grenada, St Vincent, Turks and Caicos, French Polynesia, New Caledonia, Réunion, Togo,
  // Burkina Faso, Saskatchewan, Northamptonshire, Alaska, Palau, Micronesia, the Gambia, Hebei, Changsha), first scored
  // on session 33's starting FAQ code, both brands alike: top-1 87.2 % (82 of 94), answered right 84.0 %, out of scope
  // answered straight 0 of 50, product as scams 0 of 28, mixed 85.7 % (12 of 14). Whole held half 92.40 % (3,236 of
  // 3,502), product as scams 13 of 1,067.
  38: { top1Min: 0.872, outOfScopeConfidentMax: 0.001, productAsScamMax: 0, mixedMin: 0.857 },
  // Batch 39 (session 34; Yukon and the Northwest Territories, Halifax and Nova Scotia, Manitoba, Newfoundland,
  // Tasmania, Cornwall, the Cook Islands, Madeira and Portugal), first scored on session 34's starting FAQ code, both
  // brands alike: top-1 93.6 % (88 of 94), answered right 86.2 %, out of scope answered straight 1 of 50, product as
  // scams 1 of 28, mixed 100 % (11 of 11). Whole held half 92.44 % (3,324 of 3,596), product as scams 14 of 1,095.
  39: { top1Min: 0.936, outOfScopeConfidentMax: 0.02, productAsScamMax: 1, mixedMin: 1 },
  // Batch 40 (session 35; Western Australia, Queensland, South Australia and the Northern Territory, Otago and New
  // Zealand Police, Montana, Maine, Vermont, Oregon, Multnomah County, Calgary's and Lakeland's local press, Vancouver,
  // Laval, Changchun), first scored on session 35's starting FAQ code, both brands alike: top-1 95.9 % (94 of 98),
  // answered right 95.9 %, out of scope answered straight 0 of 50, product as scams 0 of 28, mixed 100 % (11 of 11).
  // Whole held half 92.53 % (3,418 of 3,694), product as scams 14 of 1,123.
  40: { top1Min: 0.959, outOfScopeConfidentMax: 0.001, productAsScamMax: 0, mixedMin: 1 },
  // Batch 41 (session 36; Idaho, Nebraska, Delaware, Wyoming, Honolulu, Orkney, Shetland, Forth Valley, Prince Edward
  // Island, Taiyuan, Yongkang), first scored on session 36's starting FAQ code, both brands alike: top-1 92.8 % (90 of
  // 97), answered right 91.8 %, out of scope answered straight 0 of 50, product as scams 0 of 28, mixed 100 % (11 of
  // 11). Whole held half 92.53 % (3,508 of 3,791), product as scams 14 of 1,151.
  41: { top1Min: 0.927, outOfScopeConfidentMax: 0.001, productAsScamMax: 0, mixedMin: 1 },
  // Batch 42 (session 37; Iowa, Kentucky, Arkansas, New Mexico, West Virginia, Cumbria, New Brunswick, Haikou, Anshun;
  // product-heavy), first scored on session 37's starting FAQ code, both brands alike: top-1 92.0 % (80 of 87), answered
  // right 89.7 %, out of scope answered straight 1 of 60, product as scams 1 of 38, mixed 90.0 % (9 of 10). Whole held
  // half 92.52 % (3,588 of 3,878), product as scams 15 of 1,189.
  42: { top1Min: 0.919, outOfScopeConfidentMax: 0.017, productAsScamMax: 1, mixedMin: 0.9 },
  // Batch 43 (session 38; Oklahoma, North Dakota, Lincolnshire, Alabama, Tennessee, Missouri, Mississippi; product-heavy,
  // Chinese lines all common forms), first scored on session 38's starting FAQ code, both brands alike: top-1 92.0 % (81
  // of 88), answered right 89.8 %, out of scope answered straight 0 of 60, product as scams 1 of 38, mixed 100 % (9 of 9).
  // Whole held half 92.5 % (3,669 of 3,966), product as scams 16 of 1,227.
  43: { top1Min: 0.92, outOfScopeConfidentMax: 0.001, productAsScamMax: 1, mixedMin: 1 },
  // Batch 44 (session 39; Nevada, Wisconsin, Michigan, Minnesota, Colorado, Louisiana, New Hampshire, Guangxi;
  // product-heavy), first scored on session 39's starting FAQ code: top-1 89.7 % (78 of 87), answered right 86.2 %, out
  // of scope answered straight 1 of 60, product as scams 1 of 38, mixed 100 % (10 of 10). Whole held half 92.5 % (3,747
  // of 4,053), product as scams 17 of 1,265.
  44: { top1Min: 0.896, outOfScopeConfidentMax: 0.017, productAsScamMax: 1, mixedMin: 1 },
  // Batch 45 (session 40; South Dakota, Arizona, Connecticut, North Yorkshire, Anhui; product-heavy), first scored on
  // session 40's starting FAQ code: top-1 95.4 % (83 of 87), answered right 94.3 %, out of scope answered straight 1 of
  // 60, product as scams 1 of 38, mixed 100 % (9 of 9). Whole held half 92.5 % (3,830 of 4,140), product as scams 18 of
  // 1,303.
  45: { top1Min: 0.954, outOfScopeConfidentMax: 0.017, productAsScamMax: 1, mixedMin: 1 },
  // Batch 46 (session 41; Indiana, Alberta, Tianjin; product-heavy), first scored on session 41's starting FAQ code:
  // top-1 95.4 % (83 of 87), answered right 93.1 %, out of scope answered straight 0 of 60, product as scams 0 of 38,
  // mixed 90.0 % (9 of 10). Whole held half 92.6 % (3,913 of 4,227), product as scams 18 of 1,341.
  46: { top1Min: 0.954, outOfScopeConfidentMax: 0, productAsScamMax: 0, mixedMin: 0.9 },
});

describe('field questions', () => {
  it('the dev half parses cleanly (the format the gate reads)', () => {
    const dev = read('test/field/questions-dev.tsv');
    expect(dev.problems).toEqual([]);
    expect(dev.questions.length).toBeGreaterThan(100);
  });

  it('reports a bad line as file:line:col', () => {
    const bad = parseFieldQuestions(
      'id\troute\ttopic\tstyle\tlang\ttext\tsource\nq1\tfraud\tno-such-topic\tplain\tzh\t你好\tx\n',
      'x.tsv',
    );
    expect(bad.problems).toEqual([
      { file: 'x.tsv', line: 2, col: 10, message: 'unknown topic "no-such-topic" (see content/topics.yaml)' },
    ]);
  });

  describe.each(['content/brand.yaml', 'test/field/brand-c.yaml'])('held-out gate with %s', (brandFile) => {
    const held = read('test/field/questions-held.tsv');
    const index = indexFor(brandFile);
    const m = evaluateField(index, held.questions);
    console.log(summary(`questions-held.tsv with ${brandFile}`, m));
    const batches = (Object.keys(QUESTION_BATCHES).map(Number) as QuestionBatch[]).map((batch) => {
      const b = evaluateField(
        index,
        held.questions.filter((q) => questionBatch(q.id) === batch),
      );
      console.log(summary(`questions-held.tsv batch ${batch} with ${brandFile}`, b));
      return [batch, b] as const;
    });

    it('parses cleanly', () => expect(held.problems).toEqual([]));

    it.each(batches)('batch %s is no worse than the last measured figures', (batch, b) => {
      const floors = HELD_FLOORS[batch];
      expect(b.top1).toBeGreaterThanOrEqual(floors.top1Min);
      expect(b.outOfScopeConfident).toBeLessThanOrEqual(floors.outOfScopeConfidentMax);
      expect(b.productAsScam).toBeLessThanOrEqual(floors.productAsScamMax);
      expect(b.mixed.n).toBeGreaterThan(0);
      expect(b.mixed.top1).toBeGreaterThanOrEqual(floors.mixedMin);
    });

    // Issue 11's targets met on the whole held-out half since session 22 (top-1 92.1 %, 2,340 of 2,540 — three lines
    // above 92 %; out of scope 1.2 %; mixed 94.6 %): a gate from now on.
    it('meets issue 11 targets: top-1, out of scope, mixed language', () => {
      expect(m.top1).toBeGreaterThanOrEqual(0.92);
      expect(m.outOfScopeConfident).toBeLessThanOrEqual(0.05);
      expect(m.mixed.top1).toBeGreaterThanOrEqual(0.85);
    });

    // Product questions answered as scams: NOT met (6 of 787 in session 22). `it.fails` records that: the day it is
    // met this test fails, and it must become a plain `it`.
    it.fails('meets issue 11 target: no product question answered as a scam (not met yet)', () => {
      expect(m.productAsScam).toBe(0);
    });
  });
});
