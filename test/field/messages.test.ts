// CI gate of issue 10 on the HELD-OUT half of the messages corpus, for the demo brand and a second fictional one.
// The held-out half is never tuned on (see test/field/README.md): this file only measures it. Tune on the dev half
// with `npx tsx test/field/messages-score.ts dev --misses`.
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { BATCHES, type Batch, loadMessages, messageBatch } from './messages-corpus.ts';
import { BRAND_FILES, CORPUS, report, scoreMessages } from './messages-score.ts';

const present = loadMessages(CORPUS.held, loadBrand(BRAND_FILES.demo)) !== undefined;
if (!present) console.warn(`skipped: ${CORPUS.held} is absent (the held-out half of the messages corpus)`);

const inBatch = (batch: Batch) => (m: { id: string }) => messageBatch(m.id) === batch;

// The dev half guards against regressions while tuning (it is tuned on, so it says little about new messages).
// Batch 1's dev lines were tuned to the targets; batch 2's dev lines are being tuned on now (floors in DEV_FLOORS).
describe('messages corpus, dev half (regression guard)', () => {
  it.each(Object.entries(BRAND_FILES))('brand %s, batch 1 meets the targets', (name, file) => {
    const brand = loadBrand(file);
    const messages = loadMessages(CORPUS.dev, brand);
    expect(messages, CORPUS.dev).toBeDefined();
    const score = scoreMessages(messages!.filter(inBatch(1)), brand);
    expect(score.met, report(`dev batch 1 × ${name}`, score)).toBe(true);
  });
});

