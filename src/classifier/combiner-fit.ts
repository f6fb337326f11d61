// Fitting the verdict combiner (verdict-combiner.ts): an L2-regularised logistic regression over the evidence
// features by Newton's method (a few exact steps on ~170 features; the same rows give the same weights), and the
// choice of hard indicators from the figures. Used by `npm run classifier:combine` (bench/verdict-combiner-fit.ts)
// and its tests, never at check time.
import { FEATURES, type HardIndicator } from './verdict-combiner.ts';

export interface CombinerRow {
  /** The evidence features (verdict-combiner.ts evidenceFeatures). */
  x: Float64Array;
  y: 0 | 1;
  weight: number;
}

/** Penalty on the squared weights (not the bias), in units of a row's weight. Chosen by leave-one-batch-out over 1, 3,
 *  10, 30 by the thresholds' own order (bench/verdict-combiner-fit.ts chooseThresholds): on batches 1–11, 10 (2
 *  genuine rows dangerous, the fewest); on batches 1–12, 3 and 10 tie at 6 and 3 flags more scams (93.9 against
 *  93.1 %). */
export const COMBINER_L2 = 3;

/** Solves A·v = b for a symmetric positive definite A (Cholesky, in place on a copy). */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * n + j]!;
    }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!;
    y[i] = s / l[i * n + i]!;
  }
  const v = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * v[k]!;
    v[i] = s / l[i * n + i]!;
  }
  return v;
}

/** Weights [bias, features…] by Newton steps on the penalised log-loss. */
export function fitLogistic(
  rows: readonly CombinerRow[],
  l2 = COMBINER_L2,
  steps = 25,
): { bias: number; w: Float64Array } {
  const d = rows[0]?.x.length ?? FEATURES.length;
  const n = d + 1;
  const w = new Float64Array(n);
  // Each row's non-zero features, with the bias as index 0.
  const nz = rows.map((r) => {
    const idx = [0];
    const val = [1];
    for (let i = 0; i < d; i++)
      if (r.x[i]) {
        idx.push(i + 1);
        val.push(r.x[i]!);
      }
    return { idx, val };
  });
  for (let step = 0; step < steps; step++) {
    const h = new Float64Array(n * n);
    const g = new Float64Array(n);
    rows.forEach((r, j) => {
      const { idx, val } = nz[j]!;
      let z = 0;
      for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = (p - r.y) * r.weight;
      const c = p * (1 - p) * r.weight;
      for (let a = 0; a < idx.length; a++) {
        g[idx[a]!]! += e * val[a]!;
        for (let b = 0; b < idx.length; b++) h[idx[a]! * n + idx[b]!]! += c * val[a]! * val[b]!;
      }
    });
    for (let i = 1; i < n; i++) {
      g[i]! += l2 * w[i]!;
      h[i * n + i]! += l2;
    }
    h[0]! += 1e-6;
    const delta = solve(h, g, n);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      w[i]! -= delta[i]!;
      moved = Math.max(moved, Math.abs(delta[i]!));
    }
    if (moved < 1e-7) break;
  }
  return { bias: w[0]!, w: w.subarray(1) };
}

/** Weights by feature name, rounded, zeros left out (the weights file). */
export function namedWeights(w: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  FEATURES.forEach((f, i) => {
    const v = Math.round(w[i]! * 1000) / 1000;
    if (v !== 0) out[f] = v;
  });
  return out;
}

/** A candidate hard indicator with the rows that hold it. */
export interface IndicatorCount {
  indicator: HardIndicator;
  genuine: number;
  scams: number;
  dangerous: number;
}

/** Hard indicators by the figures: held by no genuine row and by at least `minScams` scams, of which all but
 *  `maxRisky` are labelled dangerous (a rule that would make a risky opener dangerous is not hard). */
export function chooseHard(counts: readonly IndicatorCount[], minScams = 3, maxRiskyShare = 0.2): HardIndicator[] {
  return counts
    .filter((c) => c.genuine === 0 && c.scams >= minScams && c.scams - c.dangerous <= maxRiskyShare * c.scams)
    .map((c) => c.indicator)
    .sort();
}
