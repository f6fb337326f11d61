// Signal-detection measures for the quiz: z = Φ⁻¹ (inverse standard normal), d′ and the criterion c.
// Φ⁻¹ is Peter Acklam's rational approximation (relative error < 1.15e-9 over (0, 1)), which is plenty for rates
// computed from a dozen answers.

const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** Horner evaluation of a polynomial with coefficients from the highest power down. */
function poly(coeffs: readonly number[], x: number): number {
  return coeffs.reduce((acc, k) => acc * x + k, 0);
}

/** The tail formula of Acklam's algorithm for p below P_LOW. */
function tail(p: number): number {
  const q = Math.sqrt(-2 * Math.log(p));
  return poly(C, q) / (poly(D, q) * q + 1);
}

/** Φ⁻¹(p): the z score below which a standard normal variable falls with probability p. ±Infinity at 0 and 1. */
export function inverseNormal(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`inverseNormal: p must be in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p < P_LOW) return tail(p);
  if (p > 1 - P_LOW) return -tail(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

/** Log-linear correction (Hautus 1995): (count + 0.5) / (n + 1), so rates of 0 or 1 still give finite z scores. */
export function loglinearRate(count: number, n: number): number {
  return (count + 0.5) / (n + 1);
}

/** d′ = z(H) − z(F): discernment, independent of a tendency to answer "scam" more or less often. */
export function dPrime(hitRate: number, falseAlarmRate: number): number {
  return inverseNormal(hitRate) - inverseNormal(falseAlarmRate);
}

/** c = −(z(H) + z(F)) / 2: the response bias. Negative means leaning to "scam", positive leaning to "genuine". */
export function criterion(hitRate: number, falseAlarmRate: number): number {
  return -(inverseNormal(hitRate) + inverseNormal(falseAlarmRate)) / 2;
}
