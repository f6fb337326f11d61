// The one normalisation a message's words go through before any scam phrase or request is matched, so that a
// rewording meant to slip past filters reads like the plain words: full-width → half-width and traditional →
// simplified (normalizeText), spaces and symbols between Chinese characters removed ("请 提 供 验 证 码",
// "验-证-码"), and the variant tables (content/scam-variants.yaml: 薇信/V信 → 微信, 验正码 → 验证码, yanzhengma → 验证码;
// content/regional-words.yaml: Cantonese and regional words, 唔好 → 不要, 落載 → 下载, 簡訊 → 短信).
import { z } from 'zod';
import { type CharBits, charBits, hasBit, SPACE_BITS } from '../content/char-bits.ts';
import { normalizeTextQuick } from '../content/normalize.ts';
import { PINYIN_SYLLABLES, type PinyinTable, pinyinShapedAt } from '../content/pinyin.ts';
import { type Required, requiredText, ScreenTable } from './required-text.ts';

export const variantFileSchema = z.strictObject({
  fold: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
});

export interface VariantFolder {
  pattern: RegExp | undefined;
  /** The same alternation as a table by first unit (foldByTable): the fold without the regular expression, which
   *  tried its ~300 alternatives at every position of every message. Absent: the pattern folds. */
  firsts?: FirstUnits;
  /** Strings one of which a text must hold for the pattern to match (required-text.ts), and their screen: pattern
   *  `screenAt` of `screen` (a table of its own, or one shared with the phrase rules: phrases.ts sharedScreen). */
  needs?: Required;
  screen?: ScreenTable;
  screenAt: number;
  /** Variant (spaces removed) → canonical word. */
  canonical: Map<string, string>;
  /** Toneless pinyin → a word of the classifier's lexicon (index.ts builds it from the concept families): a message
   *  typed wholly in pinyin is read as those words (foldPinyin). */
  pinyin?: PinyinTable;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation over every file's variants (the scammers' spellings, the regional words), longest variant
 *  first; Latin variants only as whole words. */
export function compileVariants(...files: z.output<typeof variantFileSchema>[]): VariantFolder {
  const canonical = new Map<string, string>();
  for (const file of files)
    for (const [word, variants] of Object.entries(file.fold)) {
      for (const v of variants) canonical.set(normalizeTextQuick(v), normalizeTextQuick(word));
    }
  const bySquashed = new Map<string, string>();
  for (const [v, word] of canonical) bySquashed.set(v.replace(/\s/g, ''), word);
  // The variants starting with a Latin letter or digit in one group behind one look back, the rest after it: two
  // variants of different groups never start at the same place, so each group's longest-first order is all that
  // matters, and the look back is read once per position instead of once per Latin variant.
  const latin: string[] = [];
  const other: string[] = [];
  const sorted = [...canonical.keys()].sort((a, b) => b.length - a.length);
  for (const v of sorted) {
    const body = `${escapeRe(v).replace(/ /g, '\\s?')}${/[a-z0-9]$/.test(v) ? '(?![a-z0-9])' : ''}`;
    (/^[a-z0-9]/.test(v) ? latin : other).push(body);
  }
  const latinGroup = latin.length ? `(?<![a-z0-9])(?:${latin.join('|')})` : undefined;
  const parts = [...(latinGroup ? [latinGroup] : []), ...other];
  const pattern = parts.length ? new RegExp(parts.join('|'), 'g') : undefined;
  const needs = pattern && requiredText(pattern.source);
  return {
    pattern,
    firsts: firstUnits(sorted),
    needs,
    screen: new ScreenTable([needs]),
    screenAt: 0,
    canonical: bySquashed,
  };
}

function setBit(bits: CharBits, c: number): void {
  bits[c >> 3]! |= 1 << (c & 7);
}

/** compileVariants' alternation as data: the variants by their first unit, each group in the alternation's order.
 *  A Latin variant (first unit a-z, 0-9) matches only after no a-z/0-9; any variant ending in one, only before none;
 *  a space in a variant is an optional white space (the pattern's \s?). */
interface FirstUnits {
  bits: CharBits;
  byUnit: Map<number, FirstGroup>;
}
/** The variants of one first unit, and a bit per second unit (by its low five bits) any of them may go on with: most
 *  word starts of an English text begin with some variant's letter, few with its first two. `loose`: some variant is
 *  one unit long or has a space second, and the bits do not apply. */
