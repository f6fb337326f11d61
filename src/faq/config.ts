// Every tunable of the FAQ matcher in one frozen object (like fuse.js's Config), grouped by concern.
// Calibrated on test/faq/dev-set.yaml; the comments give the measurements behind each number
// (re-run `node --import tsx bench/faq.ts --calibrate` after content or dev-set changes).
import type { IFuseOptions } from 'fuse.js';

export interface FaqConfig {
  // ── candidates: TF-IDF cosine over words and character grams, through postings (cheap at 10k entries) ──
  /** Weight of jieba words / English stems in the term vectors. */
  wordWeight: number;
  /** Weight of character grams (zh bigrams, en trigrams): typo and segmentation tolerance. */
  gramWeight: number;
  /** Share of an entry's lexical score taken from its best single variant; the rest from all variants together. */
  variantShare: number;
  /** Entries kept for the topic signals (agreement, support). */
  candidates: number;

  // ── fuzzy tie-break with fuse.js ──
  /** At most this many leading entries are re-ranked with fuse.js (each against its own variants, index built once). */
  fuseCandidates: number;
  /** …and only those within this lexical distance of the best: fuse.js settles near ties, it costs ~0.1 ms an entry. */
  fuseMargin: number;
  /** fuse.js options for that re-ranking (token search over the segmented variants). */
  fuse: IFuseOptions<unknown>;
  /** Share of fuse.js in the re-ranking key of near ties (the rest is the lexical score). 0 disables fuse.js. */
  fuseShare: number;

  // ── confidence: logistic regression on the signals of an entry, fitted on the dev set ──
  /** Additive smoothing of the per-topic word counts behind topicFit. */
  topicSmoothing: number;
  calibration: {
    /** × lexical score (0..1). */
    lexical: number;
    /** × share of the candidates' score on entries sharing a topic with this one (0..1). */
    agree: number;
    /** × summed score of the other candidates sharing a topic with this one. */
    support: number;
    /** × log-likelihood ratio of the question's words under this entry's topic vs. the whole FAQ. */
    topicFit: number;
    bias: number;
  };
  /** Below this confidence: no match (`match: null`, honest fallback). */
  threshold: number;
  /** From this confidence up the answer is given straight; between threshold and high it asks "did you mean". */
  high: number;
  /** Alternatives returned (and offered as "did you mean") at most. */
  maxAlternatives: number;
  /** An alternative must reach this confidence to be offered at all. */
  alternativeFloor: number;
}

export const FAQ_DEFAULTS: Readonly<FaqConfig> = Object.freeze({
  wordWeight: 1,
  gramWeight: 0.5,
  variantShare: 0.5,
  candidates: 10,

  fuseCandidates: 2,
  fuseMargin: 0.02,
  fuse: Object.freeze({ ignoreLocation: true, includeScore: true, useTokenSearch: true, threshold: 0.4 }),
  fuseShare: 0.2,

  topicSmoothing: 0.5,
  calibration: Object.freeze({ lexical: 9, agree: 3, support: 2, topicFit: 0.3, bias: -6 }),
  threshold: 0.5,
  high: 0.8,
  maxAlternatives: 3,
  alternativeFloor: 0.2,
});

export function faqConfig(overrides: Partial<FaqConfig> = {}): Readonly<FaqConfig> {
  return Object.freeze({ ...FAQ_DEFAULTS, ...overrides });
}
