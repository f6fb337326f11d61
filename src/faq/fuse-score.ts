// fuse.js's score for the tie-break without fuse.js's per-call objects. `fuse.search(pattern, { limit: 1 })` builds a
// searcher, a heap, a result, a match list and a bit array per term, error level and variant on every call (a sixth of
// a brain turn's bytes); the number it returns is computed here the same way, to the last bit, in buffers kept from
// call to call (the tie-break is synchronous). Only for the options the FAQ gives it (config.ts `fuse`: token search,
// case-sensitive, no match indices); any other options go to fuse.js itself. test/faq/fuse-score.test.ts compares both
// on every entry against the dev set's questions.
import type Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';

/** What fuse.js's token search reads of one entry's index: the variants, their norms, each term's variant count. */
interface EntryTerms {
  texts: string[];
  norms: number[];
  df: Map<string, number>;
  fieldCount: number;
}

// fuse.js's default tokenizer (analyzer.ts DEFAULT_TOKEN) and its Config defaults the score depends on.
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
const DEFAULT_THRESHOLD = 0.6;

const terms = new WeakMap<Fuse<string>, EntryTerms>();

function entryTerms(fuse: Fuse<string>): EntryTerms {
  let t = terms.get(fuse);
  if (t) return t;
  t = { texts: [], norms: [], df: new Map(), fieldCount: 0 };
  for (const r of fuse.getIndex().records) {
    if (r.v === undefined) continue;
    t.texts.push(r.v);
    t.norms.push(r.n ?? 1);
    const tokens = r.v.match(TOKEN);
    if (!tokens) continue;
    t.fieldCount++;
    for (const term of new Set(tokens)) t.df.set(term, (t.df.get(term) ?? 0) + 1);
  }
  terms.set(fuse, t);
  return t;
}

/**
 * The threshold when `options` are ones this file scores exactly (the FAQ's), else undefined (fuse.js scores them).
 */
export function exactThreshold(options: IFuseOptions<unknown>): number | undefined {
  const o = options;
  const plain =
    o.useTokenSearch === true &&
    o.isCaseSensitive === true &&
    !o.ignoreDiacritics &&
    !o.includeMatches &&
    (o.minMatchCharLength ?? 1) <= 1 &&
    !o.findAllMatches &&
    !o.useExtendedSearch &&
    !o.ignoreFieldNorm &&
    o.tokenize === undefined &&
    (o.tokenMatch ?? 'any') === 'any' &&
    (o.location ?? 0) === 0 &&
    !o.keys?.length &&
    o.shouldSort !== false &&
    o.sortFn === undefined &&
    o.getFn === undefined;
  return plain ? (o.threshold ?? DEFAULT_THRESHOLD) : undefined;
}

// A chunk's pattern alphabet (createPatternAlphabet) by UTF-16 unit, set for one chunk at a time and cleared after.
const ALPHABET = new Int32Array(65536);
// Two bit arrays (the current error level's and the last one's), grown as needed.
let bitA = new Int32Array(64);
let bitB = new Int32Array(64);

function setAlphabet(pattern: string, on: boolean): void {
  const len = pattern.length;
  for (let i = 0; i < len; i++) {
    const c = pattern.charCodeAt(i);
    ALPHABET[c] = on ? ALPHABET[c]! | (1 << (len - i - 1)) : 0;
  }
}

