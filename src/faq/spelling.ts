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
// Loading the dictionary takes ~0.5–1 s: once per process, and only when a word needs it — a Latin word the FAQ does
// not know that is one edit from one it does (most questions hold none). A server loads it in the background once
// it listens (loadEnglish), so no question waits for it; a one-shot CLI `ask` usually never loads it.
let english: English | undefined;

/** Load the English dictionary now (idempotent): for a server right after start-up. */
export function loadEnglish(): void {
  if (english) return;
  // Read synchronously: the package's own entry point reads them with a top-level await.
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  const file = (name: string) => readFileSync(join(dir, name));
  english = nspell({ aff: file('index.aff'), dic: file('index.dic') });
}

const isEnglishWord = (word: string): boolean => {
  loadEnglish();
  return english!.correct(word);
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
  return { known, deletes, isEnglish: isEnglishWord };
}

/** The known word a misspelt word stands for, or undefined (known already, too short, none or no clear one). */
export function correctWord(spelling: Spelling, word: string): string | undefined {
  if (word.length < MIN_LENGTH || spelling.known.has(word) || !/^[a-z]+$/.test(word)) return undefined;
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
  // The dictionary is asked last, only about a word that has a clear correction: most words have none.
  if (tie || best === undefined) return undefined;
  return spelling.isEnglish(word) ? undefined : best;
}
