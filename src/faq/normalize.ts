// Step 1 of matching: turn a question (or a content variant — both go through here) into the plain text the
// segmenter reads. Whatever varies between users without changing what they ask is removed here: width, script
// (繁/简), case, punctuation, the brand's own name, pasted links and numbers, pinyin, and filler words.
import * as OpenCC from 'opencc-js';
import { hasCjk, normalizeText, stripPunctuation } from '../content/normalize.ts';
import { CONCEPTS, TYPOS_EN } from './concepts.ts';
import { FILLERS_EN, FILLERS_ZH, PINYIN, SYNONYMS_EN, SYNONYMS_ZH } from './lexicon.ts';
import {
  foldHomophones,
  type HomophoneTable,
  PINYIN_SYLLABLES,
  type PinyinTable,
  pinyinShaped,
} from '../content/pinyin.ts';
import { correctWord, type Spelling } from './spelling.ts';

// Taiwan phrasing (簡訊 → 短信, 螢幕 → 屏幕, 連結 → 链接) before the character-level conversion of normalizeText,
// which would otherwise turn them into 简讯/萤幕/连结 that no content uses.
const twPhrasesToCn = OpenCC.Converter({ from: 'twp', to: 'cn' });

/** A literal string inside a RegExp. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of phrases, longest first: Chinese ones match anywhere, Latin ones as whole words only. */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases.filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => (/^[a-z0-9]/.test(p) ? `(?<![a-z0-9])${escapeRe(p)}(?![a-z0-9])` : escapeRe(p)))
    .join('|');
}
const byLength = (a: string, b: string) => b.length - a.length;

// Links: with a scheme, or bare host names with a letter TLD ("anxin-kefu.top/a"), as they appear in SMS.
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}(?:\/\S*)?/g;
// "+86" / "0086" is the domestic country code: it says nothing about a call coming from abroad.
const DOMESTIC_PREFIX = /(?:\+\s?|(?<!\d)00)86(?=[\s-]?\d)/g;
// Any other "+" (or 加号) is the foreign-call prefix users also write as 00 — unless it sits between two
// numbers ("1+1"), where it is arithmetic.
const PLUS = /(?<![0-9a-z]\s?)\+|加号/g;

const FILLER_ZH = new RegExp([...FILLERS_ZH].sort(byLength).map(escapeRe).join('|'), 'g');
const FILLER_EN = new RegExp(
  `(?<![a-z0-9])(?:${[...FILLERS_EN].sort(byLength).map(escapeRe).join('|')})(?![a-z0-9])`,
  'g',
);
// Latin words, digits allowed inside ("2fa"); runs of digits alone are in no word list and stay as they are.
const LATIN_WORD = /[a-z0-9]+/g;
const CJK_GAP = /(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g;
/** Spaces between two Chinese characters removed: a quote mark or a typed gap splits no Chinese word (「修復」信貸). */
export const closeCjkGaps = (s: string): string => s.replace(CJK_GAP, '');
const SYNONYM_ZH = new RegExp(Object.keys(SYNONYMS_ZH).sort(byLength).map(escapeRe).join('|'), 'g');

// Concept forms → [Chinese word, English word], keyed as the text will read them (punctuation stripped). Looked up
// word by word, longest form first: one alternation over ~700 forms cost ~0.2 ms per question.
const CONCEPT_OF = new Map<string, readonly [string, string]>();
// First word of a form of two words or more → the most words such a form has: other words are tried alone.
const CONCEPT_LEAD = new Map<string, number>();
for (const c of CONCEPTS) {
  for (const f of [c.en, ...c.forms]) {
    const key = stripPunctuation(f);
    if (!key || CONCEPT_OF.has(key)) continue;
    CONCEPT_OF.set(key, [c.zh, c.en]);
    const words = key.split(' ');
    if (words.length > 1) CONCEPT_LEAD.set(words[0]!, Math.max(CONCEPT_LEAD.get(words[0]!) ?? 1, words.length));
  }
}
// A run of Latin words separated by single spaces (Chinese characters end a run).
const LATIN_RUN = /[a-z0-9]+(?: [a-z0-9]+)*/g;

/** The concept forms of a Latin run replaced, longest first: in Chinese text by the Chinese word. */
function replaceConcepts(run: string, zh: boolean): string {
  const words = run.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let hit: readonly [string, string] | undefined;
    let n = Math.min(CONCEPT_LEAD.get(words[i]!) ?? 1, words.length - i);
    for (; n > 0 && !hit; n--) hit = CONCEPT_OF.get(n === 1 ? words[i]! : words.slice(i, i + n).join(' '));
    if (hit) {
      out.push(zh ? ` ${hit[0]} ` : hit[1]);
      i += n + 1;
    } else out.push(words[i++]!);
  }
  return out.join(' ');
}

