// Text normalisation shared by the FAQ matcher and the drill judge, so both read users the same way:
// full-width → half-width (NFKC), traditional → simplified Chinese (OpenCC), lower case, tidy spaces.
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** NFKC + lower case + traditional→simplified; keeps punctuation (callers strip what they don't need). */
export function normalizeText(input: string): string {
  let s = input.normalize('NFKC').toLowerCase();
  // Drop invisible formatting characters scammers and copy/paste leave behind (zero-width joiners, BOM, ...).
  s = s.replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g, '');
  if (CJK.test(s)) s = toSimplified(s);
  return s.replace(/\s+/g, ' ').trim();
}

// Per UTF-16 unit: does OpenCC change that character alone? 0 not yet asked, 1 no, 2 yes — filled as characters are
// met (a pure lookup of OpenCC's static table; a few thousand characters at most).
const changesAlone = new Uint8Array(0x10000);

function isCjkUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isCjkUnit(c)) continue;
    let changes = changesAlone[c];
    if (changes === 0) {
      const ch = String.fromCharCode(c);
      changes = changesAlone[c] = toSimplified(ch) !== ch ? 2 : 1;
    }
    if (changes === 2) return true;
  }
  return false;
}

/**
 * normalizeText for hot paths (the classifier checks every message): the same result, except that OpenCC runs only
 * when some character of the text is traditional — its phrase-level rules for text written entirely in characters
 * both scripts share are skipped (they change wording, not what a matcher reads).
 */
export function normalizeTextQuick(input: string): string {
  let s = input.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g, '');
  if (hasTraditional(s)) s = toSimplified(s);
  return s.replace(/\s+/g, ' ').trim();
}

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
