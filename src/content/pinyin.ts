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