// Floors on the held-out half, per batch: the figures last measured there with a small margin, so a change that makes
// the classifier worse on messages nobody tuned on fails here. Measured 2026-11-30 at the end of the day's work
// (precision by sentence form, recall by the concept grammar, the wording model), demo brand (brand b within a
// message): scams called official / genuine judged dangerous / genuine flagged / scams flagged / labelled dangerous
// judged dangerous — batch 1: 0, 3, 3.5 %, 91.1 %, 87.8 %; batch 2: 1, 3, 7.7 %, 95.0 %, 93.1 %; batch 3: 0, 3,
// 10.0 %, 84.1 %, 82.7 %; batch 4: 0, 3, 9.3 %, 86.0 %, 79.4 %; batch 5: 1, 1, 2.3 %, 83.7 %, 82.4 %.
// The same morning, before that work: batch 1 — 0, 4, 4.4 %, 84.6 %, 85.4 %; batch 2 — 1, 3, 7.7 %, 86.0 %, 88.9 %;
// batches 3, 4, 5 (written that day by three new writers, measured before anyone tuned on them) — 0, 2, 7.5 %,
// 75.4 %, 76.9 %; 0, 2, 7.4 %, 77.0 %, 73.5 %; 1, 1, 2.3 %, 81.4 %, 83.8 %. Batch 4 stayed out of everyone's sight
// until this measurement (nobody tuned on any of it); batches 3 and 5 had their dev halves tuned on. The floors accept
// one more genuine message flagged on batches 3 and 4 for nine points of scam recall; the targets stay with
// `it.fails` below.
// Batch 6 (a new writer, 2026-11-30 morning), measured once on the code of the day before, before anyone tuned on
// it: held 0, 6, 16.1 %, 95.3 %, 80.3 %; its dev half then: 0, 6, 10.9 %, 88.5 %, 80.6 %. Batch 8 (another new
// writer that morning, leaning to hard genuine text), measured the same way: held 0, 7, 13.3 %, 90.0 %, 73.6 %; its
// dev half then: 1, 16, 25.3 %, 85.9 %, 83.0 %. Batch 9 (a fourth writer, a typical mainland sample), the same way:
// held 1, 0, 0.0 %, 80.2 %, 66.2 %; its dev half then: 0, 1, 1.7 %, 93.0 %, 85.3 %.
// End of 2026-11-30 (second day: precision, recall and speed branches merged, wording model refitted on eight
// batches), demo brand (brand b within a message): batch 1: 0, 1, 1.8 %, 92.3 %, 87.8 %; batch 2: 1, 3, 5.8 %,
// 94.0 %, 93.1 %; batch 3: 0, 3, 10.0 %, 85.5 %, 82.7 %; batch 4: 0, 3, 9.3 %, 88.0 %, 85.3 %; batch 5: 1, 1, 2.3 %,
// 83.7 %, 83.8 %; batch 6: 0, 6, 16.1 %, 94.1 %, 80.3 %; batch 8: 0, 8, 16.0 %, 98.6 %, 75.5 %; batch 9: 1, 0, 0.0 %,
// 86.0 %, 69.1 %. Batch 7 (a writer of that morning, kept out of everyone's sight until this measurement): morning
// code 0, 2, 3.6 %, 85.1 %, 78.7 % → evening 0, 1, 1.8 %, 89.7 %, 77.0 %. Tuning on batches 6 and 8's dev halves did
// not carry over to their held halves' genuine lines (batch 8: one more judged dangerous, accepted for 8.6 points of
// recall).
// Batch 10 (a writer of 2026-11-30's third morning, leaning to hard genuine text), scored once on that morning's code
// before anyone read a line: held 0, 6, 16.0 %, 91.4 %, 87.8 %; its dev half then: 0, 7, 14.7 %, 94.3 %, 85.7 %.
// Batch 11 (another writer that morning, kept out of everyone's sight until the end-of-day measurement): morning code
// held 0, 3, 10.5 %, 90.8 %, 77.6 % → evening 0, 3, 10.5 %, 93.1 %, 79.1 %; its dev half 0, 3, 5.4 %, 92.1 %, 89.7 % →
// 0, 3, 5.4 %, 88.8 %, 89.7 %. Its floors allow the morning figures (the wording model was not refitted with it).
// End of that third session (precision by sentence form, recall families from public warnings, wording model refitted
// on ten dev halves with the advice floor), demo brand: batch 1: 0, 1, 1.8 %, 92.3 %, 90.2 %; batch 2: 1, 3, 5.8 %,
// 94.0 %, 94.4 %; batch 3: 0, 3, 10.0 %, 87.0 %, 82.7 %; batch 4: 0, 2, 9.3 %, 88.0 %, 85.3 %; batch 5: 0, 0, 0.0 %,
// 84.9 %, 85.3 %; batch 6: 0, 6, 16.1 %, 92.9 %, 78.8 % (one scam fewer flagged and one fewer judged dangerous than the evening before: floors 0.92, 0.78); batch 7:
// 0, 1, 1.8 %, 87.4 %, 77.0 %; batch 8: 0, 7, 14.7 %, 97.1 %, 77.4 %; batch 9: 1, 0, 0.0 %, 87.2 %, 69.1 %; batch 10:
// 0, 4, 13.3 %, 91.4 %, 87.8 %; all eleven: 2, 30, 7.5 %, 90.6 %, 83.1 %.
// Batch 12 (a writer of 2026-11-30's fourth session, leaning to hard cases on both sides), scored once on that
// session's morning code before anyone read a line: held 0, 3, 6.7 %, 90.7 %, 75.4 %; its dev half then: 1, 3, 5.1 %,
// 85.1 %, 72.7 %.
// Batch 13 (another writer that session, kept out of everyone's sight until the end-of-session measurement): morning
// code held 0, 0, 3.6 %, 84.4 %, 73.4 % → evening 0, 0, 3.6 %, 83.3 %, 76.6 % (brand b 85.6 → 84.4 %); its dev half
// 0, 2, 5.2 %, 87.5 %, 79.4 % → 0, 2, 5.2 %, 88.6 %, 79.4 %. Its floors allow the lower of the two.
// End of that fourth session (rule evidence read on half the batches, wording model refitted on twelve dev halves;
// the fitted verdict combiner built and not switched on), demo brand: batch 1: 0, 1, 0.9 %, 94.1 %, 91.9 %; batch 2:
// 1, 3, 5.8 %, 94.0 %, 94.4 %; batch 3: 0, 3, 10.0 %, 87.0 %, 82.7 %; batch 4: 0, 2, 5.6 %, 88.0 %, 85.3 %; batch 5:
// 0, 0, 0.0 %, 87.2 %, 86.8 %; batch 6: 0, 4, 12.5 %, 92.9 %, 78.8 %; batch 7: 0, 1, 1.8 %, 88.5 %, 80.3 %; batch 8: 0,
// 6, 12.0 %, 97.1 %, 75.5 %; batch 9: 1, 0, 0.0 %, 87.2 %, 70.6 %; batch 10: 0, 4, 10.7 %, 91.4 %, 87.8 %; batch 11: 0,
// 3, 10.5 %, 94.3 %, 77.6 %; batch 12: 0, 3, 6.7 %, 88.4 %, 75.4 % (two scams fewer flagged than its first score,
// after tuning on its dev half: floor 0.88); all twelve: 2, 30, 6.2 %, 91.1 %, 83.0 %.
// Batch 14 (a writer of 2026-11-30's fifth session, hard cases on both sides), scored once on that session's morning
// code before anyone read a line: held 0, 1, 6.8 %, 93.9 %, 82.3 %; its dev half then: 0, 4, 8.6 %, 88.1 %, 77.8 %.
// Batch 15 (another writer that session, kept out of everyone's sight until the end-of-session measurement): morning
// code held 0, 3, 8.8 %, 89.0 %, 82.5 % → evening (before the wording model's refit) 0, 3, 8.8 %, 89.0 %, 84.1 %; its
// dev half 0, 3, 6.9 %, 93.4 %, 87.3 % → 0, 2, 6.9 %, 93.4 %, 88.9 %. Its floors allow the lower of the two.
// End of that fifth session (request readers and concept families read on half the batches, a word-only danger
// lowered under a warning, the wording model refitted on fifteen dev halves), demo brand: all fifteen 2, 31, 6.2 %,
// 90.4 %, 82.7 %; batches as before except 3: 85.5 % scams flagged (one fewer); 4: 89.0 % (one more); 6: 3 genuine
// dangerous, 94.1 %; 8: 5 genuine dangerous, 95.7 % (the refit lost one scam: floor 0.95); 10: 3 genuine dangerous;
// 11: 2, 8.8 %, 92.0 %; 12: 4 genuine dangerous, 8.3 % (one genuine line more judged dangerous by the day's rules,
// measured with the previous wording model: floors 4 and 0.09), 88.4 %, 76.9 %; 13: 84.4 % (brand b 85.6 %); 15:
// 87.9 % (the refit lost one scam: floor 0.87), 84.1 %.
const HELD_FLOORS: Record<Batch, Floors> = Object.freeze({
  1: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.02,
    scamsFlaggedMin: 0.91,
    dangerousJudgedDangerousMin: 0.86,
  },
  2: {
    scamsCalledOfficialMax: 1,
    genuineDangerousMax: 3,
    genuineFlaggedMax: 0.065,
    scamsFlaggedMin: 0.93,
    dangerousJudgedDangerousMin: 0.91,
  },
  3: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 3,
    genuineFlaggedMax: 0.105,
    scamsFlaggedMin: 0.84,
    dangerousJudgedDangerousMin: 0.81,
  },
  4: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 3,
    genuineFlaggedMax: 0.1,
    scamsFlaggedMin: 0.86,
    dangerousJudgedDangerousMin: 0.83,
  },
  5: {
    scamsCalledOfficialMax: 1,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.035,
    scamsFlaggedMin: 0.81,
    dangerousJudgedDangerousMin: 0.82,
  },
  6: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 6,
    genuineFlaggedMax: 0.17,
    scamsFlaggedMin: 0.92,
    dangerousJudgedDangerousMin: 0.78,
  },
  7: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.02,
    scamsFlaggedMin: 0.87,
    dangerousJudgedDangerousMin: 0.75,
  },
  // Session 13: after the merges (warnings' reach, new warning forms, regional families) one batch-8 held scam went
  // unflagged (scams flagged 95.0 → 94.3 %, both brands); lowered openly, the dev groups lost no scam.
  8: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 8,
    genuineFlaggedMax: 0.165,
    scamsFlaggedMin: 0.94,
    dangerousJudgedDangerousMin: 0.74,
  },
  9: {
    scamsCalledOfficialMax: 1,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.02,
    scamsFlaggedMin: 0.84,
    dangerousJudgedDangerousMin: 0.67,
  },
  10: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 6,
    genuineFlaggedMax: 0.165,
    scamsFlaggedMin: 0.91,
    dangerousJudgedDangerousMin: 0.87,
  },
  11: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 3,
    genuineFlaggedMax: 0.11,
    scamsFlaggedMin: 0.9,
    dangerousJudgedDangerousMin: 0.77,
  },
  // (Session 24: 0.09 → 0.10 — one more genuine line flagged here by the merged classifier, while batches 1–29 as a
  // whole went genuine flagged 81 → 77, dangerous 45 → 42, scams 2,261 → 2,263, dd 1,590 → 1,594.)
  12: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 4,
    genuineFlaggedMax: 0.1,
    scamsFlaggedMin: 0.88,
    dangerousJudgedDangerousMin: 0.75,
  },
  13: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 0,
    genuineFlaggedMax: 0.04,
    scamsFlaggedMin: 0.83,
    dangerousJudgedDangerousMin: 0.73,
  },
  // Session 10: the verdict path's new edges to dangerous (the wording model's top band beside a named request, a
  // link acted on, coercion) made one more batch-14 genuine line dangerous (1 → 2); all sixteen batches' dd 82.7 → 86.9 %.
  // Session 14 (the wording model refitted on nineteen dev halves with the severe-side guard; the genuine-side and
  // scam-side rule changes of that session), measured on the held half after the refit was chosen on out-of-fold dev
  // figures: batches 1–20 genuine flagged 60 → 64 of 1,145 (33 → 35 dangerous), scams 1,507 → 1,561 of 1,690, dd
  // 1,048 → 1,070 of 1,231. One more genuine line each in batches 11, 14, 15 and 20: floors lowered openly here.
  14: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 3, // session 14: 2 → 3
    genuineFlaggedMax: 0.085, // session 14: 0.07 → 0.085 (5 of 59)
    scamsFlaggedMin: 0.93,
    dangerousJudgedDangerousMin: 0.82,
  },
  15: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 3,
    genuineFlaggedMax: 0.106, // session 14: 0.09 → 0.106 (6 of 57)
    scamsFlaggedMin: 0.87,
    dangerousJudgedDangerousMin: 0.82,
  },
  // Batch 16 (a writer of session 10, tunable): first score on that session's morning code (brand b) 0, 0, 5.3 %,
  // 82.4 %, 68.5 %; end of session 10 (both brands) 0, 0, 5.3 %, 82.4 %, 75.9 %.
  16: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 0,
    genuineFlaggedMax: 0.055,
    scamsFlaggedMin: 0.82,
    dangerousJudgedDangerousMin: 0.75,
  },
  // Batch 18 (a writer of session 11: Macau, Hong Kong, Singapore, Malaysia; kept unseen by every engineer, merged
  // at the end of the session): first score on that session's end-of-session code, both brands — 0 official, 1.8 %
  // flagged (1 dangerous: an official line), scams flagged 77.8 %, dd 59.4 % (its dev half: 6.9 % (2), 77.5 %, 67.2 %).
  18: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.03,
    scamsFlaggedMin: 0.77,
    dangerousJudgedDangerousMin: 0.59,
  },
  // (Session 12, after the regional words: batch 18 held 0 official, 1.8 % (1), 80.0 %, dd 62.5 %.)
  // Batch 19 (a writer of session 12: UAE, the Philippines, UK, India, Ontario, Taiwan, Hong Kong; kept unseen by every
  // engineer, split at 07:33 after its 44 unsourced "own variant" scam lines were dropped): first score on the
  // session's final classifier — 1 scam called official, 0.0 % flagged, scams flagged 74.2 %, dd 55.3 % (brand b
  // 57.4 %); its dev half 1 official, 1 of 58 genuine flagged (0 dangerous), 49 of 65 scams, dd 36 of 47.
  19: {
    scamsCalledOfficialMax: 1,
    genuineDangerousMax: 0,
    genuineFlaggedMax: 0.03,
    scamsFlaggedMin: 0.74,
    dangerousJudgedDangerousMin: 0.55,
  },
  // Batch 20 (a writer of session 13: Malaysia, Singapore, Australia / NZ, US, Korea / Japan, Thailand / Vietnam, new
  // mainland and Taiwan cases; kept unseen by every engineer, split at 12:05): first score on the session's final
  // classifier, both brands alike — 0 official, genuine flagged 6.7 % (3 dangerous), scams flagged 86.8 %, dd 86.2 %.
  20: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 3,
    genuineFlaggedMax: 0.084, // session 14: 0.067 → 0.084 (5 of 60, 3 dangerous as before)
    scamsFlaggedMin: 0.86,
    dangerousJudgedDangerousMin: 0.86,
  },
  // Batch 21 (a writer of session 14: UK, Ireland, Canada, Indonesia / Philippines, Taiwan, Hong Kong, Macau,
  // Singapore, new mainland cases; kept unseen by every engineer, split at 14:39): first score on the session's final
  // classifier, both brands alike — 0 official, genuine flagged 3.3 % (2 of 60, both dangerous), scams flagged 91.6 %,
  // dd 87.9 %.
  21: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 2,
    genuineFlaggedMax: 0.034,
    scamsFlaggedMin: 0.91,
    dangerousJudgedDangerousMin: 0.87,
  },
  // Batch 22 (a writer of session 15: UK, Ireland, Canada, India, Indonesia / Philippines, Taiwan 165, Hong Kong ADCC,
  // Macau, new mainland forms; kept unseen by every engineer, split at 17:29): first score on the session's final
  // classifier, both brands alike — 0 official, genuine flagged 8.3 % (5 of 60, 4 dangerous), scams flagged 83.5 %,
  // dd 82.1 %.
  22: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 4,
    genuineFlaggedMax: 0.084,
    scamsFlaggedMin: 0.83,
    dangerousJudgedDangerousMin: 0.82,
  },
  // Batch 23 (a writer of session 16: the US, Australia, New Zealand, Singapore, Malaysia, Japan / Korea, the UAE,
  // Kenya / Nigeria / South Africa, Taiwan, new mainland forms; kept unseen by every engineer, split at 20:14): first
  // score on the session's final classifier, both brands alike — 0 official, genuine flagged 5.3 % (3 of 57, all 3
  // dangerous), scams flagged 83.8 %, dd 78.6 % (44 of 56). Session 18: dd 0.78 → 0.76 (43 of 56: one held line
  // judged suspicious instead of dangerous after the session's merged rule changes — cls-gen18's refusal / narrated-
  // trick warnings, cls-recall18's new requests and narrowed warnings — chosen on dev figures before any held run;
  // batches 1–24 together scams 1,856 → 1,862 of 2,025, dd 1,280 → 1,282 of 1,464, official 3 → 2, genuine unchanged).
  23: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 3,
    genuineFlaggedMax: 0.053,
    scamsFlaggedMin: 0.83,
    dangerousJudgedDangerousMin: 0.76,
  },
  // Batch 24 (a writer of session 17: continental Europe, Latin America, Pakistan / Bangladesh, Vietnam / Thailand,
  // Hong Kong / Macau, Taiwan, new mainland forms; kept unseen by every engineer, split at 23:26): first score on the
  // session's final classifier, both brands alike — 0 official, genuine flagged 5.0 % (3 of 60, 2 dangerous), scams
  // flagged 82.8 %, dd 82.5 % (52 of 63).
  24: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 2,
    genuineFlaggedMax: 0.051,
    scamsFlaggedMin: 0.82,
    dangerousJudgedDangerousMin: 0.82,
  },
  // Batch 25 (a writer of session 18: the Gulf / Turkey, Senegal's mobile money, Ukraine, Kazakhstan, Canada, India
  // 2026, the Philippines / Indonesia, the UK, HK ADCC, Taiwan, mainland 2025–26; kept unseen by every engineer, split
  // at 01:20 on a branch none saw): first score on the session's final classifier, both brands alike — 0 official,
  // genuine flagged 5.0 % (3 of 60, 1 dangerous), scams flagged 91.8 % (78 of 85), dd 87.7 % (57 of 65).
  25: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.051,
    scamsFlaggedMin: 0.91,
    dangerousJudgedDangerousMin: 0.87,
  },
  // Batch 26 (session 19; Japan, Korea, Colombia, Jamaica, Pakistan, Fiji, the Nordics, Australia, Macau, HK, TW,
  // mainland 2025–26), first scored once on the session's final classifier, both brands alike: 0 official, genuine
  // flagged 3.3 % (2 of 61, 1 dangerous), scams flagged 95.4 % (83 of 87), dd 91.0 % (61 of 67).
  26: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.033,
    scamsFlaggedMin: 0.95,
    dangerousJudgedDangerousMin: 0.91,
  },
  // Batch 27 (session 20; Singapore, Vietnam, Costa Rica, Poland, Kenya, Senegal, the Gulf, recovery scams, Mexico,
  // Taiwan, mainland 2025; no credit-repair line), first scored once on the session's final classifier (the wording
  // model session 14's): 0 official, genuine 1.6 % (1 of 61, dangerous), scams 93.6 % (73 of 78), dangerous judged
  // dangerous 91.2 % (52 of 57).
  27: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.017,
    scamsFlaggedMin: 0.93,
    dangerousJudgedDangerousMin: 0.91,
  },
  // Batch 28 (session 21; Central Asia, the Caucasus, the Andes, Southern Africa, the Pacific, the Baltics, Romania,
  // Egypt, Bangladesh, Sri Lanka, Nepal, HK / Macau / TW / mainland 2026), first scored once on the session's final
  // classifier (the wording model session 14's), both brands alike: 0 official, genuine 3.4 % (2 of 59, 1 dangerous),
  // scams 94.3 % (83 of 88), dangerous judged dangerous 89.0 % (65 of 73). Batches 1–27 then: scams 2,098 → 2,105, dd
  // 1,456 → 1,471, genuine 80 (48 dangerous) and official 2 unchanged.
  28: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.034,
    scamsFlaggedMin: 0.94,
    dangerousJudgedDangerousMin: 0.89,
  },
  // Batch 29 (session 22; Ukraine, Georgia, Turkey, Iran, the Balkans, Mongolia, Cambodia, Myanmar, Indonesia, the
  // Philippines, West Africa, Central America, the Caribbean, Canada, Brazil, Fiji, HK / Macau / TW 2025–26; no
  // credit-repair line), first scored once on the session's final classifier (the wording model session 14's), both
  // brands alike: 0 official, genuine 0 of 64, scams 86.4 % (70 of 81), dangerous judged dangerous 83.9 % (52 of 62).
  // Batches 1–28 then (demo): genuine 82 → 81 (dangerous 49 → 45), scams 2,188 → 2,191, dd 1,536 → 1,538, official 2.
  29: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 0,
    genuineFlaggedMax: 0,
    scamsFlaggedMin: 0.86,
    dangerousJudgedDangerousMin: 0.83,
  },
  // Batch 30 (written in session 23, whose work was lost; the Balkans, Central Europe, Iberia, Italy, Greece, the
  // Levant, Laos, Vanuatu, DR Congo, mainland 2025–26; no victim-next-steps or report-fraud line) and batch 31 (session
  // 24; Ethiopia, Tanzania, Uganda, the River Plate, Thailand, the US and UK 2026, mainland 2025–26; no credit-repair or
  // debt-collection line), first scored on session 24's final classifier, both brands alike — batch 30: 0 official,
  // genuine 4.8 % (3 of 63, 3 dangerous), scams 93.2 % (68 of 73), dangerous judged dangerous 86.0 % (43 of 50); batch
  // 31: 0 official, genuine 1.6 % (1 of 62, 0 dangerous), scams 91.4 % (64 of 70), dd 90.2 % (46 of 51).
  30: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 3,
    genuineFlaggedMax: 0.048,
    scamsFlaggedMin: 0.93,
    dangerousJudgedDangerousMin: 0.86,
  },
  31: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 0,
    genuineFlaggedMax: 0.017,
    scamsFlaggedMin: 0.91,
    dangerousJudgedDangerousMin: 0.9,
  },
  // Batch 32 (session 25; the Nordics, the Low Countries, Austria and Switzerland, the Gulf, Mozambique, Angola and
  // Namibia, mainland cases; no overseas-number or debt-collection line), first scored on session 25's final
  // classifier, both brands alike: 0 official, genuine 3.2 % (2 of 62, 1 dangerous), scams 93.8 % (61 of 65),
  // dangerous judged dangerous 100 % (44 of 44).
  32: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.033,
    scamsFlaggedMin: 0.93,
    dangerousJudgedDangerousMin: 1,
  },
  // Batch 33 (session 26; Rwanda, Cameroon, Côte d'Ivoire, Luxembourg, Malta, Slovenia, Iceland, Panama, Puerto Rico
  // and the Caribbean, Kyrgyzstan and Tajikistan, mainland cases with overseas callers and fake collectors), first
  // scored on session 26's final classifier, both brands alike: 0 official, genuine 1.6 % (1 of 61, 1 dangerous),
  // scams 97.6 % (83 of 85), dangerous judged dangerous 90.3 % (56 of 62).
  33: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.017,
    scamsFlaggedMin: 0.97,
    dangerousJudgedDangerousMin: 0.9,
  },
  // Batch 34 (session 27; Bhutan, Mauritius, Madagascar, Malawi, Moldova, Montenegro, El Salvador, Venezuela, mainland
  // cases with overseas callers and fake collectors), first scored on session 27's final classifier, both brands
  // alike: 0 official, genuine 1.6 % (1 of 62, 1 dangerous), scams 92.9 % (79 of 85), dangerous judged dangerous 93.4 %
  // (57 of 61).
  34: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.017,
    scamsFlaggedMin: 0.929,
    dangerousJudgedDangerousMin: 0.93,
  },
  // Batch 35 (session 28; Albania, North Macedonia, Serbia, Croatia, Cyprus, Bulgaria, Uruguay, Paraguay, Bolivia,
  // Ecuador, Chile, Zambia, Botswana, Uganda, Tanzania, Ethiopia, Uzbekistan, the Maldives, Brunei, Tunisia, Algeria,
  // mainland cases), first scored on session 28's final classifier (the starting code scored it the same), both
  // brands alike: 0 official, genuine 1.6 % (1 of 62, 1 dangerous), scams 93.4 % (71 of 76), dangerous judged dangerous
  // 92.6 % (50 of 54).
  35: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.017,
    scamsFlaggedMin: 0.934,
    dangerousJudgedDangerousMin: 0.925,
  },
  // Batch 36 (session 30; Guyana, Belize, the Cayman Islands, Bermuda, Jersey, Guernsey, Gibraltar, the Seychelles,
  // Eswatini, Lesotho, Sierra Leone, the Solomon Islands, Taiwan's "second scams", mainland county cases), first scored
  // on session 30's final classifier, both brands alike: 0 official, genuine 3.6 % (2 of 56, 1 dangerous), scams 97.4 %
  // (74 of 76), dangerous judged dangerous 92.5 % (49 of 53).
  36: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.036,
    scamsFlaggedMin: 0.973,
    dangerousJudgedDangerousMin: 0.924,
  },
  // Batch 37 (session 31; the Isle of Man, Scotland, Northern Ireland, St Kitts and Nevis, St Lucia, St Vincent, Antigua,
  // Grenada, Guam, the Turks and Caicos Islands, Liberia, the Cook Islands, mainland county cases), first scored on
  // session 31's final classifier, the same as on its starting code: 0 official, genuine 5.3 % (3 of 57, 2 dangerous),
  // scams 92.6 % (88 of 95), dangerous judged dangerous 91.3 % (63 of 69; brand b 64).
  37: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 2,
    genuineFlaggedMax: 0.053,
    scamsFlaggedMin: 0.926,
    dangerousJudgedDangerousMin: 0.913,
  },
  // Batch 38 (session 32; North and South Wales, Hawaii, Alaska, the Northern Mariana Islands, Micronesia, Palau, the
  // British and US Virgin Islands, Aruba, Suriname, the Gambia, Newfoundland, Tasmania, Timor-Leste, mainland cases),
  // first scored on session 32's starting classifier and on its final one, the same: 0 official, genuine 0 of 60,
  // scams 88.9 % (80 of 90), dangerous judged dangerous 87.3 % (55 of 63), both brands.
  38: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 0,
    genuineFlaggedMax: 0,
    scamsFlaggedMin: 0.888,
    dangerousJudgedDangerousMin: 0.873,
  },
  // Batch 39 (session 33; East Malaysia and Johor, Saskatchewan, Manitoba, Nova Scotia, Yukon, Queensland, the Northern
  // Territory, Western Australia, Liechtenstein, Monaco, Andorra, New Caledonia, French Polynesia, mainland cases),
  // first scored on session 33's starting classifier: 0 official, genuine 5.1 % (3 of 59, 2 dangerous), scams 92.6 %
  // (88 of 95), dangerous judged dangerous 98.6 % (69 of 70), both brands.
  39: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 2,
    genuineFlaggedMax: 0.051,
    scamsFlaggedMin: 0.926,
    dangerousJudgedDangerousMin: 0.985,
  },
  // Batch 40 (session 34; Alberta, South Australia, Penang and Johor/Selangor's Chinese-language press, Hualien,
  // Pingtung, Kaohsiung and Kinmen, mainland cases from Xiji, Yinchuan, Huaibei, Shantou, Changzhi), first scored on
  // session 34's starting classifier: 0 official, genuine 1.7 % (1 of 58, dangerous), scams 87.1 % (81 of 93; brand b
  // 82), dangerous judged dangerous 92.6 % (63 of 68), both brands.
  40: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.018,
    scamsFlaggedMin: 0.87,
    dangerousJudgedDangerousMin: 0.926,
  },
  // Batch 41 (session 35; British Columbia, Victoria, New South Wales, Auckland, Perak, Pahang and Terengganu, Taichung
  // and Taoyuan, mainland cases from Fuling, Ankang and Zhenkang), first scored on session 35's starting classifier: 0
  // official, genuine 1.7 % (1 of 59, dangerous), scams 88.3 % (83 of 94; brand b 84), dangerous judged dangerous 91.4 %
  // (64 of 70), both brands.
  41: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.017,
    scamsFlaggedMin: 0.882,
    dangerousJudgedDangerousMin: 0.914,
  },
  // Batch 42 (session 36; Mayo, Cork and Clare, Kent, Oregon and Iowa, Yilan and Chiayi, Macau, Kelantan, Singapore,
  // the Philippines, Mizhi in Shaanxi), first scored on session 36's starting classifier: 0 official, genuine 3.4 % (2 of
  // 58, 1 dangerous), scams 90.2 % (83 of 92), dangerous judged dangerous 89.7 % (61 of 68), both brands.
  42: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.035,
    scamsFlaggedMin: 0.902,
    dangerousJudgedDangerousMin: 0.897,
  },
  // Batch 43 (session 37; genuine-heavy: Michigan, Ohio, San Francisco, Yorkshire, Southland NZ, Cebu, Tokushima, Kedah,
  // Terengganu, Hunan, Guizhou, Harbin, Zhejiang, Taiwan's FSC), first scored on session 37's starting classifier: 0
  // official, genuine 4.8 % (4 of 83, 2 dangerous), scams 94.0 % (63 of 67), dangerous judged dangerous 98.0 % (50 of
  // 51), both brands.
  43: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 2,
    genuineFlaggedMax: 0.049,
    scamsFlaggedMin: 0.94,
    dangerousJudgedDangerousMin: 0.98,
  },
  // Batch 44 (session 38; genuine-heavy: Arizona, Dyfed-Powys, Offaly, Tipperary, Jeju, Xiantao, Dehong, Macau, Hong
  // Kong, Hualien, Singapore, Penang), first scored on session 38's starting classifier: 0 official, genuine 7.3 % (6 of
  // 82, 5 dangerous), scams 97.1 % (66 of 68), dangerous judged dangerous 98.0 % (49 of 50), both brands.
  44: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 5,
    genuineFlaggedMax: 0.074,
    scamsFlaggedMin: 0.97,
    dangerousJudgedDangerousMin: 0.98,
  },
  // Batch 45 (session 39; genuine-heavy: Colorado, Minnesota, Wisconsin, Lancashire, Canberra, Davao, Hsinchu, Segamat,
  // Yuen Long, Tokyo), first scored on session 39's starting classifier: 0 official, genuine 7.3 % (6 of 82, 4
  // dangerous), scams 95.7 % (66 of 69), dangerous judged dangerous 94.0 % (47 of 50), both brands.
  45: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 4,
    genuineFlaggedMax: 0.074,
    scamsFlaggedMin: 0.956,
    dangerousJudgedDangerousMin: 0.94,
  },
  // Batch 46 (session 40; genuine-heavy: Nevada, Utah, Texas, Kansas, Tennessee, Devon, Dorset, Herefordshire, Norfolk,
  // Limerick, Ottawa, Quebec, East Auckland, Dumaguete, Matsu, Ganzhou, Liuzhou, Nantong), first scored on session 40's
  // starting classifier: 0 official, genuine 9.8 % (8 of 82, 6 dangerous), scams 92.6 % (63 of 68), dangerous judged
  // dangerous 91.8 % (45 of 49), both brands.
  46: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 6,
    genuineFlaggedMax: 0.098,
    scamsFlaggedMin: 0.926,
    dangerousJudgedDangerousMin: 0.918,
  },
  // Batch 47 (session 41; genuine-heavy: Virginia, Georgia, North Carolina, Sussex, Carlow, New Brunswick, Coquitlam,
  // Burnaby, Dalian), first scored on session 41's starting classifier: 0 official, genuine 3.7 % (3 of 82, 2
  // dangerous), scams 91.2 % (62 of 68), dangerous judged dangerous 94.1 % (48 of 51), both brands.
  47: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 2,
    genuineFlaggedMax: 0.037,
    scamsFlaggedMin: 0.911,
    dangerousJudgedDangerousMin: 0.941,
  },
});

