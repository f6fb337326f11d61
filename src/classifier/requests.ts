// The similarity layer: scam REQUESTS per topic (content/scam-requests.yaml), as examples rather than exact
// phrases. Each clause of a message is scored against every example by weighted character n-grams (bigrams in
// Chinese, stemmed words in English — the FAQ's idea of grams, which survive a changed word or a reordering where a
// literal phrase does not): the share of an example's grams the clause holds, each gram weighted by how rare it is
// among all examples (so "给我" counts little and "验证" much).
import { z } from 'zod';
import { topicSchema } from '../content/schema-common.ts';
import type { TopicId } from '../content/topics.ts';
import { normalizeMessage, type VariantFolder } from './normalize-message.ts';
import { FILTER_BYTES, mayHold, setProbeBit } from './probe-filter.ts';
import { charBits, hasBit } from '../content/char-bits.ts';
import { byId, idTable } from './unit-ids.ts';

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
  byKey: KeyTable;
  /** A single Chinese character's number by its unit's dense id (unit-ids.ts), -1 for one in no example: an array
   *  read per character, not byKey's probe. */
  singles: Int32Array;
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
  /** Which grams each example holds: bit g of row e (`words` 32-bit words per row). */
  holds: Uint32Array;
  words: number;
  /** Examples that need no bigram or word in common (none of bigrams or words of their own): always scored. */
  noLong: Int32Array;
  /** The fewest bigrams or words in common any example can be a candidate with (0 when some example is noLong). */
  fewestLong: number;
  /** Scratch per example, reused by every call (the classifier is synchronous): no allocation per clause. */
  scratch: { n: Uint16Array; touched: Int32Array; candidates: Int32Array; first: Int32Array; w: Float64Array };
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

/** A word without its English ending (ing, ed, es or s; the longest that ends it: what `/(ing|ed|es|s)$/` removes),
 *  or the word itself when nothing would be left. Read off the end, not by a regular expression that tries every
 *  position of every word of a clause. */
function stemEn(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  let cut = 0;
  if (n >= 3 && last === 0x67 && w.charCodeAt(n - 2) === 0x6e && w.charCodeAt(n - 3) === 0x69) cut = 3;
  else if (n >= 2 && (last === 0x64 || last === 0x73) && w.charCodeAt(n - 2) === 0x65) cut = 2;
  else if (last === 0x73) cut = 1;
  return cut === n ? w : w.slice(0, n - cut);
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
  return {
    examples,
    postings,
    weight,
    unseenWeight: Math.log(1 + examples.length),
    compiled: compile(examples, postings, weight),
  };
}

function compile(
  examples: readonly Example[],
  postings: Map<string, number[]>,
  weights: Map<string, number>,
): CompiledGrams {
  const count = postings.size;
  const keyed: [number, number][] = [];
  const byText = new Map<string, number>();
  const weight = new Float64Array(count);
  const long = new Uint8Array(count);
  const start = new Int32Array(count + 1);
  const ids: number[] = [];
  let g = 0;
  for (const [gram, list] of postings) {
    const key = gramKey(gram);
    if (key === undefined) byText.set(gram, g);
    else keyed.push([key, g]);
    weight[g] = weights.get(gram)!;
    long[g] = gram.length > 1 ? 1 : 0;
    start[g] = ids.length;
    ids.push(...list);
    g++;
  }
  start[count] = ids.length;
  const words = (count + 31) >>> 5;
  const holds = new Uint32Array(examples.length * words);
  for (let gram = 0; gram < count; gram++) {
    for (let p = start[gram]!; p < start[gram + 1]!; p++) holds[ids[p]! * words + (gram >>> 5)]! |= 1 << (gram & 31);
  }
  return {
    count,
    byKey: new KeyTable(keyed),
    // (A single character's key is unit(c) = c - 0x3400 + 1; bigrams' keys start at 0x8000, "#" alone has none.)
    singles: idTable(
      keyed.filter(([key]) => key < 0x8000).map(([key, g]): [number, number] => [key + 0x3400 - 1, g]),
      -1,
    ),
    byText,
    weight,
    long,
    start,
    ids: Int32Array.from(ids),
    total: Float64Array.from(examples, (e) => e.total),
    minLong: Int32Array.from(examples, (e) => Math.min(SIMILARITY.minGrams, e.long)),
    holds,
    words,
    noLong: Int32Array.from(examples.flatMap((e, id) => (e.long === 0 ? [id] : []))),
    fewestLong: Math.min(
      SIMILARITY.clauseMinGrams,
      ...examples.map((e) => (e.long === 0 ? 0 : Math.min(SIMILARITY.minGrams, e.long))),
    ),
    scratch: {
      n: new Uint16Array(examples.length),
      // (Typed, with a count per call: an array emptied by `length = 0` loses its store and grows it again.)
      touched: new Int32Array(examples.length),
      candidates: new Int32Array(examples.length),
      first: new Int32Array(examples.length),
      w: new Float64Array(examples.length),
    },
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
    return (key === undefined ? byText.get(g) : byKey.get(key)) ?? count + TEXT_BASE + i;
  });
  return matchGramIds(ids, index);
}

