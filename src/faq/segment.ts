// Step 2 of matching: cut normalised text into the terms the index and fuse.js compare. Chinese has no spaces,
// so jieba (search mode, with our scam vocabulary) finds the words; English words are reduced to a crude stem
// so "codes", "coded" and "code" meet. Content variants and questions go through the same function.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { NUMBER_TOKENS, SCAM_TERMS, STOP_EN, STOP_ZH } from './lexicon.ts';

let jieba: Jieba | undefined;

/** The segmenter, loaded on first use (the default dictionary takes ~0.25 s to load). */
function getJieba(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    // A high frequency makes the whole term win over the default dictionary's shorter words.
    jieba.loadDict(Buffer.from(SCAM_TERMS.map((w) => `${w} 50000 n`).join('\n')));
  }
  return jieba;
}

const RUN = /[\u3400-\u9fff]+|[a-z]+|[0-9]+/g;

/** The segmenter's plain cut of a Chinese run (with the scam vocabulary in its dictionary, no guessing of new words). */
export const cutWords = (run: string): string[] => getJieba().cut(run, false);

/** Crude English stemmer: one suffix, a final "e", a doubled consonant ("cancelled" → "cancel"). */
export function stem(word: string): string {
  let w = word;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiou]/.test(w[w.length - 1]!)) w = w.slice(0, -1);
  return w;
}

function numberToken(digits: string): string | undefined {
  for (const rule of NUMBER_TOKENS) if (rule.pattern.test(digits)) return rule.token(digits);
  return undefined;
}

/** Terms of normalised text: jieba words for Chinese runs, stems for English words, meaningful numbers only. */
export function segment(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(RUN)) {
    const c = run.charCodeAt(0);
    if (c >= 0x3400) {
      for (const w of getJieba().cutForSearch(run, true)) if (!STOP_ZH.has(w)) out.push(w);
    } else if (c >= 97) {
      if (!STOP_EN.has(run)) out.push(stem(run));
    } else {
      const token = numberToken(run);
      if (token) out.push(...token.split(' '));
    }
  }
  return out;
}

/**
 * Character n-grams: bigrams inside Chinese runs, trigrams inside English words (with boundary marks).
 * They survive what words do not: a homophone typo (正信 for 征信), a word jieba splits differently, "servce".
 */
export function charGrams(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(RUN)) {
    const c = run.charCodeAt(0);
    if (c >= 0x3400) {
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
      if (run.length === 1) out.push(run);
    } else if (c >= 97 && !STOP_EN.has(run)) {
      const w = `<${run}>`;
      for (let i = 0; i + 2 < w.length; i++) out.push(w.slice(i, i + 3));
    }
  }
  return out;
}
