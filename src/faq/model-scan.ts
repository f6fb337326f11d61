// The statistical layer's features read straight off the text, without a string per feature. modelFeatures
// (model.ts) lists them as strings — g<1–3 characters>, w<Latin word>, c<concept number> — for the fitter; answering
// a question needs only their weights, so here the grams are walked in a character trie of the model's grams and
// told apart by number, and the concept words are found by one trie walk instead of a ~700-way alternation. The
// features, their order and the weights summed are those of modelFeatures + classProbs, to the last bit
// (test/faq/model.test.ts compares both on every field question).
import { NONE, ROOT, WordTrie } from '../classifier/word-trie.ts';
import { CONCEPTS } from './concepts.ts';
import { PhraseTrie } from './phrase-trie.ts';

/** Concept word (Chinese or English, as normalisation leaves it) → concept number; the first concept keeps a word. */
export const CONCEPT_ID = new Map<string, number>();
CONCEPTS.forEach((c, i) => {
  for (const w of [c.zh, c.en]) if (!CONCEPT_ID.has(w)) CONCEPT_ID.set(w, i);
});

const units = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const CONCEPT_WORDS = new PhraseTrie<number>();
for (const [w, i] of CONCEPT_ID) CONCEPT_WORDS.add(w, i);

/**
 * The concept numbers of `text` in order, as `new RegExp(phraseAlternation(words), 'g')` finds them: leftmost, the
 * longest word there; a word starting with a Latin letter or digit only as a whole word.
 */
export function conceptIds(text: string): number[] {
  const out: number[] = [];
  for (let hit = CONCEPT_WORDS.next(text); hit; hit = CONCEPT_WORDS.next(text, hit.end)) out.push(hit.value);
  return out;
}

/**
 * A model's weights by slot, its grams as a trie and its words and concepts as tables. A slot's classes and weights
 * are one run of two flat arrays (`start[slot]` to `start[slot + 1]`): a question reads ~100 slots, and a pair of
 * typed arrays per slot cost a pointer chase and a cache miss or two each (a third of a scan).
 */
export interface CompiledModel {
  grams: WordTrie<number>;
  words: Map<string, number>;
  concepts: Map<number, number>;
  start: Int32Array;
  classes: Uint8Array;
  values: Float64Array;
}

export function compileWeights(
  weights: ReadonlyMap<string, { classes: Uint8Array; values: Float64Array }>,
): CompiledModel {
  const grams = new WordTrie<number>();
  const words = new Map<string, number>();
  const concepts = new Map<number, number>();
  const kept: { classes: Uint8Array; values: Float64Array }[] = [];
  for (const [f, w] of weights) {
    const slot = kept.length;
    const body = f.slice(1);
    if (f[0] === 'g') grams.add(units(body), slot);
    else if (f[0] === 'w') words.set(body, slot);
    else if (f[0] === 'c') concepts.set(Number(body), slot);
    else continue;
    kept.push(w);
  }
  const start = new Int32Array(kept.length + 1);
  kept.forEach((w, slot) => {
    start[slot + 1] = start[slot]! + w.classes.length;
  });
  const classes = new Uint8Array(start[kept.length]!);
  const values = new Float64Array(start[kept.length]!);
  kept.forEach((w, slot) => {
    classes.set(w.classes, start[slot]!);
    values.set(w.values, start[slot]!);
  });
  return { grams, words, concepts, start, classes, values };
}

// Distinct grams by number (1–3 UTF-16 units in disjoint ranges), in a table reused from question to question.
let seenKeys = new Float64Array(1024);
let seenStamp = new Int32Array(1024);
// The known grams' slots, stamped with the same epoch.
let slotSeen = new Int32Array(0);
let epoch = 0;

function resetSeen(grams: number): void {
  let size = seenKeys.length;
  while (size < 2 * grams) size *= 2;
  if (size !== seenKeys.length) {
    seenKeys = new Float64Array(size);
    seenStamp = new Int32Array(size);
  }
  if (epoch === 0x7fffffff) {
    seenStamp.fill(0);
    slotSeen.fill(0);
    epoch = 0;
  }
  epoch++;
}

/** Adds `key`; true when it was not there yet. */
function firstSeen(key: number): boolean {
  const mask = seenKeys.length - 1;
  const lo = key | 0;
  const hi = Math.floor(key / 4294967296) | 0;
  let h = ((Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b)) >>> 11) & mask;
  while (seenStamp[h] === epoch) {
    if (seenKeys[h] === key) return false;
    h = (h + 1) & mask;
  }
  seenStamp[h] = epoch;
  seenKeys[h] = key;
  return true;
}