/** Gram key → gram number, open addressing in two flat arrays: the lookup done for every character and bigram of
 *  every clause. */
class KeyTable {
  /** Key and value side by side (one cache line per probe); key -1: empty. */
  private readonly slots: Int32Array;
  /** May the table hold a key (probe-filter.ts)? Most of a clause's bigrams are in no example. */
  private readonly filter = new Uint8Array(FILTER_BYTES);
  private readonly mask: number;

  constructor(entries: readonly [number, number][]) {
    let size = 16;
    // One slot in two used (32 KB): the filter turns away most of a clause's bigrams, which are in no example.
    while (size < entries.length * 2) size *= 2;
    this.slots = new Int32Array(2 * size).fill(-1);
    this.mask = size - 1;
    for (const [key, value] of entries) {
      let h = slot(key, this.mask);
      while (this.slots[2 * h] !== -1) h = (h + 1) & this.mask;
      this.slots[2 * h] = key;
      this.slots[2 * h + 1] = value;
      setProbeBit(this.filter, key, 0);
    }
  }

  get(key: number): number | undefined {
    if (!mayHold(this.filter, key, 0)) return undefined;
    let h = slot(key, this.mask);
    for (let k = this.slots[2 * h]!; k !== -1; k = this.slots[2 * h]!) {
      if (k === key) return this.slots[2 * h + 1];
      h = (h + 1) & this.mask;
    }
    return undefined;
  }
}

function slot(n: number, mask: number): number {
  return (Math.imul(n, 0x9e3779b1) >>> 16) & mask;
}

/** Distinct numbers of one list, for the grams no example holds (their numbers are too large to index an array). */
class NumberSet {
  private keys = new Int32Array(256);
  private marks = new Uint32Array(256);
  private generation = 1;
  private size = 0;

