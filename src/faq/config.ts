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
  /** Weight of English word pairs ("safe account" vs "account safe"); 0 leaves them out. */
  phraseWeight: number;
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
  /** Additive smoothing of the per-topic word counts behind topicFit (0.2–1 measured within 1 point). */
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
    /** × share of the question's word weight on words the FAQ knows at all (off-topic text is mostly unknown). */
    known: number;
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
  // Grams at half weight: top-1 93.8 % without grams, 94.6 % at 0.5, 93.8 % at 1 (no fuse.js).
  wordWeight: 1,
  gramWeight: 0.5,
  phraseWeight: 0.5,
  // 0.5: top-1 94.6 %; best variant only (1): 91.1 %; 0.7: 92.3 %. Adding the answers' words hurt (−1 to −8 points
  // answered right), so entries are described by their question variants only.
  variantShare: 0.5,
  // Voters for agree/support: 10 gave 84 % answered right at ≤ 10 % false matches, 5 gave 78 %.
  candidates: 10,

  // fuse.js on every top-3 entry: top-1 95.4 % (vs 94.6 % without) but p95 ~1 ms on the real corpus;
  // on near ties only (≤ 0.02 apart, 2 entries) the same 95.4 % at a fraction of the cost.
  fuseCandidates: 2,
  fuseMargin: 0.02,
  fuse: Object.freeze({ ignoreLocation: true, includeScore: true, useTokenSearch: true, threshold: 0.4 }),
  fuseShare: 0.2,

  topicSmoothing: 0.5,
  // Fitted by `bench/faq.ts --calibrate` on the dev set (133 entries, 259 questions + 49 out of scope). Per
  // threshold, share of questions answered with the right topic / of out-of-scope questions answered:
  //   0.50 → 92.3 % / 14.3 %   0.60 → 90.0 % / 14.3 %   0.75 → 84.9 % / 10.2 %   0.81 → 83.8 % / 6.1 %
  //   0.85 → 80.3 % / 4.1 %    0.95 → 66.0 % / 2.0 %
  // 5-fold cross-validation of the fit + threshold choice: 83.0 % answered right, 10.4 % false matches.
  // Most remaining false matches are loan-service questions the content does answer (changing the bound phone).
  calibration: Object.freeze({ lexical: 11.788, agree: 3.58, support: 3.694, topicFit: 0.175, known: 4.496, bias: -9.485 }),
  // The best share answered right with false matches ≤ 9 % (the limit is 10 %).
  threshold: 0.81,
  // Answers at or above this are right ≥ 97 % of the time on the dev set; below it the bot says "did you mean".
  high: 0.85,
  maxAlternatives: 3,
  // Lower-confidence entries are not offered even as alternatives: a choice list of strays is a random answer.
  alternativeFloor: 0.3,
});

export function faqConfig(overrides: Partial<FaqConfig> = {}): Readonly<FaqConfig> {
  return Object.freeze({ ...FAQ_DEFAULTS, ...overrides });
}