const GRAM_KEY_OFFSET = [0, 0, 65536, 2 ** 33];
// Whitespace other than the plain space: normalised text has none (the scan below treats only " " as blank).
const OTHER_SPACE = /[^\S ]/;

/** What a scan reads off the text whatever the model: the number of distinct features, the distinct Latin words and
 *  concept numbers in order. */
interface TextFeatures {
  count: number;
  words: string[];
  concepts: number[];
}

/**
 * Normalised text to be scanned by more than one model. The FAQ's two models (the statistical layer and the route
 * decision) scan the same question one after the other: the first scan leaves the text's features here, and the
 * second takes them and walks only its own gram trie — no hashing of the grams it does not know, no word or concept
 * pass. One per question (search.ts questionForms), handed to both.
 */
export class ScanText {
  features: TextFeatures | undefined;
  constructor(readonly text: string) {}
}

/**
 * The model's logits for normalised text (bias + Σ weight × scale over its features, in modelFeatures' order), or
 * undefined for text holding whitespace other than single spaces (the caller then takes the string path).
 */
export function scanLogits(m: CompiledModel, bias: Float64Array, input: string | ScanText): Float64Array | undefined {
  const normalized = typeof input === 'string' ? input : input.text;
  if (OTHER_SPACE.test(normalized)) return undefined;
  const known = typeof input === 'string' ? undefined : input.features;
  const s = ` ${normalized} `;
  let slots = 0;
  let count = 0;
  resetSeen(3 * s.length);
  const slotCount = m.start.length - 1;
  if (slotSeen.length < slotCount) slotSeen = new Int32Array(slotCount);
  for (let i = 0; i < s.length; i++) {
    let node = ROOT;
    let blank = true;
    for (let n = 1; n <= 3 && i + n <= s.length; n++) {
      const c = s.charCodeAt(i + n - 1);
      if (c !== 32) blank = false;
      if (node !== NONE) node = m.grams.next(node, c);
      else if (known) break; // the grams this model does not know only count, and the count is known
      if (blank) continue;
      // A gram the model knows is told apart by its slot (one gram per slot); only the others are hashed.
      const slot = node === NONE ? undefined : m.grams.at(node)?.[0];
      if (slot !== undefined) {
        if (slotSeen[slot] === epoch) continue;
        slotSeen[slot] = epoch;
        slots = pushSlot(slots, slot);
      } else if (known) continue;
      else if (!firstSeen(GRAM_KEY_OFFSET[n]! + gramKey(s, i, n))) continue;
      count++;
    }
  }
  let features = known;
  if (!features) {
    const words: string[] = [];
    const seen = new Set<string>();
    for (const w of normalized.match(/[a-z0-9]+/g) ?? []) {
      if (seen.has(w)) continue;
      seen.add(w);
      words.push(w);
    }
    const concepts = [...new Set(conceptIds(normalized))];
    features = { count: count + words.length + concepts.length, words, concepts };
    if (typeof input !== 'string') input.features = features;
  }
  for (const w of features.words) {
    const slot = m.words.get(w);
    if (slot !== undefined) slots = pushSlot(slots, slot);
  }
  for (const id of features.concepts) {
    const slot = m.concepts.get(id);
    if (slot !== undefined) slots = pushSlot(slots, slot);
  }
  const z = Float64Array.from(bias);
  const scale = 1 / Math.sqrt(Math.max(1, features.count));
  const { start, classes, values } = m;
  for (let k = 0; k < slots; k++) {
    const slot = slotList[k]!;
    for (let i = start[slot]!, end = start[slot + 1]!; i < end; i++) z[classes[i]!]! += values[i]! * scale;
  }
  return z;
}

// A scan's slots in the order read, in a buffer reused from scan to scan (scans are synchronous).
let slotList = new Int32Array(256);

/** slotList[count] = slot, the buffer grown when full; the new count. */
function pushSlot(count: number, slot: number): number {
  if (count === slotList.length) {
    const grown = new Int32Array(2 * count);
    grown.set(slotList);
    slotList = grown;
  }
  slotList[count] = slot;
  return count + 1;
}

/** The gram of `n` units at `i` as one number (its units in base 65536), for grams no model trie holds. */
function gramKey(s: string, i: number, n: number): number {
  let key = 0;
  for (let j = 0; j < n; j++) key = key * 65536 + s.charCodeAt(i + j);
  return key;
}