/**
 * Pinyin typed one syllable at a time ("bei pian le zenme ban"): 2–4 neighbouring Latin words whose concatenation
 * is a pinyin word of the lexicon become that word. With the vocabulary's table (pinyin.ts), 1–4 pinyin-shaped
 * words that spell a vocabulary word become the word itself ("geren zhanghu" → 个人账户). Only Latin runs are
 * touched; English has no such joins.
 */
function joinPinyin(s: string, table: PinyinTable | undefined): string {
  // Every join starts at a lower-case letter: most Chinese questions hold none, and the split and join would give s.
  if (!HAS_LETTER.test(s)) return s;
  const words = s.split(' ');
  if (words.length < 2 && !table) return s;
  // The words as they are until the first join (most texts have none, and then s is the answer): no list before it.
  let out: string[] | undefined;
  for (let i = 0; i < words.length; ) {
    // Every join is of lower-case letters only: a Chinese run, a number or an empty word starts none (and ends the
    // words a join may take), so they are passed over without building keys.
    let latin = 0;
    while (latin < 4 && i + latin < words.length && LETTERS.test(words[i + latin]!)) latin++;
    if (!latin) {
      out?.push(words[i]!);
      i++;
      continue;
    }
    let joined = 0;
    for (let n = latin; n >= (table ? 1 : 2) && !joined; n--) {
      // A key is built only where one of the two joins can hold.
      const syllables = n >= 2 && allWords(words, i, n, SHORT_WORD);
      const shaped = table !== undefined && allWords(words, i, n, PINYIN_SHAPED);
      if (!syllables && !shaped) continue;
      const key = concat(words, i, n);
      let join: string;
      if (syllables && Object.hasOwn(PINYIN, key)) join = key;
      else if (shaped && key.length >= MIN_TABLE_KEY && table.has(key)) join = ` ${table.get(key)!} `;
      else continue;
      out ??= words.slice(0, i);
      out.push(join);
      joined = n;
    }
    if (joined) i += joined;
    else {
      out?.push(words[i]!);
      i++;
    }
  }
  return out ? out.join(' ') : s;
}

const SHORT_WORD = /^[a-z]{1,6}$/;
const PINYIN_SHAPED = { test: pinyinShaped };

/** Every one of words[i, i + n) passes `re`. */
function allWords(words: readonly string[], i: number, n: number, re: { test(w: string): boolean }): boolean {
  for (let k = i; k < i + n; k++) if (!re.test(words[k]!)) return false;
  return true;
}

/** words.slice(i, i + n).join(''), without the list. */
function concat(words: readonly string[], i: number, n: number): string {
  let key = words[i]!;
  for (let k = i + 1; k < i + n; k++) key += words[k]!;
  return key;
}

const LETTERS = /^[a-z]+$/;
const HAS_LETTER = /[a-z]/;

// A key of the vocabulary's table is used from two syllables and five letters up: "xian" could be 先 as well as 西安.
const MIN_TABLE_KEY = 5;
// An English question is full of pinyin-shaped words too ("i can go to a"): the table is used on Latin text only
// when most of its words are pinyin-shaped.
const PINYIN_SHARE = 0.6;

