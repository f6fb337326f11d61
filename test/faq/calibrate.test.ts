// The calibrator's objective (src/faq/calibrate.ts chooseByCost, bench/faq-calibrate.ts): bands placed where an
// answer pays, over questions and pasted messages, and a fitted file whose "did you mean" band is not empty.
import { describe, expect, it } from 'vitest';
import { type CalibrationRow, chooseByCost, confidenceOf } from '../../src/faq/calibrate.ts';
import { FITTED } from '../../src/faq/calibration.generated.ts';
import type { ScoredEntry } from '../../src/faq/search.ts';

// One signal carries the confidence: lexical × 10 − 5 → a logistic in 0..1.
const c = { lexical: 10, agree: 0, support: 0, topicFit: 0, known: 0, notice: 0, addressed: 0, asks: 0, bias: -5 };
const at = (lexical: number) => ({ lexical, agree: 0, support: 0, topicFit: 0, known: 0 }) as unknown as ScoredEntry;
const rows = (lexical: number, n: number, correct: boolean, message = false): CalibrationRow[] =>
  Array.from({ length: n }, () => ({
    best: at(lexical),
    correct,
    outOfScope: !correct,
    ...(message ? { message } : {}),
  }));

describe('chooseByCost', () => {
  it('answers from where right answers outweigh wrong ones, at the given cost', () => {
    // Confidence 0.12 (lexical 0.3): mostly wrong pasted messages; 0.5: as many right as wrong; 0.95: right.
    const data = [
      ...rows(0.3, 9, false, true),
      ...rows(0.3, 1, true),
      ...rows(0.5, 4, true),
      ...rows(0.5, 3, false),
      ...rows(0.8, 20, true),
    ];
    expect(confidenceOf(c, at(0.3))).toBeLessThan(0.2);
    expect(chooseByCost(data, c, 1).threshold).toBeGreaterThan(confidenceOf(c, at(0.3)));
    expect(chooseByCost(data, c, 1).threshold).toBeLessThanOrEqual(confidenceOf(c, at(0.5)));
    // A wrong answer costing twice: the middle rows (4 right, 3 wrong) no longer pay.
    expect(chooseByCost(data, c, 2).threshold).toBeGreaterThan(confidenceOf(c, at(0.5)));
  });

  it('keeps to the thresholds a constraint allows', () => {
    const data = [...rows(0.5, 4, true), ...rows(0.8, 20, true)];
    expect(chooseByCost(data, c, 1, (t) => t > 0.9).threshold).toBeGreaterThan(0.9);
  });
});

describe('the fitted constants (npm run faq:calibrate)', () => {
  it('leave a "did you mean" band with questions in it, below the straight answers', () => {
    expect(FITTED.threshold).toBeLessThan(FITTED.high);
    expect(FITTED.measured.inBand).toBeGreaterThan(0);
    expect(FITTED.measured.outOfScopeConfident).toBeLessThanOrEqual(0.025);
  });

  it('were fitted with the pasted dev messages as rows (an FAQ answer replaces their check)', () => {
    expect(FITTED.fittedOn.some((s) => s.startsWith('test/field/messages-dev.tsv'))).toBe(true);
    expect(FITTED.measured.messagesRanked).toBeGreaterThan(0);
  });
});
