// The declaration of which words nested in a longer concept word it hides (content/concept-nesting.yaml). The reader
// never reads a word inside one it has read, so a longer word takes the families of the words nested in it at compile
// time (compileConcepts) — unless declared here: 手续费 hides 续费's renewal. Its schema, its content check, and the
// list of today's drops its generated section is made from (bench/concept-nesting.ts).
import { z } from 'zod';
import type { ContentProblem, YamlSource } from '../content/yaml-source.ts';
import { problemAt } from '../content/yaml-source.ts';
import {
  lexiconWords,
  type conceptFileSchema,
  FAMILIES,
  type Family,
  hiddenFamilies,
  nestedFamilies,
} from './concepts.ts';
import { normalizeMessage, type VariantFolder } from './normalize-message.ts';
import { WordTrie } from './word-trie.ts';

const family = z.enum(FAMILIES);
const wordList = z.array(z.string().min(1));
/** outer family → hidden family → `all` (every word of the outer family) or the words; or outer family → `all`
 *  (its words take nothing from nested words: a family of other words). */
const hideMap = z.partialRecord(
  family,
  z.union([z.literal('all'), z.partialRecord(family, z.union([z.literal('all'), wordList]))]),
);
const readMap = z.partialRecord(family, z.partialRecord(family, wordList));
export const nestingFileSchema = z.strictObject({
  /** Hand-written: deliberate (the nested word means something else inside the longer one). */
  hides: hideMap.optional(),
  /** Reviewed: these words read as their nested words (kept so the generated list does not take them back). */
  reads: readMap.optional(),
  /** Generated (`npm run concepts:nesting`): today's drops not yet judged; hidden as before. */
  unreviewed: readMap.optional(),
});
export type NestingFile = z.output<typeof nestingFileSchema>;

type Concepts = z.output<typeof conceptFileSchema>;

/** One drop: a longer word (as written, under its first family) and a family of a word nested in it. */
export interface NestingDrop {
  outer: Family;
  word: string;
  hides: Family;
}

/** The raw spelling of each normalised word, under its first family. */
function spellings(file: Concepts, variants: VariantFolder): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of Object.values(file.families))
    for (const w of [...(entry?.zh ?? []), ...(entry?.en ?? []), ...(entry?.pinyin ?? [])]) {
      const n = normalizeMessage(w, variants);
      if (!out.has(n)) out.set(n, w);
    }
  return out;
}

function trieOf(own: ReadonlyMap<string, readonly Family[]>): WordTrie<Family> {
  const root = new WordTrie<Family>();
  for (const [w, fams] of own)
    for (const f of fams)
      root.add(
        Array.from(w, (c) => c.charCodeAt(0)),
        f,
      );
  return root;
}

/** Every family a word would take from a nested word but for the hand-written `hides` (`reads` entries included). */
export function nestingDrops(file: Concepts, variants: VariantFolder, nesting?: NestingFile): NestingDrop[] {
  const own = lexiconWords(file, variants);
  const root = trieOf(own);
  const hand = hiddenFamilies({ hides: nesting?.hides }, own, variants);
  const raw = spellings(file, variants);
  const out: NestingDrop[] = [];
  for (const [w, fams] of own)
    for (const f of nestedFamilies(w, own, root, hand)) out.push({ outer: fams[0]!, word: raw.get(w)!, hides: f });
  return out;
}

type Section = 'hides' | 'reads' | 'unreviewed';

/** The declaration's content check: each listed word is a word of its family that holds a nested word of the family
 *  it hides (or reads) and lacks it — no stale entry, none twice, no `reads` a whole-family rule hides. */
export function nestingProblems(
  source: YamlSource,
  nesting: NestingFile,
  file: Concepts,
  variants: VariantFolder,
): ContentProblem[] {
  const own = lexiconWords(file, variants);
  const root = trieOf(own);
  const takes = new Map<string, Family[]>();
  const takenBy = (w: string) => {
    if (!takes.has(w))
      takes.set(
        w,
        nestedFamilies(w, own, root, () => false),
      );
    return takes.get(w)!;
  };
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const section of ['hides', 'reads', 'unreviewed'] as Section[]) {
    for (const [outer, inner] of Object.entries(nesting[section] ?? {}) as [
      Family,
      'all' | Record<string, unknown>,
    ][]) {
      if (inner === 'all') continue;
      for (const [hid, words] of Object.entries(inner ?? {}) as [Family, 'all' | string[]][]) {
        const at = [section, outer, hid];
        if (outer === hid) problems.push(problemAt(source, at, `${outer} words hold ${hid} already: nothing to hide`));
        if (words === 'all') continue;
        words.forEach((word, i) => {
          const n = normalizeMessage(word, variants);
          const place = `${section}.${outer}.${hid}`;
          let message: string | undefined;
          if (!own.get(n)?.includes(outer)) message = `"${word}" is no word of family ${outer}`;
          else if (!takenBy(n).includes(hid))
            message = `"${word}" holds no word of ${hid} it lacks: nothing to declare (stale)`;
          else if (seen.has(`${n}\t${hid}`))
            message = `"${word}" / ${hid} is declared twice (also in ${seen.get(`${n}\t${hid}`)})`;
          else if (
            section === 'reads' &&
            (own.get(n) ?? []).some((f) => {
              const rule = nesting.hides?.[f];
              return rule === 'all' || rule?.[hid] === 'all';
            })
          )
            message = `"${word}" reads ${hid}, but a hides rule hides ${hid} from every word of its family`;
          seen.set(`${n}\t${hid}`, place);
          if (message) problems.push(problemAt(source, [...at, i], message));
        });
      }
    }
  }
  return problems;
}
