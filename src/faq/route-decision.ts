// The product/fraud decision as a fitted model. The rules (route.ts) name cues someone wrote down and were tuned on
// the batches they were written against; on a new writer's batch they sent product questions to scam answers. So a
// question the rules would rank as fraud is read once more by a binary logistic regression — P(product) over the
// statistical layer's features (model.ts: character 1–3-grams, Latin words, concept ids) plus the route lexicon's
// cue families (which of product / own / official / contact / request / doubt / risk / context it holds) — fitted
// on dev data and the product probe table by `npm run faq:fit` (route-decision.generated.ts). Two thresholds,
// chosen on predictions cross-validated by batch with a product question answered as a scam as the costly error:
// from `product` up the question is a product question; between `unsure` and `product` the answer is the product
// reply with a caution line (safe whether it was an account question or someone else raised the subject), never a
// scam verdict; below `unsure` it is ranked as fraud. Pure; one trie walk per question (model-scan.ts).
import { type CompiledModel, compileWeights, scanLogits } from './model-scan.ts';
import { latinWords, modelFeatures } from './model.ts';
import { FIT_DEFAULTS, type FitOptions } from './model-fit.ts';
import { mulberry32, shuffleInPlace } from '../content/prng.ts';
import type { CueFamily } from './route.ts';

/** As the generated file stores it. */
export interface RouteDecisionData {
  bias: number;
  /** Text features (modelFeatures' names) and cue families (`r<family>`) → weight. */
  features: Readonly<Record<string, number>>;
  /** From here up: product. */
  product: number;
  /** From here up to `product`: the product reply with the caution line. */
  unsure: number;
}

export interface RouteDecisionModel {
  data: RouteDecisionData;
  compiled: CompiledModel;
  /** Text features' weights (the string path, for text the scanner does not take). */
  text: Map<string, number>;
  cues: Map<string, number>;
  bias: Float64Array;
}

export type ProductCall = 'product' | 'unsure' | 'fraud';

const ONE = Uint8Array.of(0);

export function loadRouteDecision(data: RouteDecisionData): RouteDecisionModel {
  const text = new Map<string, number>();
  const cues = new Map<string, number>();
  for (const [f, w] of Object.entries(data.features)) (f[0] === 'r' ? cues : text).set(f, w);
  const weights = new Map([...text].map(([f, w]) => [f, { classes: ONE, values: Float64Array.of(w) }]));
  return { data, compiled: compileWeights(weights), text, cues, bias: Float64Array.of(data.bias) };
}

/** Cue families as features (unscaled: one each, like a bias per family). */
export const cueFeatures = (cues: readonly CueFamily[]): string[] => cues.map((c) => `r${c}`);

/**
 * P(product) for a question normalised like the model's text (modelText) holding `cues`. Text features are scaled
 * by 1/√(their count) as in model.ts; cue features are not.
 */
export function productProbability(m: RouteDecisionModel, normalized: string, cues: readonly CueFamily[]): number {
  let z = scanLogits(m.compiled, m.bias, normalized)?.[0];
  if (z === undefined) {
    const fs = modelFeatures(normalized);
    const scale = 1 / Math.sqrt(Math.max(1, fs.length));
    z = m.data.bias + fs.reduce((s, f) => s + (m.text.get(f) ?? 0) * scale, 0);
  }
  for (const f of cueFeatures(cues)) z += m.cues.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Whether the decision has read most of the question's Latin words (all of them count when it holds none): a text of
 * made-up words ("zqey mki qz") gets no call, since a fit on product and fraud questions alone would still lean one way.
 */
export function readsLatinWords(m: RouteDecisionModel, normalized: string): boolean {
  const words = latinWords(normalized);
  if (!words.length) return true;
  let known = 0;
  for (const w of words) if (m.text.has(`w${w}`)) known++;
  return known * 2 >= words.length;
}

export function productCall(m: RouteDecisionModel, p: number): ProductCall {
  return p >= m.data.product ? 'product' : p >= m.data.unsure ? 'unsure' : 'fraud';
}

export interface RouteExample {
  /** modelText of the question. */
  text: string;
  cues: readonly CueFamily[];
  product: boolean;
  weight?: number;
}

export type RouteFitOptions = FitOptions;

// The statistical layer's fit (model-fit.ts) but for rarer features kept and a lower prune (the file near 100 kB).
export const ROUTE_FIT_DEFAULTS: Readonly<RouteFitOptions> = Object.freeze({ ...FIT_DEFAULTS, minCount: 3, prune: 0.05 });

/** L2-regularised binary logistic regression by AdaGrad in a seeded order: the same data gives the same weights. */
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
  const rows = lists.map((l) => ({
    text: l.text.map((f) => id.get(f)).filter((i): i is number => i !== undefined),
    cues: l.cues.map((f) => id.get(f)).filter((i): i is number => i !== undefined),
    scale: 1 / Math.sqrt(Math.max(1, l.text.length)),
  }));
  const W = new Float64Array(names.length);
  const G = new Float64Array(names.length);
  const seen = new Float64Array(names.length);
  for (const r of rows) for (const f of [...r.text, ...r.cues]) seen[f]! += 1;
  let b = 0;
  let Gb = 0;
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
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  const features: Record<string, number> = {};
  names.forEach((f, i) => {
    const w = round(W[i]!);
    if (Math.abs(w) >= o.prune || f[0] === 'r') features[f] = w;
  });
  return { bias: round(b), features, ...thresholds };
}
