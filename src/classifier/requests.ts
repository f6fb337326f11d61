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
  /** The same, by gram number (gramIds): what matchGramIds reads. */
  compiled: CompiledGrams;
}

/** The examples' grams numbered 0…count-1, with flat arrays for the scoring loop (no string hashing per clause). */
interface CompiledGrams {
  count: number;
  /** A Chinese character or bigram (gramKey) → its number. */
  byKey: Map<number, number>;
  /** Any other gram (an English word, a run starting with a digit) → its number. */
  byText: Map<string, number>;
  weight: Float64Array;
  /** 1 for a bigram or word, 0 for a single character. */
  long: Uint8Array;
  /** Example ids holding gram g: ids[start[g]] … ids[start[g + 1] - 1]. */
  start: Int32Array;
  ids: Int32Array;
  /** Per example: its total weight, and the bigrams or words it needs in common (min(minGrams, long)). */
  total: Float64Array;
  minLong: Int32Array;
}

// Chinese characters (U+3400–U+9FFF) and "#" (a digit run) as numbers 0…0x6c00; a bigram as a pair of them above
// 0x8000: every key is a small integer.
const HASH = 0x23;
function unit(c: number): number {
  return c === HASH ? 0 : c - 0x3400 + 1;
}
const isRunChar = (c: number) => c === HASH || (c >= 0x3400 && c <= 0x9fff);
function gramKey(gram: string): number | undefined {
  const a = gram.charCodeAt(0);
  if (gram.length === 1 && a !== HASH && isRunChar(a)) return unit(a);
  if (gram.length === 2 && isRunChar(a) && isRunChar(gram.charCodeAt(1))) return bigramKey(a, gram.charCodeAt(1));
  return undefined;
}
function bigramKey(a: number, b: number): number {
  return 0x8000 + unit(a) * 0x8000 + unit(b);
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
  return { examples, postings, weight, unseenWeight: Math.log(1 + examples.length), compiled: compile(examples, postings, weight) };
}

function compile(examples: readonly Example[], postings: Map<string, number[]>, weights: Map<string, number>): CompiledGrams {
  const count = postings.size;
  const byKey = new Map<number, number>();
  const byText = new Map<string, number>();
  const weight = new Float64Array(count);
  const long = new Uint8Array(count);
  const start = new Int32Array(count + 1);
  const ids: number[] = [];
  let g = 0;
  for (const [gram, list] of postings) {
    const key = gramKey(gram);
    if (key === undefined) byText.set(gram, g);
    else byKey.set(key, g);
    weight[g] = weights.get(gram)!;
    long[g] = gram.length > 1 ? 1 : 0;
    start[g] = ids.length;
    ids.push(...list);
    g++;
  }
  start[count] = ids.length;
  return {
    count,
    byKey,
    byText,
    weight,
    long,
    start,
    ids: Int32Array.from(ids),
    total: Float64Array.from(examples, (e) => e.total),
    minLong: Int32Array.from(examples, (e) => Math.min(SIMILARITY.minGrams, e.long)),
  };
}

export interface RequestMatch {
  topic: TopicId;
  severity: 'medium' | 'high';
  score: number;
}

/** The best-scoring example's topic for one clause (normalised), if it clears the threshold. */
export function matchRequest(clause: string, index: RequestIndex): RequestMatch | undefined {
  return matchGramIds(GramReader.for(index).read(clause), index);
}

/** As matchRequest, for a clause's grams (distinct, as grams() returns them) computed by the caller. */
export function matchGrams(clauseGrams: readonly string[], index: RequestIndex): RequestMatch | undefined {
  const { count, byKey, byText } = index.compiled;
  // Grams no example holds get numbers from `count` up, one each (the list is distinct).
  const ids = clauseGrams.map((g, i) => {
    const key = gramKey(g);
    return (key === undefined ? byText.get(g) : byKey.get(key)) ?? count + i;
  });
  return matchGramIds(Int32Array.from(ids), index);
}

/**
 * A message's clauses as lists of gram numbers, in the order grams() lists their grams. A gram no example holds
 * gets a number from `count` up, the same one for the same gram throughout the message (so a pair of clauses
 * counts a shared gram once). One reader per message.
 */
export class GramReader {
  private readonly compiled: CompiledGrams;
  private readonly unseenKeys = new Map<number, number>();
  private readonly unseenTexts = new Map<string, number>();
  private stamp: Uint32Array;
  private generation = 0;

  constructor(index: RequestIndex) {
    this.compiled = index.compiled;
    this.stamp = new Uint32Array(this.compiled.count + 64);
  }

  /** The reader of this index, reset for a new message (one per index: the classifier is synchronous). */
  static for(index: RequestIndex): GramReader {
    let reader = readers.get(index);
    if (!reader) {
      reader = new GramReader(index);
      readers.set(index, reader);
    }
    reader.unseenKeys.clear();
    reader.unseenTexts.clear();
    return reader;
  }

  private nextUnseen(): number {
    return this.compiled.count + this.unseenKeys.size + this.unseenTexts.size;
  }

