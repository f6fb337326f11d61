// Pinyin typed without an IME ("cuishou rang wo zhuan qian dao geren zhanghu"): words of the FAQ's own vocabulary
// typed as toneless pinyin become the words again, so a pinyin question meets the same cues and index terms as one
// typed in characters. The table is derived from the vocabulary (pinyin-pro readings), not written by hand; the
// hand-written PINYIN of the lexicon covers single syllables and chat shorthand (yzm, vx) on top.
import { pinyin } from 'pinyin-pro';

/** Toneless pinyin key → vocabulary word ("gerenzhanghu" → 个人账户). */
export type PinyinTable = ReadonlyMap<string, string>;

const CJK_WORD = /^[\u3400-\u9fff]{2,6}$/;
// Readings are multiplied out for polyphones (还 hai/huan); a word with more than this many keys is skipped.
const MAX_KEYS = 16;

// One syllable of toneless pinyin (ü typed as v or u); a Latin word is pinyin-shaped when it splits into these.
const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrywzcs])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE})+$`);

/** A Latin word that splits into pinyin syllables ("zhanghu", "geren"; also "women", "he" — hence the checks). */
export const pinyinShaped = (word: string): boolean => word.length <= 18 && PINYIN_WORD.test(word);

// The same syllables from a position on, to the end of the a–z run there (syllables are letters alone, so a match
// ends where the run does): pinyinShaped of a word read in place, without slicing it out of its text.
const PINYIN_RUN_AT = new RegExp(`(?:${SYLLABLE})+(?![a-z])`, 'y');
/** pinyinShaped(text.slice(start, end)) for a maximal run of a–z at [start, end). */
export function pinyinShapedAt(text: string, start: number, end: number): boolean {
  if (end - start > 18) return false;
  PINYIN_RUN_AT.lastIndex = start;
  return PINYIN_RUN_AT.test(text);
}

/** Every toneless reading of one character, ü typed as v or as u ("lv" / "lu"). */
function readingsOf(ch: string, cache: Map<string, string[]>): string[] {
  let typed = cache.get(ch);
  if (!typed) {
    const readings = pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true });
    typed = [...new Set(readings.map((r) => r.toLowerCase()).flatMap((r) => [r, r.replace(/v/g, 'u')]))];
    cache.set(ch, typed);
  }
  return typed;
}

function keysOf(word: string, cache: Map<string, string[]>): string[] {
  let keys = [''];
  for (const ch of word) {
    const typed = readingsOf(ch, cache);
    keys = keys.flatMap((k) => typed.map((r) => k + r));
    if (keys.length > MAX_KEYS) return [];
  }
  return keys.filter((k) => /^[a-z]+$/.test(k));
}

/**
 * The pinyin table of a vocabulary. `words` in order of preference (the first word keeps a shared key);
 * `english` lists Latin words that must stay English ("women" is also 我们).
 */
export function pinyinTable(words: Iterable<string>, english: ReadonlySet<string>): PinyinTable {
  const table = new Map<string, string>();
  const cache = new Map<string, string[]>();
  for (const w of words) {
    if (!CJK_WORD.test(w)) continue;
    for (const k of keysOf(w, cache)) if (!table.has(k) && !english.has(k)) table.set(k, w);
  }
  return table;
}

/**
 * Single syllables of the words every question is built from (I, he, let, give, will, want, say, is, not …), read
 * only in text that is mostly pinyin: there "rang wo zhuanzhang" is 让我转账, while in a Chinese or English question
 * "you", "ma" or "rang" are English or stay as typed. General vocabulary, one common reading each.
 */
export const PINYIN_SYLLABLES: Readonly<Record<string, string>> = {
  wo: '我',
  ni: '你',
  nin: '您',
  ta: '他',
  rang: '让',
  gei: '给',
  hui: '会',
  yao: '要',
  shuo: '说',
  de: '的',
  le: '了',
  ma: '吗',
  shi: '是',
  bu: '不',
  zai: '在',
  you: '有',
  dao: '到',
  ba: '把',
  jiu: '就',
  hai: '还',
  ye: '也',
  he: '和',
  dou: '都',
  na: '那',
  zhe: '这',
  ge: '个',
  neng: '能',
  xiang: '想',
  qu: '去',
  lai: '来',
  kan: '看',
  wen: '问',
  jiao: '交',
  zhuan: '转',
  fa: '发',
  da: '打',
  jie: '借',
  huan: '还',
  mai: '买',
  mei: '没',
  ne: '呢',
};

/**
 * Homophone typos of the vocabulary: a word typed with a wrong character of the same sound (正信 for 征信, 手续废 for
 * 手续费, 公按 for 公安 — the IME offered the neighbour). A window of the question is read as the word only when its
 * characters' usual readings spell the word's, it differs from the word in one character, is no word of its own and
 * stands between the segmenter's word boundaries (片子 stays a film, the 的额 of 我的额度 is no 提额, 家客服 inside
 * 店家客服 no 假客服); the word itself must be a word of the dictionary (a cue phrase such as 教我 or 他说 is spelt
 * by common characters by chance).
 */
export interface HomophoneTable {
  /** The word's readings joined by "|" → the vocabulary word. */
  readonly keys: ReadonlyMap<string, string>;
  /** The segmenter's cut of a Chinese run (with the vocabulary in its dictionary). */
  readonly cut: (run: string) => readonly string[];
  /** First syllables of the keys: a window starting with any other reading is passed over without building a key. */
  readonly firsts: ReadonlySet<string>;
  /** First two syllables of the keys ("zheng|xin"): the second screen, before any longer key is built. */
  readonly pairs: ReadonlySet<string>;
}

const HOMOPHONE_WORD = /^[\u3400-\u9fff]{2,4}$/;
const MAX_WINDOW = 4;
// The usual reading of each character met at answer time (a few thousand at most: the characters people type).
const usual = new Map<string, string>();

function usualReading(ch: string): string {
  let r = usual.get(ch);
  if (r === undefined) {
    r = pinyin(ch, { toneType: 'none', v: true }).toLowerCase();
    usual.set(ch, r);
  }
  return r;
}

/** The homophone table of `words` (in order of preference: the first keeps a shared key); `skip`: never a target. */
export function homophoneTable(
  words: Iterable<string>,
  cut: (run: string) => readonly string[],
  skip: ReadonlySet<string>,
  /** Phrases as targets too (在吗): only where the folded text must still pass a whole-message test (small talk). */
  phrases = false,
): HomophoneTable {
  const keys = new Map<string, string>();
  const firsts = new Set<string>();
  const pairs = new Set<string>();
  for (const w of words) {
    if (!HOMOPHONE_WORD.test(w) || skip.has(w) || (!phrases && cut(w).length !== 1)) continue;
    // The word's readings in context (还款 huan kuan, not hai kuan).
    const readings = pinyin(w, { toneType: 'none', type: 'array', v: true }).map((r) => r.toLowerCase());
    const k = readings.join('|');
    if (keys.has(k)) continue;
    keys.set(k, w);
    firsts.add(readings[0]!);
    pairs.add(`${readings[0]}|${readings[1]}`);
  }
  return { keys, cut, firsts, pairs };
}

const CJK_RUN = /[\u3400-\u9fff]{2,}/g;

/** Chinese runs of `text` with homophone typos of the table's words read as the words. */
export function foldHomophones(text: string, table: HomophoneTable): string {
  return text.replace(CJK_RUN, (run) => foldRun(run, table));
}

function foldRun(run: string, table: HomophoneTable): string {
  let bounds: Set<number> | undefined;
  let out: string | undefined;
  let from = 0;
  for (let i = 0; i + 1 < run.length; ) {
    const first = usualReading(run[i]!);
    const pair = table.firsts.has(first) ? `${first}|${usualReading(run[i + 1]!)}` : undefined;
    if (pair === undefined || !table.pairs.has(pair)) {
      i++;
      continue;
    }
    let word: string | undefined;
    for (let n = Math.min(MAX_WINDOW, run.length - i); n >= 2 && !word; n--) {
      const window = run.slice(i, i + n);
      const w = table.keys.get(keyOf(pair, window));
      if (!w || !oneApart(w, window)) continue;
      // The segmenter is asked only here (a window one sound and one character from a cue word: rare).
      bounds ??= boundaries(table.cut(run));
      if (bounds.has(i) && bounds.has(i + n) && table.cut(window).length > 1) word = w;
    }
    if (!word) {
      i++;
      continue;
    }
    out = (out ?? '') + run.slice(from, i) + word;
    i += word.length;
    from = i;
  }
  return out === undefined ? run : out + run.slice(from);
}

/** The window's key, its first two readings given. */
function keyOf(pair: string, window: string): string {
  let k = pair;
  for (let i = 2; i < window.length; i++) k += `|${usualReading(window[i]!)}`;
  return k;
}

function boundaries(words: readonly string[]): Set<number> {
  const at = new Set<number>([0]);
  let p = 0;
  for (const w of words) {
    p += w.length;
    at.add(p);
  }
  return at;
}

/** Same length, one character different. */
function oneApart(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}