interface FirstGroup {
  variants: string[];
  seconds: number;
  loose: boolean;
}
const isLatin = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** The table, or undefined where a greedy walk could differ from the pattern's backtracking: a variant starting with
 *  a space, or with a space before another white space (the walk reads a space in the text as the variant's space). */
function firstUnits(variants: readonly string[]): FirstUnits | undefined {
  const bits = new Uint8Array(0x2000);
  const byUnit = new Map<number, FirstGroup>();
  for (const v of variants) {
    if (hasBit(SPACE_BITS, v.charCodeAt(0)) || /\s\s/.test(v)) return undefined;
    const c = v.charCodeAt(0);
    setBit(bits, c);
    let group = byUnit.get(c);
    if (!group) {
      group = { variants: [], seconds: 0, loose: false };
      byUnit.set(c, group);
    }
    group.variants.push(v);
    if (v.length < 2 || v.charCodeAt(1) === 0x20) group.loose = true;
    else group.seconds |= 1 << (v.charCodeAt(1) & 31);
  }
  return { bits, byUnit };
}

/** Where variant `v` ends if it matches at `i` (as its alternative in the pattern), else -1. */
function endOf(s: string, i: number, v: string): number {
  let k = i;
  for (let j = 0; j < v.length; j++) {
    const u = v.charCodeAt(j);
    if (u === 0x20) {
      if (k < s.length && hasBit(SPACE_BITS, s.charCodeAt(k))) k++;
    } else if (k < s.length && s.charCodeAt(k) === u) k++;
    else return -1;
  }
  return isLatin(v.charCodeAt(v.length - 1)) && k < s.length && isLatin(s.charCodeAt(k)) ? -1 : k;
}

/** `s.replace(pattern, fold)` by the table: at each position from the left, the first variant in the pattern's order
 *  that matches there is replaced by its word, and the search goes on after it. */
function foldByTable(s: string, table: FirstUnits, canonical: ReadonlyMap<string, string>): string {
  const { bits, byUnit } = table;
  let out = '';
  let at = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (!(bits[c >> 3]! & (1 << (c & 7))) || (isLatin(c) && i > 0 && isLatin(s.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const group = byUnit.get(c)!;
    let end = -1;
    if (group.loose || (i + 1 < s.length && group.seconds & (1 << (s.charCodeAt(i + 1) & 31))))
      for (const v of group.variants) {
        end = endOf(s, i, v);
        if (end >= 0) break;
      }
    if (end < 0) {
      i++;
      continue;
    }
    const m = s.slice(i, end);
    out += s.slice(at, i) + (canonical.get(m.replace(/\s/g, '')) ?? m);
    at = i = end;
  }
  return at === 0 ? s : out + s.slice(at);
}

const HAN = '\\u3400-\\u9fff';
// Spacing and symbols between two Chinese characters (not clause punctuation, which the matcher needs; not a double
// quote, which marks words as quoted rather than said: quoted.ts).
const GAP_BETWEEN_HAN = new RegExp(`(?<=[${HAN}])[\\s\\-_*·.~|/\\\\^+=#'\`]+(?=[${HAN}])`, 'g');
/** GAP_BETWEEN_HAN's gap characters (char-bits.ts). */
export const GAP_BITS = charBits(
  "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff_*·.~|/\\^+=#'`-",
);

/** Could GAP_BETWEEN_HAN match: is some gap character right after a Chinese one? (Most messages have none.) */
function gapAfterHan(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    if (!hasBit(GAP_BITS, s.charCodeAt(i))) continue;
    const before = s.charCodeAt(i - 1);
    if (before >= 0x3400 && before <= 0x9fff) return true;
  }
  return false;
}

/** Matching form of a message's words (never shown): see the file comment. `plain`: the words are of plain units
 *  alone (normalize.ts isPlain), their own NFKC form. */
export function normalizeMessage(text: string, variants: VariantFolder, plain = false): string {
  let s = normalizeTextQuick(text, plain);
  // Gaps need Chinese on both sides: a text without Chinese has none to close (yet: folding may bring some).
  let han = HAN_CHAR.test(s);
  // (A pinyin message may still name the platform in characters: "…kan kan 安心借 na bian de tui kuan".)
  if ((!han || fewHan(s)) && variants.pinyin && wholePinyin(s)) {
    s = foldPinyin(s, variants.pinyin);
    han = HAN_CHAR.test(s);
  }
  if (han && gapAfterHan(s)) s = s.replace(GAP_BETWEEN_HAN, '');
  if (han && (s.includes('交') || s.includes('缴'))) s = s.replace(PAY_BEFORE_AMOUNT, '缴纳');
  s = s.replace(SPACED_LETTERS, (run) => run.replace(/ /g, ''));
  if (letterBeforeDigit(s)) s = s.replace(GLUED_CODE, (m, word: string) => currencyBefore(word, variants) ?? m);
  // (A fold with no required string always passes its screen: the screen is not read for it, so a text the fold
  // changes is not read twice, once before and once after.)
  if (!variants.pattern || (variants.needs && variants.screen && !variants.screen.allows(s, variants.screenAt)))
    return s;
  const folded = variants.firsts
    ? foldByTable(s, variants.firsts, variants.canonical)
    : s.replace(variants.pattern, (m) => variants.canonical.get(m.replace(/\s/g, '')) ?? m);
  // Nothing folded: the very string the screen table just read (its later reads then compare one reference, not the
  // characters of an equal copy).
  if (folded === s) return s;
  // Folding can put a Chinese word next to Chinese text across a space ("请提供 yanzhengma"): close that gap too.
  return !gapAfterHan(folded) ? folded : folded.replace(GAP_BETWEEN_HAN, '');
}

const HAN_CHAR = new RegExp(`[${HAN}]`);

// 交 or 缴 right before an amount ("交 980 元", "缴5000就能解冻") is paying it, as 缴纳 is: the one character is no family
// word on its own (交易, 交通, 提交, 成交 hold it), so it is read as one only where a sum follows.
// A word typed one letter at a time to slip past filters ("the 6 d i g i t s", "c o d e", "o t p"): three or more single
// letters in a row, one space apart, are joined into the word. (English prose has no such runs: its one-letter words
// are a and i, never three together.)
const SPACED_LETTERS = /(?<![a-z0-9])(?:[a-z] ){2,}[a-z](?![a-z0-9])/g;
const PAY_BEFORE_AMOUNT = /(?<![提递移成外社转])[交缴](?=\s*[¥￥$]?\s*\d)/g;

// A currency written glued to its amount ("AED8,460", "KZT150000", "Rs5,000") is money, whichever region's: an ISO
// 4217 code (the runtime's own list) is read as the word money, a word the variant tables fold to money is set apart
// from the digits for the fold to meet it whole. The amount has three digits or more, or a separator ("top10", "v2"
// stay). (Only glued: spaced, "try 100 times" and "top 500" are English; the word families list the codes people
// write apart.)
const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency').map((c) => c.toLowerCase()));
const GLUED_CODE = /(?<![a-z0-9$])([a-z]{2,5})(?=\d(?:\d\d|\d?[,.]\d))/g;
const MONEY = 'money';
function currencyBefore(word: string, variants: VariantFolder): string | undefined {
  if (word.length === 3 && CURRENCY_CODES.has(word)) return `${MONEY} `;
  return variants.canonical.get(word) === MONEY ? `${word} ` : undefined;
}

/** Is some ASCII letter right before an ASCII digit? (Most texts have none: the rewrite is not tried on them.) */
function letterBeforeDigit(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && isLower(s.charCodeAt(i - 1))) return true;
  }
  return false;
}
/** At most this many Chinese characters beside pinyin (a brand name, a word or two): the message is still typed in pinyin. */
const MAX_HAN_IN_PINYIN = 6;
function fewHan(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff && ++n > MAX_HAN_IN_PINYIN) return false;
  }
  return true;
}

