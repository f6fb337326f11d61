// CI gate of issue 10 on the HELD-OUT half of the messages corpus, for the demo brand and a second fictional one.
// The held-out half is never tuned on (see test/field/README.md): this file only measures it. Tune on the dev half
// with `npx tsx test/field/messages-score.ts dev --misses`.
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { loadMessages } from './messages-corpus.ts';
import { BRAND_FILES, CORPUS, report, scoreMessages, TARGETS } from './messages-score.ts';

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

describe.skipIf(!present)('messages corpus, held-out half (issue 10 targets)', () => {
  it.each(Object.entries(BRAND_FILES))('brand %s', (name, file) => {
    const brand = loadBrand(file);
    const score = scoreMessages(loadMessages(CORPUS.held, brand)!, brand);
    console.log(report(`held-out × ${name}`, score));
    expect(score.scamsCalledOfficial).toBeLessThanOrEqual(TARGETS.scamsCalledOfficial);
    expect(score.genuineDangerous).toBeLessThanOrEqual(TARGETS.genuineDangerous);
    expect(score.genuineFlagged).toBeLessThanOrEqual(TARGETS.genuineFlaggedMax);
    expect(score.scamsFlagged).toBeGreaterThanOrEqual(TARGETS.scamsFlaggedMin);
    expect(score.dangerousJudgedDangerous).toBeGreaterThanOrEqual(TARGETS.dangerousJudgedDangerousMin);
  });
});
