// Text normalisation shared by the FAQ matcher and the drill judge, so both read users the same way:
// full-width → half-width (NFKC), traditional → simplified Chinese (OpenCC), lower case, tidy spaces.
import * as OpenCC from 'opencc-js';
import { charBits, holdsAny, spacesToTidy } from './char-bits.ts';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

// Every turn normalises the same strings again: the message in several places (command words, drill names, the
// practise intent, the FAQ), and content phrases the matchers compare it with. The most recently used results are
// kept (least recently used dropped first), so OpenCC runs once per new string, not once per caller and turn.
const RECENT_MAX = 4096;
const recent = new Map<string, string>();

/** NFKC + lower case + traditional→simplified; keeps punctuation (callers strip what they don't need). */
export function normalizeText(input: string): string {
  const known = recent.get(input);
  if (known !== undefined) {
    recent.delete(input); // re-inserted: now the most recently used
    recent.set(input, known);
    return known;
  }
  const out = normalizeUncached(input);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(input, out);
  return out;
}

function normalizeUncached(input: string): string {
  let s = input.normalize('NFKC').toLowerCase();
  // Drop invisible formatting characters scammers and copy/paste leave behind (zero-width joiners, BOM, ...).
  s = s.replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g, '');
  if (CJK.test(s)) s = toSimplified(s);
  return s.replace(/\s+/g, ' ').trim();
}

// Per UTF-16 unit, a bit each: asked OpenCC yet, and does OpenCC change that character alone — filled as characters
// are met (a pure lookup of OpenCC's static table; bitmaps of 8 KB stay in the CPU's nearest cache).
const asked = new Uint8Array(0x2000);
const changes = new Uint8Array(0x2000);

function isCjkUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isCjkUnit(c)) continue;
    const byte = c >> 3;
    const bit = 1 << (c & 7);
    if (!(asked[byte]! & bit)) {
      const ch = String.fromCharCode(c);
      asked[byte]! |= bit;
      if (toSimplified(ch) !== ch) changes[byte]! |= bit;
    }
    if (changes[byte]! & bit) return true;
  }
  return false;
}

/**
 * normalizeText for hot paths (the classifier checks every message): the same result, except that OpenCC runs only
 * when some character of the text is traditional — its phrase-level rules for text written entirely in characters
 * both scripts share are skipped (they change wording, not what a matcher reads).
 */
export function normalizeTextQuick(input: string, plain = false): string {
  // (`plain`: the caller knows the input is of PLAIN_BITS units alone, its own NFKC form: no ICU pass.)
  let s = (plain ? input : input.normalize('NFKC')).toLowerCase();
  // Each rewrite only on a text it would change (a scan of a table, not of a regular expression).
  if (holdsAny(s, INVISIBLE_BITS)) s = s.replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g, '');
  if (hasTraditional(s)) s = toSimplified(s);
  return (spacesToTidy(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

/** Units NFKC leaves alone and that compose with no neighbour: ASCII, the CJK ideographs (not the compatibility ones)
 *  and the Chinese punctuation NFKC keeps (、。〈〉《》「」『』【】〔〕 …, curly quotes, dashes, the middle dot, ¥ £ €):
 *  a text of these alone is its own NFKC form (97.5 % of the field dev half, and numbers written in ASCII). */
export const PLAIN_BITS = charBits(
  '\u0000-\u007f\u00a3\u00a5\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u3001\u3002\u3008-\u3011\u3014-\u301f\u20ac\u3400-\u4dbf\u4e00-\u9fff',
);

/** `text.normalize('NFKC')`, without the call for a text of PLAIN_BITS units (its own NFKC form): on a number written in
 *  ASCII the bitmap scan costs about a quarter of ICU's pass (on a message about as much). */
export function toNfkc(text: string): string {
  return isPlain(text) ? text : text.normalize('NFKC');
}

/** Is the text of PLAIN_BITS units alone (its own NFKC form, and so is any text made of them)? */
export function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(PLAIN_BITS[c >> 3]! & (1 << (c & 7)))) return false;
  }
  return true;
}

/** The invisible formatting characters normalizeText drops (char-bits.ts). */
export const INVISIBLE_BITS = charBits('\u200b-\u200f\u2060-\u2064\ufeff\u00ad');

/** Replace punctuation (ASCII and CJK) with spaces: used for matching, never for display. */
export function stripPunctuation(s: string): string {
  return s
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}
