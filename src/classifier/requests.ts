// The similarity layer: scam REQUESTS per topic (content/scam-requests.yaml), as examples rather than exact
// phrases. Each clause of a message is scored against every example by weighted character n-grams (bigrams in
// Chinese, stemmed words in English — the FAQ's idea of grams, which survive a changed word or a reordering where a
// literal phrase does not): the share of an example's grams the clause holds, each gram weighted by how rare it is
// among all examples (so "给我" counts little and "验证" much).
import { z } from 'zod';
import { topicSchema } from '../content/schema-common.ts';
import type { TopicId } from '../content/topics.ts';
import { normalizeMessage, type VariantFolder } from './normalize-message.ts';

export const requestFileSchema = z.strictObject({
  topics: z.partialRecord(
    topicSchema,
    z.strictObject({
      /** Of the requests; openers (the scam's first lines, asking nothing yet) are always medium. */
      severity: z.enum(['medium', 'high']),
      requests: z.array(z.string().min(2)).min(1),
      openers: z.array(z.string().min(2)).optional(),
    }),
  ),
});

/** Calibrated on test/field/messages-dev.tsv with the phrase rules switched off: the similarity layer alone finds
 *  43 % of the dev scams at 0.45 and fires on no dev genuine message (see README, "What the classifier reads"). */
export const SIMILARITY = Object.freeze({
  /** Weighted share of an example's grams a clause must hold … */
  threshold: 0.45,
  /** … or share of the clause's own grams that one example holds (a short clause that is nearly all one example's
   *  words: "扫二维码还款"), with at least `clauseMinGrams` bigrams. */
  clauseThreshold: 0.8,
  clauseMinGrams: 4,
  /** And at least this many of its bigrams or English words (single characters alone prove little). */
  minGrams: 3,
});

interface Example {
  topic: TopicId;
  severity: 'medium' | 'high';
  text: string;
  grams: string[];
  total: number;
  /** How many of its grams are bigrams or words. */
  long: number;
}

export interface RequestIndex {
  examples: Example[];
  /** gram → example ids holding it. */
  postings: Map<string, number[]>;
  weight: Map<string, number>;
  /** Weight of a gram no example holds (the rarest possible). */
  unseenWeight: number;
}

// Chinese runs with digits inside ("收到的6位数字": a digit run reads as "#", so "6位" and "六位" meet), English words.
const RUN = /[\u3400-\u9fff#]+|[a-z]+/g;
const DIGITS = /\d+|[零一二两三四五六七八九十百千万](?=[位个元块万])/g;
const STOP_EN = new Set(
  'a an the to of and or for in on at is are be it this that you your yours me my i we us our will can could would please just now with from by as'.split(
    ' ',
  ),
);

function stemEn(w: string): string {
  return w.replace(/(ing|ed|es|s)$/, '') || w;
}

/** Distinct grams of normalised text: Chinese bigrams, English stemmed words (stop words left out). */
export function grams(text: string): string[] {
  const out = new Set<string>();
  for (const [run] of text.replace(DIGITS, '#').matchAll(RUN)) {
    if (run.charCodeAt(0) >= 0x3400) {
      // Bigrams keep word order; single characters (weighted by rarity like every gram) survive a reworded neighbour.
      for (let i = 0; i < run.length; i++) {
        if (run[i] !== '#') out.add(run[i]!);
        if (i + 1 < run.length) out.add(run.slice(i, i + 2));
      }
    } else if (!STOP_EN.has(run)) out.add(stemEn(run));
  }
  return [...out];
}

export function compileRequests(file: z.output<typeof requestFileSchema>, variants: VariantFolder): RequestIndex {
  const examples: Example[] = [];
  for (const [topic, entry] of Object.entries(file.topics)) {
    if (!entry) continue;
    const add = (text: string, severity: 'medium' | 'high') =>
      examples.push({
        topic: topic as TopicId,
        severity,
        text,
        grams: grams(normalizeMessage(text, variants)),
        total: 0,
        long: 0,
      });
    for (const text of entry.requests) add(text, entry.severity);
    for (const text of entry.openers ?? []) add(text, 'medium');
  }
  const df = new Map<string, number>();
  for (const e of examples) for (const g of e.grams) df.set(g, (df.get(g) ?? 0) + 1);
  const weight = new Map<string, number>();
  for (const [g, n] of df) weight.set(g, Math.log(1 + examples.length / n));
  const postings = new Map<string, number[]>();
  examples.forEach((e, id) => {
    e.total = e.grams.reduce((sum, g) => sum + weight.get(g)!, 0);
    e.long = e.grams.filter((g) => g.length > 1).length;
    for (const g of e.grams) {
      const list = postings.get(g);
      if (list) list.push(id);
      else postings.set(g, [id]);
    }
  });
  return { examples, postings, weight, unseenWeight: Math.log(1 + examples.length) };
}

export interface RequestMatch {
  topic: TopicId;
  severity: 'medium' | 'high';
  score: number;
}

/** The best-scoring example's topic for one clause (normalised), if it clears the threshold. */
export function matchRequest(clause: string, index: RequestIndex): RequestMatch | undefined {
  return matchGrams(grams(clause), index);
}

// Scratch sums per example, reused by every call (the classifier is synchronous): no allocation per clause.
const scratch = new WeakMap<RequestIndex, { w: Float64Array; n: Uint16Array; touched: number[] }>();

/** As matchRequest, for a clause's grams (distinct) computed by the caller. */
export function matchGrams(clauseGrams: readonly string[], index: RequestIndex): RequestMatch | undefined {
  let sc = scratch.get(index);
  if (!sc) {
    sc = { w: new Float64Array(index.examples.length), n: new Uint16Array(index.examples.length), touched: [] };
    scratch.set(index, sc);
  }
  const { w: sumW, n: sumN, touched } = sc;
  let clauseTotal = 0;
  for (const g of clauseGrams) {
    const ids = index.postings.get(g);
    if (!ids) {
      clauseTotal += index.unseenWeight;
      continue;
    }
    const w = index.weight.get(g)!;
    clauseTotal += w;
    const n = g.length > 1 ? 1 : 0;
    for (const id of ids) {
      if (sumW[id] === 0) touched.push(id);
      sumW[id]! += w;
      sumN[id]! += n;
    }
  }
  let best: RequestMatch | undefined;
  for (const id of touched) {
    const e = index.examples[id]!;
    const ofExample = sumW[id]! / e.total;
    const ofClause = sumW[id]! / clauseTotal;
    const enough =
      (sumN[id]! >= Math.min(SIMILARITY.minGrams, e.long) && ofExample >= SIMILARITY.threshold) ||
      (sumN[id]! >= SIMILARITY.clauseMinGrams && ofClause >= SIMILARITY.clauseThreshold);
    const score = Math.max(ofExample, ofClause);
    if (enough && (!best || score > best.score)) best = { topic: e.topic, severity: e.severity, score };
    sumW[id] = 0;
    sumN[id] = 0;
  }
  touched.length = 0;
  return best;
}
