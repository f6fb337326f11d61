// Fitting config.calibration and the thresholds on labelled dev data (run by `npm run faq:calibrate`, which writes
// calibration.generated.ts, so matching itself never depends on the dev data at run time).
import type { FaqConfig } from './config.ts';
import type { ScoredEntry } from './search.ts';

export interface CalibrationRow {
  /** Signals of the best-ranked entry (undefined: nothing matched at all). */
  best: ScoredEntry | undefined;
  /** The best entry carries the expected topic (always false for out-of-scope questions). */
  correct: boolean;
  outOfScope: boolean;
  /** The question holds neither a fraud cue nor a product cue (route `other`, src/faq/route.ts). */
  uncued?: boolean;
  /** Routed to product or small talk: never answered from the FAQ (counts in the denominators only). */
  routed?: boolean;
  /**
   * A pasted message (the messages dev corpus), not a question: an answer from the FAQ takes the place of the
   * classifier's check, so it is right only on the message's own scam topic; a genuine message is out of scope.
   */
  message?: boolean;
}

type Calibration = FaqConfig['calibration'];
const NAMES = ['lexical', 'agree', 'support', 'topicFit', 'known', 'notice', 'addressed', 'asks'] as const;

const signals = (s: ScoredEntry | undefined): number[] => NAMES.map((n) => s?.[n] ?? 0);

export function confidenceOf(c: Calibration, s: ScoredEntry | undefined): number {
  const x = signals(s);
  const z = NAMES.reduce((sum, n, i) => sum + c[n] * x[i]!, c.bias);
  return 1 / (1 + Math.exp(-z));
}

/**
 * L2-regularised logistic regression by gradient descent on standardised signals; deterministic.
 * `outOfScopeWeight` counts each out-of-scope row that many times: the dev set holds five in-scope questions per
 * out-of-scope one, and a wrong answer costs the user more than an honest "not sure". `messageWeight` does the same
 * for pasted-message rows.
 */
export function fitCalibration(
  rows: readonly CalibrationRow[],
  { l2 = 0.001, iterations = 4000, rate = 0.5, outOfScopeWeight = 1, messageWeight = 1 } = {},
): Calibration {
  const xs = rows.map((r) => signals(r.best));
  const ys = rows.map((r) => (r.correct ? 1 : 0));
  const weights = rows.map((r) => (r.outOfScope ? outOfScopeWeight : 1) * (r.message ? messageWeight : 1));
  const total = weights.reduce((s, v) => s + v, 0);
  const d = NAMES.length;
  const mean = NAMES.map((_, i) => xs.reduce((s, x) => s + x[i]!, 0) / xs.length);
  const sd = NAMES.map((_, i) => Math.sqrt(xs.reduce((s, x) => s + (x[i]! - mean[i]!) ** 2, 0) / xs.length) || 1);
  const zs = xs.map((x) => x.map((v, i) => (v - mean[i]!) / sd[i]!));
  let w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    zs.forEach((z, j) => {
      const p = 1 / (1 + Math.exp(-z.reduce((s, v, i) => s + v * w[i]!, b)));
      const e = (p - ys[j]!) * weights[j]!;
      z.forEach((v, i) => {
        gw[i]! += e * v;
      });
      gb += e;
    });
    w = w.map((v, i) => v - rate * (gw[i]! / total + l2 * v));
    b -= (rate * gb) / total;
  }
  const raw = w.map((v, i) => v / sd[i]!);
  const bias = b - w.reduce((s, v, i) => s + (v * mean[i]!) / sd[i]!, 0);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    lexical: round(raw[0]!),
    agree: round(raw[1]!),
    support: round(raw[2]!),
    topicFit: round(raw[3]!),
    known: round(raw[4]!),
    notice: round(raw[5]!),
    addressed: round(raw[6]!),
    asks: round(raw[7]!),
    bias: round(bias),
  };
}

export interface OperatingPoint {
  threshold: number;
  /** In-scope questions answered with the right topic. */
  answeredCorrect: number;
  /** Out-of-scope questions answered. */
  falseMatch: number;
}

/** Every threshold on a 0.01 grid with what it gives on the rows. */
export function operatingPoints(rows: readonly CalibrationRow[], c: Calibration): OperatingPoint[] {
  const inScope = rows.filter((r) => !r.outOfScope);
  const oos = rows.filter((r) => r.outOfScope);
  const conf = rows.map((r) => (r.routed ? 0 : confidenceOf(c, r.best)));
  const points: OperatingPoint[] = [];
  for (let t = 1; t < 100; t++) {
    const threshold = t / 100;
    let right = 0;
    let fm = 0;
    rows.forEach((r, i) => {
      if (conf[i]! < threshold) return;
      if (r.outOfScope) fm++;
      else if (r.correct) right++;
    });
    points.push({ threshold, answeredCorrect: right / inScope.length, falseMatch: fm / Math.max(1, oos.length) });
  }
  return points;
}

/**
 * The threshold of most net benefit: each right answer counts +1, each wrong one (wrong topic, out of scope, a
 * genuine or off-topic pasted message) −wrongCost, over every row the FAQ would answer — questions and pasted
 * messages alike; among thresholds where `allowed` holds. With a calibrated confidence this is the break-even
 * probability 1 / (1 + wrongCost), read off the data rather than assumed.
 */
export function chooseByCost(
  rows: readonly CalibrationRow[],
  c: Calibration,
  wrongCost: number,
  allowed: (threshold: number) => boolean = () => true,
): { threshold: number; net: number } {
  const conf = rows.map((r) => (r.routed ? 0 : confidenceOf(c, r.best)));
  let best = { threshold: 0.99, net: Number.NEGATIVE_INFINITY };
  for (let t = 1; t < 100; t++) {
    const threshold = t / 100;
    if (!allowed(threshold)) continue;
    let net = 0;
    rows.forEach((r, i) => {
      if (conf[i]! >= threshold) net += r.correct ? 1 : -wrongCost;
    });
    if (net > best.net) best = { threshold, net };
  }
  return best;
}

/** The threshold answering the most in-scope questions right while false matches stay ≤ maxFalseMatch. */
export function chooseThreshold(
  rows: readonly CalibrationRow[],
  c: Calibration,
  maxFalseMatch: number,
): OperatingPoint {
  let best: OperatingPoint = { threshold: 0.99, answeredCorrect: 0, falseMatch: 0 };
  for (const p of operatingPoints(rows, c)) {
    if (p.falseMatch <= maxFalseMatch && p.answeredCorrect > best.answeredCorrect) best = p;
  }
  return best;
}
