// The product/fraud decision as a fitted model. The rules (route.ts) name cues someone wrote down and were tuned on
// the batches they were written against; on a new writer's batch they sent product questions to scam answers. So a
// question the rules would rank as fraud is read once more by a binary logistic regression — P(product) over the
// statistical layer's features (model.ts: character 1–3-grams, Latin words, concept ids) plus the route lexicon's
// cue families (which of product / own / official / contact / request / doubt / risk / context it holds) — fitted
// on dev data and the product probe table by `npm run faq:fit` (route-fit.ts → route-decision.generated.ts). Two thresholds,
// chosen on predictions cross-validated by batch with a product question answered as a scam as the costly error:
// from `product` up the question is a product question; between `unsure` and `product` the answer is the product
// reply with a caution line (safe whether it was an account question or someone else raised the subject), never a
// scam verdict; below `unsure` it is ranked as fraud. Pure; one trie walk per question (model-scan.ts).
import { type CompiledModel, compileWeights, type ScanText, scanLogits } from './model-scan.ts';
import { latinWords, modelFeatures } from './model.ts';
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
export function productProbability(
  m: RouteDecisionModel,
  normalized: string | ScanText,
  cues: readonly CueFamily[],
): number {
  let z = scanLogits(m.compiled, m.bias, normalized)?.[0];
  if (z === undefined) {
    const fs = modelFeatures(typeof normalized === 'string' ? normalized : normalized.text);
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
