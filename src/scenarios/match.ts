// Phrase matching for drill answers. Users type fast and loosely on a phone, so: normalise both sides, match
// Chinese phrases as substrings and English phrases as whole words (one typo allowed in long words), and ignore a
// phrase that is negated ("我不会转账" is not agreeing to pay). Pure: no I/O.
import { withinOneEdit } from '../classifier/distance.ts';
import { normalizeText, normalizeTextQuick } from '../content/normalize.ts';

/** An answer prepared once and matched against many phrases. */
export interface PreparedText {
  /** normalizeText output (NFKC, lower case, simplified Chinese). */
  readonly norm: string;
  /** For zh phrases: spaces removed, punctuation turned into "|" so a negation never reaches across a clause. */
  readonly compact: string;
  /** For en phrases: words with the clause they sit in. */
  readonly words: readonly Word[];
}

interface Word {
  /** The word without apostrophes ("don't" → "dont"): users drop them. */
  readonly key: string;
  readonly raw: string;
  readonly clause: number;
}

const PUNCT = /[\p{P}\p{S}]+/gu;
// Latin-script words and numbers only: Chinese has no spaces and is matched by substring instead.
const WORD = /[a-z0-9\u00c0-\u024f]+(?:'[a-z\u00c0-\u024f]+)*/g;
// Latin letters and digits: a zh-list phrase such as "110" or "官方app" must not match inside a longer run.
const ALNUM = /[a-z0-9]/;

// The last answer prepared: a drill turn asks for the same answer's form three times (the judge, the spot words,
// the failed ending) and the practise intent once per message. Shared read-only, like the phrase forms below.
let last: { text: string; prepared: PreparedText } | undefined;

export function prepareText(text: string): PreparedText {
  if (last?.text === text) return last.prepared;
  const prepared = prepareUncached(text);
  last = { text, prepared };
  return prepared;
}

function prepareUncached(text: string): PreparedText {
  const norm = normalizeText(text).replace(/[\u2018\u2019\u02bc`]/g, "'");
  const compact = norm.replace(/'/g, '').replace(/\s+/g, '').replace(PUNCT, '|');
  const words: Word[] = [];
  // Split into clauses at punctuation other than the apostrophe, then into words.
  norm.split(/[^\p{L}\p{N}'\s]+/u).forEach((part, clause) => {
    for (const m of part.matchAll(WORD)) {
      words.push({ key: m[0].replace(/'/g, ''), raw: m[0], clause });
    }
  });
  return { norm, compact, words };
}

// --- negation -------------------------------------------------------------------------------------------------
// Longest first, so "不会" is recognised before "不".
const ZH_NEGATIONS = ['绝不', '不会', '不要', '不能', '不', '没', '别'];
// Words that may stand between a negation and the phrase ("不给你转账", "不想转账", "不会再转"): at most three.
const ZH_FILLERS = new Set([...'我你他她再去给会要想用敢']);
const EN_NEGATIONS = new Set(['not', 'never', 'dont', 'wont', 'cannot', 'cant', 'no']);
const EN_FILLERS = new Set([
  'going',
  'to',
  'gonna',
  'want',
  'wanna',
  'ever',
  'really',
  'be',
  'will',
  'i',
  'you',
  'even',
  'the',
  'a',
  'your',
  'my',
  'any',
  'it',
]);
const MAX_FILLERS = 3;

function zhNegatedBefore(compact: string, at: number): boolean {
  // Only the current clause counts: "不，我转账" is not a negated transfer.
  let before = compact.slice(0, at);
  const bar = before.lastIndexOf('|');
  if (bar >= 0) before = before.slice(bar + 1);
  for (let skipped = 0; skipped <= MAX_FILLERS; skipped++) {
    if (ZH_NEGATIONS.some((n) => before.endsWith(n))) return true;
    const last = before.at(-1);
    if (!last || !ZH_FILLERS.has(last)) return false;
    before = before.slice(0, -1);
  }
  return false;
}

function isEnNegation(w: Word): boolean {
  return EN_NEGATIONS.has(w.key) || w.raw.endsWith("n't");
}

function enNegatedBefore(words: readonly Word[], at: number): boolean {
  const clause = words[at]!.clause;
  for (let i = at - 1, skipped = 0; i >= 0 && words[i]!.clause === clause; i--) {
    const w = words[i]!;
    // "no" only negates what directly follows it ("no transfer"); "no I will transfer" is not a refusal.
    if (isEnNegation(w)) return w.key !== 'no' || skipped === 0;
    if (!EN_FILLERS.has(w.key) || ++skipped > MAX_FILLERS) return false;
  }
  return false;
}

// --- typo tolerance -------------------------------------------------------------------------------------------
const TYPO_MIN_LENGTH = 5;

function wordMatches(answerWord: string, phraseWord: string): boolean {
  if (answerWord === phraseWord) return true;
  // Short words get no tolerance: "pay"/"day", "wire"/"wife" are different words, not typos.
  return phraseWord.length >= TYPO_MIN_LENGTH && withinOneEdit(answerWord, phraseWord);
}

// --- phrases --------------------------------------------------------------------------------------------------
export type PhraseLocale = 'zh' | 'en';

export interface MatchOptions {
  /** Ignore matches right after a negation (true for judging, false for red-flag spot words). */
  negation: boolean;
}

// Content phrases (intents, a node's safe and risky lists) are matched against every answer, and the practise intent
// against every message: each phrase's matching form is computed once, not on every call. Bounded, in case a caller
// ever passes phrases that are not content.
const PHRASE_FORMS_MAX = 8192;
const zhForms = new Map<string, string>();
const enForms = new Map<string, string[]>();

function formOf<T>(forms: Map<string, T>, phrase: string, make: (phrase: string) => T): T {
  let form = forms.get(phrase);
  if (form === undefined) {
    if (forms.size >= PHRASE_FORMS_MAX) forms.clear();
    form = make(phrase);
    forms.set(phrase, form);
  }
  return form;
}

const zhForm = (phrase: string) => normalizeText(phrase).replace(/'/g, '').replace(/\s+/g, '').replace(PUNCT, '|');
const enForm = (phrase: string) => prepareText(phrase).words.map((w) => w.key);

/** A zh phrase (its form `p`) as a substring of the compact answer; the first non-negated occurrence counts. */
function matchZh(text: PreparedText, p: string, opts: MatchOptions): boolean {
  if (!p) return false;
  for (let at = text.compact.indexOf(p); at >= 0; at = text.compact.indexOf(p, at + 1)) {
    const before = text.compact[at - 1];
    const after = text.compact[at + p.length];
    if (ALNUM.test(p[0]!) && before && ALNUM.test(before)) continue;
    if (ALNUM.test(p.at(-1)!) && after && ALNUM.test(after)) continue;
    if (opts.negation && zhNegatedBefore(text.compact, at)) continue;
    return true;
  }
  return false;
}

/** An en phrase (its form `p`) as consecutive whole words of one clause; the first non-negated occurrence counts. */
function matchEn(text: PreparedText, p: readonly string[], opts: MatchOptions): boolean {
  if (!p.length) return false;
  const words = text.words;
  for (let start = 0; start + p.length <= words.length; start++) {
    const clause = words[start]!.clause;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) {
      const w = words[start + k]!;
      ok = w.clause === clause && wordMatches(w.key, p[k]!);
    }
    if (!ok) continue;
    if (opts.negation && enNegatedBefore(words, start)) continue;
    return true;
  }
  return false;
}

export function matchPhrase(text: PreparedText, phrase: string, locale: PhraseLocale, opts: MatchOptions): boolean {
  return locale === 'zh'
    ? matchZh(text, formOf(zhForms, phrase, zhForm), opts)
    : matchEn(text, formOf(enForms, phrase, enForm), opts);
}

// A content list's phrase forms, by the list: content is loaded once and never changes, so a judge's walk over an
// intent or a node's list reads one array of forms instead of looking each phrase up by its text (a Map lookup per
// phrase per answer was a quarter of the drill judge's time).
const zhLists = new WeakMap<readonly string[], string[]>();
const enLists = new WeakMap<readonly string[], string[][]>();

function formsOf<T>(lists: WeakMap<readonly string[], T[]>, list: readonly string[], one: (p: string) => T): T[] {
  let forms = lists.get(list);
  if (!forms) {
    forms = list.map(one);
    lists.set(list, forms);
  }
  return forms;
}

/** The first phrase of `list` the answer holds, as matchPhrase tries them one by one (undefined: none). */
export function firstPhrase(
  text: PreparedText,
  list: readonly string[],
  locale: PhraseLocale,
  opts: MatchOptions,
): string | undefined {
  if (locale === 'zh') {
    const forms = formsOf(zhLists, list, (p) => formOf(zhForms, p, zhForm));
    for (let i = 0; i < forms.length; i++) if (matchZh(text, forms[i]!, opts)) return list[i];
  } else {
    const forms = formsOf(enLists, list, (p) => formOf(enForms, p, enForm));
    for (let i = 0; i < forms.length; i++) if (matchEn(text, forms[i]!, opts)) return list[i];
  }
  return undefined;
}

interface PhraseScreen {
  /** A zh phrase's form holds punctuation ("|": it matches at any punctuation): the lists are not screened. */
  open: boolean;
  zh: string[];
  /** Each en phrase's first word. */
  en: string[];
}
const screens = new WeakMap<object, PhraseScreen>();
const APOSTROPHES = /[\u2018\u2019\u02bc`]/g;

function screenOf(lists: { zh: readonly string[]; en: readonly string[] }): PhraseScreen {
  let screen = screens.get(lists);
  if (!screen) {
    const zh = lists.zh.map((p) => formOf(zhForms, p, zhForm)).filter((f) => f.length > 0);
    const en = lists.en.map((p) => formOf(enForms, p, enForm)[0]).filter((w) => w !== undefined);
    screen = { open: zh.some((f) => f.includes('|')), zh, en };
    screens.set(lists, screen);
  }
  return screen;
}

/**
 * False when no phrase of these lists can match the text, decided without preparing it (the practise intent is
 * asked of every message, and few hold its words): a zh phrase must be in the text (spaces and apostrophes
 * dropped), an en phrase's first word must be one of its words (one typo allowed, as matchEn); negation and clauses
 * are left to the match itself; patterns are not screened. The text is read in normalizeTextQuick's form: the same
 * as normalizeText's except for OpenCC's phrase pass over text without a traditional character (identical on the
 * 24k field, bench and FAQ texts tried).
 */
export function mightMatchPhrases(
  text: string,
  lists: { zh: readonly string[]; en: readonly string[]; patterns: readonly string[] },
): boolean {
  if (lists.patterns.length) return true;
  const screen = screenOf(lists);
  if (screen.open) return true;
  // As prepareText reads it: apostrophes as one, then (zh) apostrophes and spaces dropped.
  const norm = normalizeTextQuick(text).replace(APOSTROPHES, "'");
  if (screen.zh.length) {
    const compact = norm.replace(/['\s]+/g, '');
    if (screen.zh.some((f) => compact.includes(f))) return true;
  }
  if (screen.en.length) {
    for (const m of norm.matchAll(WORD)) {
      const key = m[0].replace(/'/g, '');
      if (screen.en.some((w) => wordMatches(key, w))) return true;
    }
  }
  return false;
}

const regexCache = new Map<string, RegExp>();

/** Author-written regular expressions, case-insensitive, against the normalised answer. Invalid ones never match. */
export function compilePattern(source: string): RegExp | undefined {
  let re = regexCache.get(source);
  if (!re) {
    try {
      re = new RegExp(source, 'i');
    } catch {
      return undefined;
    }
    regexCache.set(source, re);
  }
  return re;
}

/** The error message of an invalid pattern, or undefined when it compiles. */
export function patternError(source: string): string | undefined {
  try {
    new RegExp(source, 'i');
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}
