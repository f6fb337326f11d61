// Phrases found the way `new RegExp(phraseAlternation(phrases))` finds them (normalize.ts) — leftmost, the longest
// phrase there, one starting with a Latin letter or digit only as a whole word — by a walk of a character trie
// instead. V8 tries an alternation of hundreds of phrases alternative by alternative at every position of the text:
// the router's cue lists cost ~3 % of a brain turn so; a trie walk costs one probe per character, most of them
// turned away by the trie's bitmaps (src/classifier/word-trie.ts).
import { NONE, ROOT, WordTrie } from '../classifier/word-trie.ts';

/** A phrase found: where it starts and ends in the text, and what it holds (the value added first with it). */
export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

export class PhraseTrie<T> {
  private readonly trie = new WordTrie<T>();
  /** Phrases added (empty ones are not: phraseAlternation drops them too). */
  size = 0;

  add(phrase: string, value: T): void {
    if (!phrase) return;
    this.trie.add(
      Array.from({ length: phrase.length }, (_, i) => phrase.charCodeAt(i)),
      value,
    );
    this.size++;
  }

  /** The first phrase of `text` at or after `from`, as the alternation's exec() finds it from there. */
  next(text: string, from = 0): PhraseHit<T> | undefined {
    const { trie } = this;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const latin = isAlnum(c);
      // A Latin phrase starts a word: not right after a letter or digit.
      if (latin && i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
      let end = -1;
      let value: T | undefined;
      let node = ROOT;
      for (let j = i; j < text.length; j++) {
        node = trie.next(node, text.charCodeAt(j));
        if (node === NONE) break;
        // …and ends one: not right before a letter or digit. The longest phrase ending well wins.
        if (trie.ends(node) && (!latin || j + 1 === text.length || !isAlnum(text.charCodeAt(j + 1)))) {
          end = j + 1;
          value = trie.at(node)![0];
        }
      }
      if (end >= 0) return { start: i, end, value: value as T };
    }
    return undefined;
  }
}
