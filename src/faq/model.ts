// A statistical layer beside the rules: a multinomial logistic regression over the question's character 1–3-grams,
// its Latin words and the concept ids of the bilingual lexicon (concepts.ts), predicting one of the fraud topics or
// product / smalltalk / other. Rules and the lexicon know the words someone wrote down; the model generalises to
// wording nobody listed (new writers' paraphrases). Weights: model.generated.ts, fitted by `npm run faq:fit`
// (model-fit.ts) on dev data only. Pure; ~20 µs per question.
import { TOPIC_IDS, type TopicId } from '../content/topics.ts';
import { type CompiledModel, compileWeights, conceptIds, type ScanText, scanLogits } from './model-scan.ts';

/** What the model predicts: a fraud topic, or one of the routes that are not fraud. */
export type ModelClass = TopicId | 'product' | 'smalltalk' | 'other';
export const MODEL_CLASSES: readonly ModelClass[] = [...TOPIC_IDS, 'product', 'smalltalk', 'other'];

/** Weights as the generated file stores them: per feature, flat [class, weight, class, weight, …]. */
export interface ModelData {
  classes: readonly string[];
  bias: readonly number[];
  features: Readonly<Record<string, readonly number[]>>;
}

export interface FaqModel {
  classes: readonly ModelClass[];
  bias: Float64Array;
  /** Feature → the classes it moves and by how much (pruned: only weights that matter). */
  weights: Map<string, { classes: Uint8Array; values: Float64Array }>;
  /** The same weights for scanning a question without strings (model-scan.ts); made on first use when absent. */
  compiled?: CompiledModel;
}

export interface ModelPrediction {
  /** P(class) for every class of the model, in model.classes order. */
  probs: Float64Array;
  /** P(fraud) = the topics' probabilities summed. */
  fraud: number;
  product: number;
  smalltalk: number;
  other: number;
  /** P(topic | fraud) for the topics the model knows. */
  topic: Map<TopicId, number>;
}

// Concept ids (model-scan.ts CONCEPT_ID): the lexicon's Chinese and English words both name the concept, so a zh and
// an en question about the same thing share a feature (normalisation has already turned every English form into the
// concept's word).
const LATIN = /[a-z0-9]+/g;

/** The Latin words (and digit runs) of a normalised text, as the model's `w` features read them. */
export const latinWords = (normalized: string): string[] => normalized.match(LATIN) ?? [];

/**
 * The model's features of a question normalised with normalizeQuestion(…, { keepFillers: true }) (fillers such as
 * "是不是骗子" are evidence for fraud against product): g<1–3 characters> (spaces included, so word edges count),
 * w<Latin word>, c<concept number>. Each once.
 */
export function modelFeatures(normalized: string): string[] {
  const out = new Set<string>();
  const s = ` ${normalized} `;
  for (let i = 0; i < s.length; i++) {
    for (let n = 1; n <= 3 && i + n <= s.length; n++) {
      const g = s.slice(i, i + n);
      if (g.trim()) out.add(`g${g}`);
    }
  }
  for (const w of latinWords(normalized)) out.add(`w${w}`);
  for (const id of conceptIds(normalized)) out.add(`c${id}`);
  return [...out];
}

/** The generated data as the runtime uses it; classes not in MODEL_CLASSES (renamed topics) are an error. */
export function loadModel(data: ModelData): FaqModel {
  const classes = data.classes.map((c) => {
    if (!MODEL_CLASSES.includes(c as ModelClass)) throw new Error(`model class "${c}" is not a topic or route`);
    return c as ModelClass;
  });
  const weights = new Map<string, { classes: Uint8Array; values: Float64Array }>();
  for (const [f, flat] of Object.entries(data.features)) {
    const n = flat.length / 2;
    const cls = new Uint8Array(n);
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      cls[i] = flat[2 * i]!;
      values[i] = flat[2 * i + 1]!;
    }
    weights.set(f, { classes: cls, values });
  }
  return { classes, bias: Float64Array.from(data.bias), weights, compiled: compileWeights(weights) };
}

/** Softmax over the classes for a feature list (the fitter uses it too: one definition of the model). */
export function classProbs(model: FaqModel, features: readonly string[]): Float64Array {
  const z = Float64Array.from(model.bias);
  // Binary features, scaled so a long story and a short question weigh alike.
  const scale = 1 / Math.sqrt(Math.max(1, features.length));
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let i = 0; i < w.classes.length; i++) z[w.classes[i]!]! += w.values[i]! * scale;
  }
  return softmax(z);
}

/** classProbs(model, modelFeatures(normalized)), the same numbers, read without a string per feature. */
export function textProbs(model: FaqModel, normalized: string | ScanText): Float64Array {
  model.compiled ??= compileWeights(model.weights);
  const z = scanLogits(model.compiled, model.bias, normalized);
  return z
    ? softmax(z)
    : classProbs(model, modelFeatures(typeof normalized === 'string' ? normalized : normalized.text));
}

function softmax(z: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - max);
    sum += z[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k]! /= sum;
  return z;
}

/** The model's reading of a normalised question (see modelFeatures for the normalisation). */
export function predict(model: FaqModel, normalized: string | ScanText): ModelPrediction {
  const probs = textProbs(model, normalized);
  const p: ModelPrediction = { probs, fraud: 0, product: 0, smalltalk: 0, other: 0, topic: new Map() };
  model.classes.forEach((c, k) => {
    if (c === 'product' || c === 'smalltalk' || c === 'other') p[c] = probs[k]!;
    else p.fraud += probs[k]!;
  });
  model.classes.forEach((c, k) => {
    if (c !== 'product' && c !== 'smalltalk' && c !== 'other') p.topic.set(c, probs[k]! / (p.fraud || 1));
  });
  return p;
}
