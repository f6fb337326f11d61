// Step 1 of matching: turn a question (or a content variant — both go through here) into the plain text the
// segmenter reads. Whatever varies between users without changing what they ask is removed here: width, script
// (繁/简), case, punctuation, the brand's own name, pasted links and numbers, pinyin, and filler words.
import { normalizeText, stripPunctuation } from '../content/normalize.ts';
import { FILLERS_EN, FILLERS_ZH, PINYIN } from './lexicon.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;

// Links: with a scheme, or bare host names with a letter TLD ("anxin-kefu.top/a"), as they appear in SMS.
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}(?:\/\S*)?/g;
// "+86" / "0086" is the domestic country code: it says nothing about a call coming from abroad.
const DOMESTIC_PREFIX = /(?:\+\s?|(?<!\d)00)86(?=[\s-]?\d)/g;
// Any other "+" before a number (or "+号/加号开头") is the foreign-call prefix users also write as 00.
const PLUS = /\+|加号/g;

const FILLER_ZH = new RegExp([...FILLERS_ZH].sort(byLength).map(escape).join('|'), 'g');
const FILLER_EN = new RegExp(`(?<![a-z0-9])(?:${[...FILLERS_EN].sort(byLength).map(escape).join('|')})(?![a-z0-9])`, 'g');
const LATIN_WORD = /[a-z]+/g;

/** Brand names and aliases match everywhere (every entry is about the brand), so they are removed, not indexed. */
export function brandPattern(terms: readonly string[]): RegExp | undefined {
  const cleaned = [...new Set(terms.map((t) => normalizeText(t)).filter((t) => t.length > 0))].sort(byLength);
  if (!cleaned.length) return undefined;
  // Latin aliases only as whole words ("anxin" must not eat "anxinjie" — longer ones come first anyway).
  const parts = cleaned.map((t) => (/^[a-z0-9]/.test(t) ? `(?<![a-z0-9])${escape(t)}(?![a-z0-9])` : escape(t)));
  return new RegExp(parts.join('|'), 'g');
}

export interface NormalizeOptions {
  /** Built once per brand with brandPattern(). */
  brand?: RegExp;
}

/**
 * Matching form of a question: normalizeText (NFKC, lower case, 繁→简), links → 链接/link, brand removed,
 * "+" → 00, punctuation removed, pinyin words → characters, fillers removed, single spaces.
 * Never used for display.
 */
export function normalizeQuestion(input: string, options: NormalizeOptions = {}): string {
  let s = normalizeText(input);
  const zh = /[\u3400-\u9fff]/.test(s);
  s = s.replace(URL, zh ? ' 链接 ' : ' link ');
  if (options.brand) s = s.replace(options.brand, ' ');
  s = s.replace(DOMESTIC_PREFIX, ' ').replace(PLUS, ' 00 ');
  s = stripPunctuation(s);
  s = s.replace(LATIN_WORD, (w) => PINYIN[w] ?? w);
  s = s.replace(FILLER_ZH, ' ').replace(FILLER_EN, ' ');
  return s.replace(/\s+/g, ' ').trim();
}