/** bitap/search.ts `search` for ignoreLocation, no match indices: the score, or −1 for no match. */
function bitap(text: string, pattern: string, location: number, threshold: number): number {
  const patternLen = pattern.length;
  const textLen = text.length;
  const expectedLocation = Math.max(0, Math.min(location, textLen));
  let currentThreshold = threshold;
  let bestLocation = expectedLocation;
  // With ignoreLocation a score is errors / patternLen wherever the match is.
  if (text.indexOf(pattern, bestLocation) > -1) currentThreshold = Math.min(0, currentThreshold);
  bestLocation = -1;
  let finalScore = 1;
  let binMax = patternLen + textLen;
  const mask = 1 << (patternLen - 1);
  if (bitA.length < textLen + patternLen + 3) {
    bitA = new Int32Array(2 * (textLen + patternLen + 3));
    bitB = new Int32Array(bitA.length);
  }
  let bitArr = bitA;
  let lastBitArr = bitB;
  for (let i = 0; i < patternLen; i += 1) {
    let binMin = 0;
    let binMid = binMax;
    while (binMin < binMid) {
      if (i / patternLen <= currentThreshold) binMin = binMid;
      else binMax = binMid;
      binMid = Math.floor((binMax - binMin) / 2 + binMin);
    }
    binMax = binMid;
    let start = Math.max(1, expectedLocation - binMid + 1);
    const finish = Math.min(expectedLocation + binMid, textLen) + patternLen;
    // fuse.js's fresh Array(finish + 2): an unset slot reads as 0 in its bit operations. (finish never grows from
    // one level to the next, so the last level's array is read only where it was zeroed or written.)
    bitArr.fill(0, 0, finish + 2);
    bitArr[finish + 1] = (1 << i) - 1;
    for (let j = finish; j >= start; j -= 1) {
      const currentLocation = j - 1;
      const charMatch = currentLocation < textLen ? ALPHABET[text.charCodeAt(currentLocation)]! : 0;
      bitArr[j] = ((bitArr[j + 1]! << 1) | 1) & charMatch;
      if (i) bitArr[j]! |= (((lastBitArr[j + 1]! | lastBitArr[j]!) << 1) | 1 | lastBitArr[j + 1]!);
      if (bitArr[j]! & mask) {
        finalScore = i / patternLen;
        if (finalScore <= currentThreshold) {
          currentThreshold = finalScore;
          bestLocation = currentLocation;
          if (bestLocation <= expectedLocation) break;
          start = Math.max(1, 2 * expectedLocation - bestLocation);
        }
      }
    }
    if ((i + 1) / patternLen > currentThreshold) break;
    const was = lastBitArr;
    lastBitArr = bitArr;
    bitArr = was;
  }
  return bestLocation >= 0 ? Math.max(0.001, finalScore) : -1;
}

/** BitapSearch.searchIn for one query term: its score against `text`, or −1 for no match. */
function termScore(term: string, text: string, threshold: number): number {
  if (term === text) return 0;
  const len = term.length;
  if (len <= 32) return chunkScore(text, term, 0, threshold);
  // Patterns longer than a machine word go in chunks of 32 (the last one ending at the pattern's end).
  let total = 0;
  let chunks = 0;
  let matched = false;
  const remainder = len % 32;
  for (let i = 0; i < len - remainder; i += 32, chunks++) {
    const s = chunkScore(text, term.substr(i, 32), i, threshold);
    matched ||= s >= 0;
    total += s >= 0 ? s : 1;
  }
  if (remainder) {
    const s = chunkScore(text, term.substr(len - 32), len - 32, threshold);
    matched ||= s >= 0;
    total += s >= 0 ? s : 1;
    chunks++;
  }
  return matched ? total / chunks : -1;
}

function chunkScore(text: string, pattern: string, startIndex: number, threshold: number): number {
  setAlphabet(pattern, true);
  const s = bitap(text, pattern, startIndex, threshold);
  setAlphabet(pattern, false);
  return s;
}

/**
 * `fuse.search(pattern, { limit: 1 })[0]?.score` for a Fuse over strings built with the options exactThreshold
 * accepted (`threshold` is what it returned), or undefined when no variant matches.
 */
export function bestFuseScore(fuse: Fuse<string>, pattern: string, threshold: number): number | undefined {
  const { texts, norms, df, fieldCount } = entryTerms(fuse);
  const query = pattern.match(TOKEN);
  if (!query) return undefined;
  let best: number | undefined;
  for (let r = 0; r < texts.length; r++) {
    const text = texts[r]!;
    // TokenSearch.searchIn: each term's bitap score weighted by its idf among this entry's variants.
    let weighted = 0;
    let maxPossible = 0;
    let matched = 0;
    for (const term of query) {
      const docFreq = df.get(term) || 0;
      const idf = Math.log(1 + (fieldCount - docFreq + 0.5) / (docFreq + 0.5));
      const s = termScore(term, text, threshold);
      maxPossible += idf;
      if (s >= 0) {
        matched++;
        weighted += idf * (1 - s);
      }
    }
    if (matched === 0) continue;
    const score = Math.max(0.001, maxPossible > 0 ? 1 - weighted / maxPossible : 0);
    // computeScoreSingle: the variant's norm as the exponent (the field-length norm).
    const total = score ** norms[r]!;
    if (best === undefined || total < best) best = total;
  }
  return best;
}
