// Step 4: score entries against a question. TF-IDF cosine through the postings picks the few entries worth a
// closer look; fuse.js re-scores those fuzzily over their segmented variants; a logistic calibration turns the
// blended score into a confidence (≈ the probability that the entry answers the question, on the dev set).
import type { Locale } from '../content/topics.ts';
import type { FaqIndex, Postings } from './build.ts';
import { features, termWeight } from './build.ts';
import { normalizeQuestion } from './normalize.ts';
import { segment } from './segment.ts';

export interface ScoredEntry {
  /** Position in index.entries. */
  entry: number;
  /** TF-IDF cosine in 0..1 (best variant and whole entry, blended by config.variantShare). */
  lexical: number;
  /** 1 − fuse.js score of the best variant (0 when fuse.js found nothing), in 0..1. */
  fuzzy: number;
  /** Blend of lexical and fuzzy. */
  score: number;
  /** Calibrated confidence in 0..1. */
  confidence: number;
}

export interface SearchOptions {
  /** Only these entries (positions in index.entries); all when omitted. */
  among?: readonly number[];
  /** How many scored entries to return (best first). */
  limit?: number;
}

export interface QueryTerms {
  normalized: string;
  /** Feature → TF-IDF weight; features unknown to the index are kept (they lower the cosine: unseen words). */
  vector: Map<string, number>;
  norm: number;
  segmented: string;
}

/** The question as the index sees it. */
export function queryTerms(index: FaqIndex, question: string): QueryTerms {
  const normalized = normalizeQuestion(question, { brand: index.brandRe });
  const raw = features(normalized, index.config);
  const vector = new Map<string, number>();
  // An unseen feature gets the highest idf the index knows: a word no entry uses is evidence against all.
  const unseen = Math.log(1 + Math.max(1, index.entries.length));
  let sq = 0;
  for (const [k, tf] of raw) {
    const w = termWeight(k, tf, index.idf.get(k) ?? unseen, index.config);
    vector.set(k, w);
    sq += w * w;
  }
  return { normalized, vector, norm: Math.sqrt(sq) || 1, segmented: segment(normalized).join(' ') };
}

function dot(postings: Map<string, Postings>, q: QueryTerms, acc: Float64Array, touched: number[]): void {
  for (const [k, qw] of q.vector) {
    const p = postings.get(k);
    if (!p) continue;
    const { rows, weights } = p;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (acc[r] === 0) touched.push(r);
      acc[r] += qw * weights[i]!;
    }
  }
}

/** Best entries for a question, highest confidence first. */
export function searchFaq(index: FaqIndex, question: string | QueryTerms, options: SearchOptions = {}): ScoredEntry[] {
  const q = typeof question === 'string' ? queryTerms(index, question) : question;
  const { config } = index;
  const limit = options.limit ?? config.maxAlternatives + 1;
  if (q.vector.size === 0) return [];
  const allowed = options.among ? new Uint8Array(index.entries.length) : undefined;
  if (allowed) for (const e of options.among!) allowed[e] = 1;

  // Best variant per entry.
  const vAcc = new Float64Array(index.variantNorm.length);
  const vTouched: number[] = [];
  dot(index.variantPostings, q, vAcc, vTouched);
  const best = new Map<number, number>();
  for (const v of vTouched) {
    const e = index.variantEntry[v]!;
    if (allowed && !allowed[e]) continue;
    const cos = vAcc[v]! / (index.variantNorm[v]! * q.norm);
    if (cos > (best.get(e) ?? 0)) best.set(e, cos);
  }
  // The entry as a whole.
  const eAcc = new Float64Array(index.entryNorm.length);
  const eTouched: number[] = [];
  if (config.variantShare < 1) dot(index.entryPostings, q, eAcc, eTouched);

  const lexical: { entry: number; lexical: number }[] = [];
  for (const [e, cos] of best) {
    const whole = eAcc[e]! / (index.entryNorm[e]! * q.norm);
    lexical.push({ entry: e, lexical: config.variantShare * cos + (1 - config.variantShare) * whole });
  }
  lexical.sort((a, b) => b.lexical - a.lexical || a.entry - b.entry);

  const scored: ScoredEntry[] = lexical.slice(0, Math.max(limit, config.candidates)).map(({ entry, lexical }, i) => {
    let fuzzy = 0;
    if (config.fuseShare > 0 && i < config.candidates && q.segmented) {
      const hit = index.entries[entry]!.fuse.search(q.segmented, { limit: 1 })[0];
      fuzzy = hit ? 1 - (hit.score ?? 1) : 0;
    }
    const score = (1 - config.fuseShare) * lexical + config.fuseShare * fuzzy;
    return { entry, lexical, fuzzy, score, confidence: 0 };
  });
  scored.sort((a, b) => b.score - a.score || a.entry - b.entry);
  const { a, b, c } = config.calibration;
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!;
    const margin = s.score - (scored[i + 1]?.score ?? 0);
    s.confidence = 1 / (1 + Math.exp(-(a * s.score + b * (i === 0 ? margin : 0) + c)));
  }
  return scored.slice(0, limit);
}

export type { Locale };