/**
 * Most words pinyin-shaped, and not mostly English words that happen to split into syllables: "he said i have to pay
 * a fee to release the loan" is 9 of 15 pinyin-shaped (he, have, fee, release, loan …) — read as pinyin it became
 * 和 … 放款, a product cue. A shaped word is English when the FAQ's English vocabulary holds it (`known`,
 * spelling.ts) and no pinyin list does (the vocabulary also holds typed pinyin: zenme, zhanghu); the other shaped
 * words (wo, shuo, rang) are pinyin's own evidence and must be at least as many.
 */
function mostlyPinyin(
  s: string,
  known: ReadonlyMap<string, number> | undefined,
  table: PinyinTable | undefined,
): boolean {
  const words = s.match(/[a-z]+/g) ?? [];
  const shaped = words.filter(pinyinShaped);
  if (!words.length || shaped.length < PINYIN_SHARE * words.length) return false;
  if (!known) return true;
  const english = shaped.filter((w) => known.has(w) && !pinyinWord(w, table)).length;
  return shaped.length - english >= english;
}

/** A word one of the pinyin lists holds (the lexicon's syllables and shorthand, the vocabulary's table). */
const pinyinWord = (w: string, table: PinyinTable | undefined): boolean =>
  Object.hasOwn(PINYIN_SYLLABLES, w) || Object.hasOwn(PINYIN, w) || table?.has(w) === true;

/** A misspelt word corrected (and then read like a typed one: a corrected "thnaks" is still a synonym's form). */
function spelled(spelling: Spelling | undefined, w: string): string | undefined {
  // A pinyin-shaped word ("dian", "zhen") in a mixed question is pinyin, not a misspelt "didn" or "then".
  const c = spelling && !pinyinShaped(w) ? correctWord(spelling, w) : undefined;
  return c === undefined ? undefined : (wordFrom(SYNONYMS_EN, c) ?? c);
}

// Own keys only: a user typing "constructor" must not get Object.prototype.constructor back.
const wordFrom = (table: Readonly<Record<string, string>>, w: string): string | undefined =>
  Object.hasOwn(table, w) ? table[w] : undefined;

/** Brand names and aliases match everywhere (every entry is about the brand), so they are removed, not indexed. */
export function brandPattern(terms: readonly string[]): RegExp | undefined {
  const cleaned = [...new Set(terms.map((t) => normalizeText(t)).filter((t) => t.length > 0))].sort(byLength);
  if (!cleaned.length) return undefined;
  // Latin aliases only as whole words ("anxin" must not eat "anxinjie" — longer ones come first anyway).
  return new RegExp(phraseAlternation(cleaned), 'g');
}

export interface NormalizeOptions {
  /** Built once per brand with brandPattern(). */
  brand?: RegExp;
  /** What the brand's name reads as instead of being removed (route.ts `named`: the platform as the one who acts). */
  brandAs?: { zh: string; en: string };
  /** Keep "is this a scam?" fillers (routing reads them as scam cues; ranking drops them). */
  keepFillers?: boolean;
  /** The vocabulary's pinyin table (pinyin.ts), built once per index. */
  pinyin?: PinyinTable;
  /** The vocabulary's English words (spelling.ts): a misspelt word one edit from a known one becomes it. */
  spelling?: Spelling;
  /** The cue words' homophone typos (pinyin.ts): 正信 → 征信, 手续废 → 手续费. */
  homophones?: HomophoneTable;
}

