// Misspelt English typed fast ("unfreez", "refnud", "commision", "pasword"): a word that is not English (Hunspell's
// English dictionary through nspell says so) and is one edit (insert, delete, substitute, swap of neighbours) away
// from a word the FAQ knows becomes that word. The known words are the vocabulary's (vocabulary.ts), so no list of
// misspellings has to be written; TYPOS_EN (concepts.ts) keeps the chat forms one edit cannot reach (u, ur, pls).
// Real words the FAQ does not use ("policy", "story", "bonus") are left alone: they are not misspellings of
// "police", "store", "bogus".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { withinOneEdit } from '../classifier/distance.ts';

type English = ReturnType<typeof nspell>;
// Loading the dictionary takes ~0.5–1 s: once per process, on the first index built.
let english: English | undefined;
const englishDictionary = (): English => {
  // Read synchronously: the package's own entry point reads them with a top-level await.
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  const file = (name: string) => readFileSync(join(dir, name));
  english ??= nspell({ aff: file('index.aff'), dic: file('index.dic') });
  return english;
};

export interface Spelling {
  /** Known word → how often the vocabulary uses it (the most used one wins among equally close candidates). */
  known: ReadonlyMap<string, number>;
  /** Each known word and each of its one-letter deletions → the known words it comes from (symmetric delete). */
  deletes: ReadonlyMap<string, readonly string[]>;
  /** Is it an English word at all (then it is not corrected). */
  isEnglish: (word: string) => boolean;
}

// Shorter words are too close to each other to correct safely ("lock" / "look" / "loan").
const MIN_LENGTH = 4;

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export function buildSpelling(known: ReadonlyMap<string, number>): Spelling {
  const deletes = new Map<string, string[]>();
  for (const w of known.keys()) {
    if (w.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(w)) continue;
    for (const d of new Set(deletions(w))) {
      const list = deletes.get(d);
      if (list) list.push(w);
      else deletes.set(d, [w]);
    }
  }
  const dict = englishDictionary();
  return { known, deletes, isEnglish: (w) => dict.correct(w) };
}

/** The known word a misspelt word stands for, or undefined (known already, too short, none or no clear one). */
export function correctWord(spelling: Spelling, word: string): string | undefined {
  if (word.length < MIN_LENGTH || spelling.known.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  if (spelling.isEnglish(word)) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  let tie = false;
  for (const d of new Set(deletions(word))) {
    for (const w of spelling.deletes.get(d) ?? []) {
      if (w === best || !withinOneEdit(word, w)) continue;
      const n = spelling.known.get(w) ?? 0;
      if (n > bestCount) {
        best = w;
        bestCount = n;
        tie = false;
      } else if (n === bestCount) tie = true;
    }
  }
  return tie ? undefined : best;
}
