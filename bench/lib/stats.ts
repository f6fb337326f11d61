// Small statistics for the webhook benches' verdicts: the median of per-pair ratios, a distribution-free interval
// for it, and the figures that say where a run's spread lives.

/** Median (the mean of the two middle figures for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Coefficient of variation: the standard deviation over the mean. */
export function cv(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1);
  return Math.sqrt(variance) / mean;
}

/** Pearson's correlation of two equally long series. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** P(Binomial(n, 1/2) ≤ k). */
function binomialHalfCdf(n: number, k: number): number {
  let term = 0.5 ** n; // C(n, 0) / 2^n
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += term;
    term = (term * (n - i)) / (i + 1);
  }
  return sum;
}

/** A distribution-free confidence interval for the median (order statistics, the sign test): the widest symmetric
 *  pair of order statistics whose coverage is at least `level`; for fewer than 6 figures, the lowest and highest. */
export function medianInterval(xs: readonly number[], level = 0.9): { low: number; high: number; coverage: number } {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  let k = 0; // the interval is [s[k], s[n - 1 - k]]
  while (k + 1 < n - 1 - (k + 1) && 1 - 2 * binomialHalfCdf(n, k + 1) >= level) k++;
  return { low: s[k]!, high: s[n - 1 - k]!, coverage: 1 - 2 * binomialHalfCdf(n, k) };
}

/** Successive ratios two by two — the first of each two measured in one order (A then B), the second in the other —
 *  as the geometric mean of the two: a bias of the order (the server going second reads a factor lower) divides out. */
export function orderBlocks(xs: readonly number[]): number[] {
  return Array.from({ length: Math.floor(xs.length / 2) }, (_, k) => Math.sqrt(xs[2 * k]! * xs[2 * k + 1]!));
}