// A name in quotes or after someone's possessive ("叫“易达贷客服中心”的公众号", "her AnxinLoan app") is a label or
// someone else's thing, not the platform acting: removed as usual.
const LABELLED = /(?:["“”'‘’「『]|\b(?:her|his|their|my mum s|my mom s|my dad s)) *$/;
const namedAs = (s: string, at: number, as: string): string =>
  LABELLED.test(s.slice(Math.max(0, at - 12), at)) ? ' ' : ` ${as} `;

/**
 * Matching form of a question: NFKC, Taiwan phrases → mainland, normalizeText (lower case, 繁→简), links →
 * 链接/link, brand removed, "+" → 00, punctuation removed, pinyin and shorthand → words, concept lexicon
 * (concepts.ts: English forms → the content's word, in Chinese text the Chinese one), regional synonyms →
 * content's words, fillers removed, single spaces.
 * Never used for display.
 */
export function normalizeQuestion(input: string, options: NormalizeOptions = {}): string {
  return finishForm(matchingForm(input, options).form, options.keepFillers === true);
}

/**
 * normalizeQuestion with fillers kept and without, from one pass of everything before the filler step (the FAQ
 * reads a question both ways: the router and the model with fillers, the index without), and normalizeText(input)
 * (the text's form and the router's opening read it) taken from that pass where it is the same string.
 */
export function normalizeQuestionBoth(
  input: string,
  options: NormalizeOptions = {},
): { kept: string; dropped: string; text: string } {
  const { form, text } = matchingForm(input, options);
  return { kept: finishForm(form, true), dropped: finishForm(form, false), text: text ?? normalizeText(input) };
}

function finishForm(form: string, keepFillers: boolean): string {
  const s = keepFillers ? form : form.replace(FILLER_ZH, ' ').replace(FILLER_EN, ' ');
  // Chinese is written without spaces: a space between two Chinese characters (typed by habit, left by a
  // pinyin word or a removed filler) only stops jieba from seeing the word across it ("安全 账户").
  return closeCjkGaps(s).replace(/\s+/g, ' ').trim();
}

/**
 * Everything normalizeQuestion does before the filler step (which reads no option but brand, pinyin, spelling);
 * `text`: normalizeText(input) when this pass had it for free — normalizeText starts with NFKC, so unless a Taiwan
 * phrase was rewritten its own pass here is normalizeText(input) (one OpenCC character pass for both).
 */
function matchingForm(input: string, options: NormalizeOptions): { form: string; text: string | undefined } {
  const { brand, brandAs } = options;
  const nfkc = input.normalize('NFKC');
  const zh = hasCjk(nfkc);
  let s: string = zh ? twPhrasesToCn(nfkc) : nfkc;
  const untouched = s === nfkc;
  s = normalizeText(s);
  const text = untouched ? s : undefined;
  s = s.replace(URL, zh ? ' 链接 ' : ' link ');
  if (brand)
    s = brandAs
      ? s.replace(brand, (_m: string, at: number) => namedAs(s, at, zh ? brandAs.zh : brandAs.en))
      : s.replace(brand, ' ');
  s = s.replace(DOMESTIC_PREFIX, ' ').replace(PLUS, ' 00 ');
  s = stripPunctuation(s);
  const pinyinText = !zh && mostlyPinyin(s, options.spelling?.known, options.pinyin);
  const table = options.pinyin && (zh || pinyinText) ? options.pinyin : undefined;
  s = joinPinyin(s, table);
  if (pinyinText) s = s.replace(LATIN_WORD, (w) => wordFrom(PINYIN_SYLLABLES, w) ?? w);
  // Spelling is not tried on pinyin text: "rang" is a syllable there, not a misspelt "range".
  const spelling = pinyinText ? undefined : options.spelling;
  s = s.replace(
    LATIN_WORD,
    (w) => wordFrom(PINYIN, w) ?? wordFrom(SYNONYMS_EN, w) ?? wordFrom(TYPOS_EN, w) ?? spelled(spelling, w) ?? w,
  );
  // Pinyin typed whole reads as Chinese from here on: its words meet the Chinese concepts and regional synonyms as
  // typed characters do ("ta ge ren ka" → 他个人卡 → 他个人银行卡, the request cue's form).
  const chinese = zh || (pinyinText && hasCjk(s));
  // Concepts: English forms in Chinese text become the Chinese word (mixed questions), in English text the one
  // English word (casual and misspelt forms meet the content's).
  s = s.replace(LATIN_RUN, (run) => replaceConcepts(run, chinese));
  // Regional synonyms read Chinese as written, without the gaps a concept word leaves ("征信 report" → 征信 举报 → 征信举报).
  if (chinese) s = closeCjkGaps(s).replace(SYNONYM_ZH, (w) => SYNONYMS_ZH[w]!);
  // …and a cue word typed with a wrong character of the same sound reads as the word (the IME's neighbour).
  if (chinese && options.homophones) s = foldHomophones(s, options.homophones);
  return { form: s, text };
}