  clear(): void {
    this.generation++;
    this.size = 0;
    if (this.generation === 0xffffffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
  }

  /** Adds n; false when it was there already. */
  add(n: number): boolean {
    if (this.size * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let h = slot(n, mask);
    while (this.marks[h] === this.generation) {
      if (this.keys[h] === n) return false;
      h = (h + 1) & mask;
    }
    this.marks[h] = this.generation;
    this.keys[h] = n;
    this.size++;
    return true;
  }

  private grow(): void {
    const { keys, marks, generation } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.marks = new Uint32Array(keys.length * 2);
    this.generation = 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (marks[i] === generation) this.add(keys[i]!);
  }
}

// Per UTF-16 unit: 1 a numeral read before a unit word, 2 a unit word (a table: looked up for every character).
// (Bitmaps of 8 KB, not a table of 64 KB: read for every character, they stay in the CPU's nearest cache.)
const NUMERAL_BITS = charBits('零一二两三四五六七八九十百千万');
const UNIT_WORD_BITS = charBits('位个元块万');
// Numbers for grams no example holds: a Chinese character or bigram by its key, any other gram (an English word)
// from TEXT_BASE up.
const TEXT_BASE = 0x40000000;
/** Unseen text grams a reader keeps numbered across messages before it starts again (a few MB at most). */
const UNSEEN_CAP = 1 << 16;

/**
 * A message's clauses as lists of gram numbers, in the order grams() lists their grams. A gram no example holds
 * gets a number from `count` up, the same one for the same gram throughout the message (so a pair of clauses
 * counts a shared gram once). One reader per index, reset per message (GramReader.for).
 */
export class GramReader {
  private readonly compiled: CompiledGrams;
  /** Text gram → number: the examples' (compiled.byText) and, kept across messages, those no example holds (an
   *  unseen word keeps one number while the reader lives; only equality of numbers is read). One lookup per word,
   *  where a map of the message's unseen words cleared per message cost a lookup in each map, an insert, and the
   *  map's regrowth every message. Cleared and refilled between messages once it holds UNSEEN_CAP of them. */
  private readonly textIds: Map<string, number>;
  private unseenTexts = 0;
  /** An English word as written → byText(stemEn(word)), or -1 for a stop word: one lookup per word where the stop
   *  list, the stem's slice and the stem's lookup cost three. Valid while textIds keeps its numbers (cleared with it). */
  private readonly wordIds = new Map<string, number>();
  private readonly stamp: Uint32Array;
  private readonly unseen = new NumberSet();
  private generation = 0;
  // The clause with digit runs read as "#" (as grams() replaces them), and where each unit came from.
  private codes = new Uint16Array(256);
  private origin = new Int32Array(256);

  constructor(index: RequestIndex) {
    this.compiled = index.compiled;
    this.stamp = new Uint32Array(this.compiled.count);
    this.textIds = new Map(this.compiled.byText);
  }

  /** The reader of this index, reset for a new message (one per index: the classifier is synchronous). */
  static for(index: RequestIndex): GramReader {
    let reader = readers.get(index);
    if (!reader) {
      reader = new GramReader(index);
      readers.set(index, reader);
    }
    if (reader.unseenTexts >= UNSEEN_CAP || reader.wordIds.size >= UNSEEN_CAP) {
      reader.wordIds.clear();
      reader.textIds.clear();
      for (const [gram, id] of reader.compiled.byText) reader.textIds.set(gram, id);
      reader.unseenTexts = 0;
    }
    return reader;
  }

  private byKey(key: number): number {
    return this.compiled.byKey.get(key) ?? this.compiled.count + key;
  }

  /** byKey(unit(c)) for a Chinese character c, read by its dense id. */
  private single(c: number): number {
    const g = byId(this.compiled.singles, c, -1);
    return g >= 0 ? g : this.compiled.count + unit(c);
  }

  private byText(gram: string): number {
    const key = gramKey(gram);
    if (key !== undefined) return this.byKey(key);
    let id = this.textIds.get(gram);
    if (id === undefined) {
      id = this.compiled.count + TEXT_BASE + this.unseenTexts++;
      this.textIds.set(gram, id);
    }
    return id;
  }

  /** Start a distinct list. */
  private begin(): void {
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    this.unseen.clear();
  }

  private add(out: number[], id: number): void {
    const { count } = this.compiled;
    // A gram no example holds (a single character or bigram by its key, a word by its text): in a small hash set.
    // (Tables indexed by every Chinese character's key cost a cache miss per character.)
    if (id >= count) {
      if (this.unseen.add(id)) out.push(id);
    } else if (this.stamp[id] !== this.generation) {
      this.stamp[id] = this.generation;
      out.push(id);
    }
  }

  /** The units of text[start, end) with each digit run as one "#", and a numeral before a unit word as "#"
   *  (grams()'s DIGITS); origin: where each came from in the text. */
  private units(text: string, start: number, end: number): number {
    const length = end - start;
    if (this.codes.length < length) {
      this.codes = new Uint16Array(length * 2);
      this.origin = new Int32Array(length * 2);
    }
    const { codes, origin } = this;
    let n = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      origin[n] = k;
      if (c >= 0x30 && c <= 0x39) {
        while (k + 1 < end && text.charCodeAt(k + 1) >= 0x30 && text.charCodeAt(k + 1) <= 0x39) k++;
        codes[n++] = HASH;
      } else
        codes[n++] =
          hasBit(NUMERAL_BITS, c) && k + 1 < end && hasBit(UNIT_WORD_BITS, text.charCodeAt(k + 1)) ? HASH : c;
    }
    return n;
  }

  /** The distinct grams of a normalised clause (see grams()), as numbers: the whole of `text`, or text[start, end)
   *  read in place (no copy of a message's clause). */
  read(text: string, start = 0, end = text.length): number[] {
    const n = this.units(text, start, end);
    const { codes, origin } = this;
    const out: number[] = [];
    this.begin();
    let i = 0;
    while (i < n) {
      const c = codes[i]!;
      let j = i + 1;
      if (isRunChar(c)) {
        while (j < n && isRunChar(codes[j]!)) j++;
        if (c === HASH) {
          // A run that starts with a digit is read as one word (grams() does the same).
          // (A lone "#", the commonest, without building the string from the units.)
          this.add(out, this.byText(j - i === 1 ? '#' : String.fromCharCode(...codes.subarray(i, j))));
        } else {
          for (let k = i; k < j; k++) {
            const a = codes[k]!;
            if (a !== HASH) this.add(out, this.single(a));
            if (k + 1 < j) this.add(out, this.byKey(bigramKey(a, codes[k + 1]!)));
          }
        }
      } else if (c >= 0x61 && c <= 0x7a) {
        while (j < n && codes[j]! >= 0x61 && codes[j]! <= 0x7a) j++;
        // Letters are never rewritten: the word is the clause's own text.
        const word = text.slice(origin[i]!, origin[j - 1]! + 1);
        let id = this.wordIds.get(word);
        if (id === undefined) {
          id = STOP_EN.has(word) ? -1 : this.byText(stemEn(word));
          this.wordIds.set(word, id);
        }
        if (id >= 0) this.add(out, id);
      }
      i = j;
    }
    return out;
  }

  /** Two lists joined, each gram once, in order. */
  union(a: readonly number[], b: readonly number[]): number[] {
    const out: number[] = [];
    this.begin();
    for (let i = 0; i < a.length; i++) this.add(out, a[i]!);
    for (let i = 0; i < b.length; i++) this.add(out, b[i]!);
    return out;
  }
}

const readers = new WeakMap<RequestIndex, GramReader>();

/** The most bigrams or words one example shared with the clause matchGramIds scored last. */
let lastMost = 0;
export const mostInCommon = (): number => lastMost;

/**
 * Could two clauses scored alone (`mostA`, `mostB`: their mostInCommon()) match an example as a pair? The pair's
 * grams are the two lists joined, so an example shares at most mostA + mostB bigrams or words with it; one that
 * shares fewer than every example needs (SIMILARITY.minGrams or clauseMinGrams, whichever is less) is no
 * candidate, and the pair then matches nothing — unless some example needs none (noLong: always weighed).
 */
export function pairMayMatch(mostA: number, mostB: number, index: RequestIndex): boolean {
  return mostA + mostB >= index.compiled.fewestLong;
}

/**
 * The best-scoring example for a clause's gram numbers (GramReader), as matchGrams scores it, to the last bit: an
 * example needs bigrams or words in common to pass (SIMILARITY.minGrams or clauseMinGrams), so those are counted
 * first over the short bigram postings, and only the examples with enough are weighed — each over the clause's
 * grams in the clause's order (the same additions in the same order), and compared in the order the full scan
 * would have met them (ties keep the first).
 */
/** Is `id` among the first n of `list`? */
function holdsId(list: Int32Array, n: number, id: number): boolean {
  for (let k = 0; k < n; k++) if (list[k] === id) return true;
  return false;
}

/** The first n candidates in place by where the clause first touched them, then by id: a total order over distinct
 *  ids, so any correct sort gives this one. Insertion sort (a clause has a handful of candidates). */
function sortByFirst(list: Int32Array, n: number, first: Int32Array): void {
  for (let i = 1; i < n; i++) {
    const id = list[i]!;
    const f = first[id]!;
    let j = i - 1;
    while (j >= 0 && (first[list[j]!]! > f || (first[list[j]!] === f && list[j]! > id))) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = id;
  }
}

export function matchGramIds(clauseGrams: readonly number[], index: RequestIndex): RequestMatch | undefined {
  const { n: sumN, touched, candidates, first, w: sumW } = index.compiled.scratch;
  const { count, weight, long, start, ids, total, minLong, holds, words, noLong } = index.compiled;
  let clauseTotal = 0;
  let nTouched = 0;
  for (let k = 0; k < clauseGrams.length; k++) {
    const g = clauseGrams[k]!;
    if (g >= count) {
      clauseTotal += index.unseenWeight;
      continue;
    }
    clauseTotal += weight[g]!;
    if (!long[g]) continue;
    for (let p = start[g]!, end = start[g + 1]!; p < end; p++) {
      const id = ids[p]!;
      if (sumN[id] === 0) touched[nTouched++] = id;
      sumN[id]!++;
    }
  }
  let most = 0;
  let nCandidates = 0;
  for (let t = 0; t < nTouched; t++) {
    const id = touched[t]!;
    const n = sumN[id]!;
    if (n > most) most = n;
    if (n >= minLong[id]! || n >= SIMILARITY.clauseMinGrams) candidates[nCandidates++] = id;
  }
  lastMost = most;
  for (let k = 0; k < noLong.length; k++)
    if (!holdsId(candidates, nCandidates, noLong[k]!)) candidates[nCandidates++] = noLong[k]!;
  if (!nCandidates) {
    for (let t = 0; t < nTouched; t++) sumN[touched[t]!] = 0;
    return undefined;
  }
  // Each candidate's weight in common, summed in clause order; where the full scan would first have touched it.
  for (let c = 0; c < nCandidates; c++) {
    const row = candidates[c]! * words;
    let w = 0;
    let at = -1;
    for (let k = 0; k < clauseGrams.length; k++) {
      const g = clauseGrams[k]!;
      if (g < count && holds[row + (g >>> 5)]! & (1 << (g & 31))) {
        w += weight[g]!;
        if (at < 0) at = k;
      }
    }
    sumW[candidates[c]!] = w;
    first[candidates[c]!] = at;
  }
  // Postings list ids in ascending order: the full scan meets examples by first gram, then by id.
  if (nCandidates > 1) sortByFirst(candidates, nCandidates, first);
  let best: RequestMatch | undefined;
  for (let c = 0; c < nCandidates; c++) {
    const id = candidates[c]!;
    const w = sumW[id]!;
    const n = sumN[id]!;
    const ofExample = w / total[id]!;
    const ofClause = w / clauseTotal;
    const enough =
      (n >= minLong[id]! && ofExample >= SIMILARITY.threshold) ||
      (n >= SIMILARITY.clauseMinGrams && ofClause >= SIMILARITY.clauseThreshold);
    const score = Math.max(ofExample, ofClause);
    if (enough && (!best || score > best.score)) {
      const e = index.examples[id]!;
      best = { topic: e.topic, severity: e.severity, score };
    }
  }
  for (let t = 0; t < nTouched; t++) sumN[touched[t]!] = 0;
  return best;
}