// A message typed in pinyin ("qing ba yan zheng ma fa gei wo"): nearly every Latin word splits into pinyin syllables,
// which English does not ("this is your bank's fraud team": this, your, bank, fraud, team do not).
const PINYIN_SHARE = 0.9;
const MIN_PINYIN_WORDS = 4;
const LATIN_RUN = /[a-z]+(?: [a-z]+)*/g;
/** Words of one to six syllables joined into a key of the table (keys of five letters up: "xian" could be 先 or 西安). */
const MAX_JOIN = 6;
const MIN_KEY = 5;

function wholePinyin(s: string): boolean {
  // The Latin words are counted, then read one by one, in place (no array of every word of an English message).
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isLower(s.charCodeAt(i)) && (i === 0 || !isLower(s.charCodeAt(i - 1)))) n++;
  if (n < MIN_PINYIN_WORDS) return false;
  // Stops at the first word too many that is no pinyin (English fails on its first words): the same answer as
  // counting them all, since the share can only fall.
  let misses = 0;
  for (let i = 0; i < s.length; ) {
    if (!isLower(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && isLower(s.charCodeAt(j))) j++;
    if (!pinyinShapedAt(s, i, j) && n - ++misses < PINYIN_SHARE * n) return false;
    i = j;
  }
  return n - misses >= PINYIN_SHARE * n;
}
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;

const ownSyllable = (w: string): string | undefined =>
  Object.hasOwn(PINYIN_SYLLABLES, w) ? PINYIN_SYLLABLES[w] : undefined;

/** Pinyin runs read as words: the longest run of neighbouring words that spells a lexicon word becomes the word; a
 *  single syllable of the everyday ones (wo, gei, ba …, pinyin.ts) becomes its character. */
export function foldPinyin(s: string, table: PinyinTable): string {
  return s.replace(LATIN_RUN, (run) => {
    const words = run.split(' ');
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let n = Math.min(MAX_JOIN, words.length - i);
      let hit: string | undefined;
      for (; n >= 1 && !hit; n--) {
        const key = words.slice(i, i + n).join('');
        if (key.length >= MIN_KEY && table.has(key)) hit = table.get(key);
      }
      if (hit) {
        out.push(hit);
        i += n + 1;
      } else {
        const w = words[i++]!;
        out.push(ownSyllable(w) ?? w);
      }
    }
    // Chinese words next to each other read as one text (the gap between two Han characters is closed later).
    return out.join(' ');
  });
}
