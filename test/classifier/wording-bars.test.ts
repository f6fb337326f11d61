// The suspicious bar's rule on genuine lines (bench/classifier-fit.ts, chooseThresholds): the model may add at most
// MAX_ADDED_PER_BATCH genuine lines to the flagged ones in any batch, in lines, whatever the batch's size. Until
// session 18 it was a share (no batch past 3 %), so one raised line in a small batch the rules already flag once lifted
// the bar for every line. Made-up out-of-fold predictions; no model is fitted.
import { describe, expect, it } from 'vitest';
import { chooseThresholds, type DevRow, MAX_ADDED_PER_BATCH } from '../../bench/classifier-fit.ts';
import type { Verdict } from '../../src/classifier/types.ts';

let next = 0;
const row = (batch: number, label: DevRow['label'], verdict: Verdict = 'unknown'): DevRow => ({
  id: `m${++next}`,
  batch,
  brand: 'demo',
  label,
  verdict,
  rules: { verdict, warnings: 0, soft: false, withoutLanguage: verdict, request: false },
});
/** A batch of `n` genuine lines the model reads at p 0.1, one of them flagged by the rules when `flagged`. */
const quiet = (batch: number, n: number, flagged = false) =>
  Array.from({ length: n }, (_, i) => row(batch, 'benign', flagged && i === 0 ? 'suspicious' : 'unknown'));
const table = (xs: [DevRow, number][], rest: DevRow[]) => ({
  rows: [...xs.map((x) => x[0]), ...rest],
  p: new Map<DevRow, number>([...xs, ...rest.map((r) => [r, 0.1] as [DevRow, number])]),
});

describe('the suspicious bar counts the genuine lines the model adds per batch in lines (chooseThresholds)', () => {
  it('lets one raised line into a small batch the rules already flag once (3.3 % of 60 lines)', () => {
    // 400 genuine lines (a pooled budget of 2), a batch of 60 among them; a scam and a genuine line at p 0.83.
    const { rows, p } = table(
      [
        [row(21, 'benign'), 0.83],
        [row(21, 'risky'), 0.83],
      ],
      [...quiet(1, 340), ...quiet(21, 59, true)],
    );
    expect(MAX_ADDED_PER_BATCH).toBe(1);
    // The share rule lifted the bar past the scam (0.84); the count keeps it at the floor the advice texts set.
    expect(chooseThresholds(rows, p, 0.8).suspicious).toBe(0.8);
  });

  it('lifts the bar past a second line raised in one batch, however large the batch', () => {
    const { rows, p } = table(
      [
        [row(3, 'benign'), 0.83],
        [row(3, 'benign'), 0.86],
        [row(3, 'risky'), 0.9],
      ],
      quiet(3, 1000),
    );
    expect(chooseThresholds(rows, p, 0.8).suspicious).toBe(0.84);
  });

  it('still holds the pooled budget: lines spread one per batch lift the bar once their sum passes it', () => {
    // 300 genuine lines: a budget of 1; three batches each with one line raised, at 0.82, 0.85 and 0.88.
    const { rows, p } = table(
      [
        [row(1, 'benign'), 0.82],
        [row(2, 'benign'), 0.85],
        [row(3, 'benign'), 0.88],
      ],
      [...quiet(1, 99), ...quiet(2, 99), ...quiet(3, 99)],
    );
    expect(chooseThresholds(rows, p, 0.8).suspicious).toBe(0.86);
  });
});
