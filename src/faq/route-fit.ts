// Fitting the product/fraud decision (route-decision.ts) for `npm run faq:fit` (bench/faq-fit.ts, bench/lib/route-cv.ts):
// not on the answering path. The examples are dev data; the result is what route-decision.generated.ts stores.
import { averagedFrom, FIT_DEFAULTS, type FitOptions } from './model-fit.ts';
import { modelFeatures } from './model.ts';
import { cueFeatures, type RouteDecisionData } from './route-decision.ts';
import { mulberry32, shuffleInPlace } from '../content/prng.ts';
import type { CueFamily } from './route.ts';

export interface RouteExample {
  /** modelText of the question. */
  text: string;
  cues: readonly CueFamily[];
  product: boolean;
  weight?: number;
}

export type RouteFitOptions = FitOptions;

// The statistical layer's fit (model-fit.ts) but for rarer features kept and a lower prune (the file near 100 kB).
export const ROUTE_FIT_DEFAULTS: Readonly<RouteFitOptions> = Object.freeze({
  ...FIT_DEFAULTS,
  minCount: 3,
  prune: 0.05,
  seeds: 2,
});

interface Row {
  text: number[];
  cues: number[];
  scale: number;
}

/** One seeded AdaGrad run; its weights averaged over the epochs from averagedFrom(epochs) on. */
function fitOnce(rows: readonly Row[], examples: readonly RouteExample[], seen: Float64Array, o: RouteFitOptions) {
  const W = new Float64Array(seen.length);
  const G = new Float64Array(seen.length);
  const sumW = new Float64Array(seen.length);
  let b = 0;
  let Gb = 0;
  let sumB = 0;
  const from = averagedFrom(o.epochs);
  const order = examples.map((_, i) => i);
  const random = mulberry32(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const n of order) {
      const r = rows[n]!;
      const e = examples[n]!;
      let z = b;
      for (const f of r.text) z += W[f]! * r.scale;
      for (const f of r.cues) z += W[f]!;
      const g = (1 / (1 + Math.exp(-z)) - (e.product ? 1 : 0)) * (e.weight ?? 1);
      Gb += g * g;
      b -= (o.rate * g) / Math.sqrt(Gb + 1e-8);
      const step = (f: number, x: number) => {
        const gw = g * x + (o.l2 * W[f]!) / seen[f]!;
        G[f]! += gw * gw;
        W[f]! -= (o.rate * gw) / Math.sqrt(G[f]! + 1e-8);
      };
      for (const f of r.text) step(f, r.scale);
      for (const f of r.cues) step(f, 1);
    }
    if (epoch < from) continue;
    for (let i = 0; i < W.length; i++) sumW[i]! += W[i]!;
    sumB += b;
  }
  const n = o.epochs - from;
  for (let i = 0; i < W.length; i++) sumW[i]! /= n;
  return { W: sumW, b: sumB / n };
}

/** L2-regularised binary logistic regression by AdaGrad, averaged over seeded orders: the same data gives the same
 *  weights, and another seed nearly the same. */
export function fitRouteDecision(
  examples: readonly RouteExample[],
  thresholds: { product: number; unsure: number },
  options: Partial<RouteFitOptions> = {},
): RouteDecisionData {
  const o = { ...ROUTE_FIT_DEFAULTS, ...options };
  const lists = examples.map((e) => ({ text: modelFeatures(e.text), cues: cueFeatures(e.cues) }));
  const count = new Map<string, number>();
  for (const l of lists) for (const f of [...l.text, ...l.cues]) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count.keys()].filter((f) => count.get(f)! >= o.minCount).sort();
  const id = new Map(names.map((f, i) => [f, i]));
  const rows: Row[] = lists.map((l) => ({
    text: l.text.map((f) => id.get(f)).filter((i): i is number => i !== undefined),
    cues: l.cues.map((f) => id.get(f)).filter((i): i is number => i !== undefined),
    scale: 1 / Math.sqrt(Math.max(1, l.text.length)),
  }));
  const seen = new Float64Array(names.length);
  for (const r of rows) for (const f of [...r.text, ...r.cues]) seen[f]! += 1;
  // Averaged over seeded orders and over the second half of the epochs, as the statistical layer (model-fit.ts).
  const W = new Float64Array(names.length);
  let b = 0;
  for (let s = 0; s < o.seeds; s++) {
    const run = fitOnce(rows, examples, seen, { ...o, seed: o.seed + s });
    for (let i = 0; i < W.length; i++) W[i]! += run.W[i]! / o.seeds;
    b += run.b / o.seeds;
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  const features: Record<string, number> = {};
  names.forEach((f, i) => {
    const w = round(W[i]!);
    if (Math.abs(w) >= o.prune || f[0] === 'r') features[f] = w;
  });
  return { bias: round(b), features, ...thresholds };
}
