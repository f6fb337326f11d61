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
// the classifier worse on messages nobody tuned on fails here. Measured 2026-11-30 on the merged code (the action ×
// pretext concept reader), demo brand (brand b within a point): batch 1 — 0 scams called official, 4 genuine judged
// dangerous, genuine flagged 4.4 %, scams flagged 84.6 %, labelled dangerous judged dangerous 85.4 %; batch 2 — 1,
// 3, 7.7 %, 86.0 %, 88.9 %. Before the concept reader (code of 2026-11-29): batch 1 — 1, 3, 3.5 %, 73.4 %, 74.8 %;
// batch 2 (measured before anyone tuned on batch 2) — 2, 3, 5.8 %, 75.0 %, 80.6 %. The floors accept one more
// genuine message flagged per batch for eleven points of scam recall; the targets stay with `it.fails` below.
// Batch 3 (m0872–m1090, written 2026-11-30 by a third writer), measured once on that morning's code before anyone
// tuned on it: 0, 2, 7.5 %, 75.4 %, 76.9 % (dev half's first score: 0, 0, 2.6 %, 74.6 %, 75.5 %). Batch 5
// (m1601–m1860, a fourth writer) likewise: 1, 1, 2.3 %, 81.4 %, 83.8 % (dev: 0, 1, 2.3 %, 83.7 %, 80.9 %).
const HELD_FLOORS: Record<Batch, Floors> = Object.freeze({
  1: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 4,
    genuineFlaggedMax: 0.05,
    scamsFlaggedMin: 0.82,
    dangerousJudgedDangerousMin: 0.83,
  },
  2: {
    scamsCalledOfficialMax: 1,
    genuineDangerousMax: 3,
    genuineFlaggedMax: 0.085,
    scamsFlaggedMin: 0.83,
    dangerousJudgedDangerousMin: 0.85,
  },
  3: {
    scamsCalledOfficialMax: 0,
    genuineDangerousMax: 2,
    genuineFlaggedMax: 0.09,
    scamsFlaggedMin: 0.73,
    dangerousJudgedDangerousMin: 0.74,
  },
  4: {
    scamsCalledOfficialMax: 99,
    genuineDangerousMax: 99,
    genuineFlaggedMax: 1,
    scamsFlaggedMin: 0,
    dangerousJudgedDangerousMin: 0,
  },
  5: {
    scamsCalledOfficialMax: 1,
    genuineDangerousMax: 1,
    genuineFlaggedMax: 0.035,
    scamsFlaggedMin: 0.79,
    dangerousJudgedDangerousMin: 0.81,
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