interface Floors {
  scamsCalledOfficialMax: number;
  genuineDangerousMax: number;
  genuineFlaggedMax: number;
  scamsFlaggedMin: number;
  dangerousJudgedDangerousMin: number;
}

describe.skipIf(!present)('messages corpus, held-out half', () => {
  const whole = Object.entries(BRAND_FILES).map(([name, file]) => {
    const brand = loadBrand(file);
    const messages = loadMessages(CORPUS.held, brand)!;
    const batches = (Object.keys(BATCHES).map(Number) as Batch[]).map((batch) => {
      const score = scoreMessages(messages.filter(inBatch(batch)), brand);
      console.log(report(`held-out batch ${batch} × ${name}`, score));
      return [`${name}, batch ${batch}`, batch, score] as const;
    });
    const score = scoreMessages(messages, brand);
    console.log(report(`held-out, all batches × ${name}`, score));
    return { name, score, batches };
  });

  it.each(whole.flatMap((w) => w.batches))(
    'brand %s: no worse than the last measured figures',
    (_name, batch, score) => {
      const floors = HELD_FLOORS[batch];
      expect(score.scamsCalledOfficial).toBeLessThanOrEqual(floors.scamsCalledOfficialMax);
      expect(score.genuineDangerous).toBeLessThanOrEqual(floors.genuineDangerousMax);
      expect(score.genuineFlagged).toBeLessThanOrEqual(floors.genuineFlaggedMax);
      expect(score.scamsFlagged).toBeGreaterThanOrEqual(floors.scamsFlaggedMin);
      expect(score.dangerousJudgedDangerous).toBeGreaterThanOrEqual(floors.dangerousJudgedDangerousMin);
    },
  );

  // Issue 10's targets are NOT met on the held-out half yet (see the figures above). `it.fails` records that: the
  // day they are met this test fails, and it must become a plain `it` with the floors raised to the targets.
  it.fails.each(whole.map((w) => [w.name, w.score] as const))(
    'brand %s: issue 10 targets (not met yet)',
    (_name, score) => {
      expect(score.met).toBe(true);
    },
  );
});