  private byKey(key: number): number {
    let id = this.compiled.byKey.get(key) ?? this.unseenKeys.get(key);
    if (id === undefined) {
      id = this.nextUnseen();
      this.unseenKeys.set(key, id);
    }
    return id;
  }

  private byText(gram: string): number {
    const key = gramKey(gram);
    if (key !== undefined) return this.byKey(key);
    let id = this.compiled.byText.get(gram) ?? this.unseenTexts.get(gram);
    if (id === undefined) {
      id = this.nextUnseen();
      this.unseenTexts.set(gram, id);
    }
    return id;
  }

  /** Start a distinct list. */
  private begin(): void {
    if (this.stamp.length < this.nextUnseen() + 1) {
      const grown = new Uint32Array(2 * (this.nextUnseen() + 1));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    this.generation++;
  }

  private add(out: number[], id: number): void {
    if (id >= this.stamp.length) this.begin(); // grown mid-list: the new slots are unstamped, as they should be
    if (this.stamp[id] === this.generation) return;
    this.stamp[id] = this.generation;
    out.push(id);
  }

  /** The distinct grams of a normalised clause (see grams()), as numbers. */
  read(clause: string): Int32Array {
    const t = clause.replace(DIGITS, '#');
    const out: number[] = [];
    this.begin();
    const n = t.length;
    let i = 0;
    while (i < n) {
      const c = t.charCodeAt(i);
      let j = i + 1;
      if (isRunChar(c)) {
        while (j < n && isRunChar(t.charCodeAt(j))) j++;
        if (c === HASH) {
          // A run that starts with a digit is read as one word (grams() does the same).
          this.add(out, this.byText(t.slice(i, j)));
        } else {
          for (let k = i; k < j; k++) {
            const a = t.charCodeAt(k);
            if (a !== HASH) this.add(out, this.byKey(unit(a)));
            if (k + 1 < j) this.add(out, this.byKey(bigramKey(a, t.charCodeAt(k + 1))));
          }
        }
      } else if (c >= 0x61 && c <= 0x7a) {
        while (j < n && t.charCodeAt(j) >= 0x61 && t.charCodeAt(j) <= 0x7a) j++;
        const word = t.slice(i, j);
        if (!STOP_EN.has(word)) this.add(out, this.byText(stemEn(word)));
      }
      i = j;
    }
    return Int32Array.from(out);
  }

  /** Two lists joined, each gram once, in order. */
  union(a: Int32Array, b: Int32Array): Int32Array {
    const out: number[] = [];
    this.begin();
    for (const id of a) this.add(out, id);
    for (const id of b) this.add(out, id);
    return Int32Array.from(out);
  }
}

const readers = new WeakMap<RequestIndex, GramReader>();

// Scratch sums per example, reused by every call (the classifier is synchronous): no allocation per clause.
const scratch = new WeakMap<RequestIndex, { w: Float64Array; n: Uint16Array; touched: number[] }>();

/** The best-scoring example for a clause's gram numbers (GramReader): the sums run in the clause's gram order, so
 *  the scores are the same to the last bit as scoring the grams by name. */
export function matchGramIds(clauseGrams: Int32Array, index: RequestIndex): RequestMatch | undefined {
  let sc = scratch.get(index);
  if (!sc) {
    sc = { w: new Float64Array(index.examples.length), n: new Uint16Array(index.examples.length), touched: [] };
    scratch.set(index, sc);
  }
  const { w: sumW, n: sumN, touched } = sc;
  const { count, weight, long, start, ids, total, minLong } = index.compiled;
  let clauseTotal = 0;
  for (let k = 0; k < clauseGrams.length; k++) {
    const g = clauseGrams[k]!;
    if (g >= count) {
      clauseTotal += index.unseenWeight;
      continue;
    }
    const w = weight[g]!;
    clauseTotal += w;
    const n = long[g]!;
    for (let p = start[g]!, end = start[g + 1]!; p < end; p++) {
      const id = ids[p]!;
      if (sumW[id] === 0) touched.push(id);
      sumW[id]! += w;
      sumN[id]! += n;
    }
  }
  let best: RequestMatch | undefined;
  for (let t = 0; t < touched.length; t++) {
    const id = touched[t]!;
    const n = sumN[id]!;
    // Too few bigrams or words in common for either test: not a match, whatever the weights.
    if (n >= minLong[id]! || n >= SIMILARITY.clauseMinGrams) {
      const ofExample = sumW[id]! / total[id]!;
      const ofClause = sumW[id]! / clauseTotal;
      const enough =
        (n >= minLong[id]! && ofExample >= SIMILARITY.threshold) ||
        (n >= SIMILARITY.clauseMinGrams && ofClause >= SIMILARITY.clauseThreshold);
      const score = Math.max(ofExample, ofClause);
      if (enough && (!best || score > best.score)) {
        const e = index.examples[id]!;
        best = { topic: e.topic, severity: e.severity, score };
      }
    }
    sumW[id] = 0;
    sumN[id] = 0;
  }
  touched.length = 0;
  return best;
}
