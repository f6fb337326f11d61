// CI gate of issue 10 on the HELD-OUT half of the messages corpus, for the demo brand and a second fictional one.
// The held-out half is never tuned on (see test/field/README.md): this file only measures it. Tune on the dev half
// with `npx tsx test/field/messages-score.ts dev --misses`.
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { loadMessages } from './messages-corpus.ts';
import { BRAND_FILES, CORPUS, report, scoreMessages } from './messages-score.ts';

const present = loadMessages(CORPUS.held, loadBrand(BRAND_FILES.demo)) !== undefined;
if (!present) console.warn(`skipped: ${CORPUS.held} is absent (the held-out half of the messages corpus)`);

// The dev half guards against regressions while tuning (it is tuned on, so it says little about new messages).
describe('messages corpus, dev half (regression guard)', () => {
  it.each(Object.entries(BRAND_FILES))('brand %s', (name, file) => {
    const brand = loadBrand(file);
    const messages = loadMessages(CORPUS.dev, brand);
    expect(messages, CORPUS.dev).toBeDefined();
    const score = scoreMessages(messages!, brand);
    expect(score.met, report(`dev × ${name}`, score)).toBe(true);
  });
});

// The held-out figures measured on 2026-11-30 (code as merged that day):
// demo brand and brand b alike — 1 scam called official, 3 genuine judged dangerous, genuine flagged 3.5 %, scams
// flagged 73.4 %, labelled dangerous judged dangerous 74.8 %. The floors below are those figures with a small margin:
// a change that makes the classifier worse on messages nobody tuned on fails here.
const HELD_FLOORS = Object.freeze({
  scamsCalledOfficialMax: 1,
  genuineDangerousMax: 3,
  genuineFlaggedMax: 0.045,
  scamsFlaggedMin: 0.71,
  dangerousJudgedDangerousMin: 0.72,
});

describe.skipIf(!present)('messages corpus, held-out half', () => {
  const scores = Object.entries(BRAND_FILES).map(([name, file]) => {
    const brand = loadBrand(file);
    const score = scoreMessages(loadMessages(CORPUS.held, brand)!, brand);
    console.log(report(`held-out × ${name}`, score));
    return [name, score] as const;
  });

  it.each(scores)('brand %s: no worse than the last measured figures', (_name, score) => {
    expect(score.scamsCalledOfficial).toBeLessThanOrEqual(HELD_FLOORS.scamsCalledOfficialMax);
    expect(score.genuineDangerous).toBeLessThanOrEqual(HELD_FLOORS.genuineDangerousMax);
    expect(score.genuineFlagged).toBeLessThanOrEqual(HELD_FLOORS.genuineFlaggedMax);
    expect(score.scamsFlagged).toBeGreaterThanOrEqual(HELD_FLOORS.scamsFlaggedMin);
    expect(score.dangerousJudgedDangerous).toBeGreaterThanOrEqual(HELD_FLOORS.dangerousJudgedDangerousMin);
  });

  // Issue 10's targets are NOT met on the held-out half yet (see the figures above). `it.fails` records that: the
  // day they are met this test fails, and it must become a plain `it` with the floors raised to the targets.
  it.fails.each(scores)('brand %s: issue 10 targets (not met yet)', (_name, score) => {
    expect(score.met).toBe(true);
  });
});
