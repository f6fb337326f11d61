// `npm run concepts:nesting`: regenerate the `unreviewed` section of content/concept-nesting.yaml — every family a
// longer concept word would take from a word nested in it that the hand-written `hides` do not hide and `reads` does
// not take. Run after any edit of content/scam-concepts.yaml: the words keep reading exactly as before, and the list
// says what is left to judge. `--check`: print the count and fail if the file is not current (nothing written). Either
// way it fails on a stale hand-written entry, which only a person can remove.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlFile } from '../src/content/yaml-source.ts';
import { conceptFileSchema, type Family } from '../src/classifier/concepts.ts';
import { CLASSIFIER_FILES, loadClassifierContent } from '../src/classifier/index.ts';
import { loadBrand } from '../src/content/brand.ts';
import { type NestingDrop, nestingDrops, nestingFileSchema } from '../src/classifier/nesting.ts';
import { normalizeMessage } from '../src/classifier/normalize-message.ts';

const root = process.cwd();
const load = <S extends Parameters<typeof loadYamlFile>[1]>(file: string, schema: S) => {
  const r = loadYamlFile(join(root, file), schema);
  if (!r.value) throw new Error(r.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n'));
  return r.value;
};
const concepts = load(CLASSIFIER_FILES.concepts, conceptFileSchema);
// The words as the classifier folds them (variants, regional words, the lexicon's pinyin): its own loader's folder.
const folder = loadClassifierContent(root, loadBrand(join(root, 'content/brand.yaml'))).context!.language.variants;
const nestingPath = join(root, CLASSIFIER_FILES.nesting);
const nesting = load(CLASSIFIER_FILES.nesting, nestingFileSchema);

const read = new Set<string>();
for (const inner of Object.values(nesting.reads ?? {}))
  for (const [hid, words] of Object.entries(inner ?? {}))
    for (const w of words ?? []) read.add(`${normalizeMessage(w, folder)}\t${hid}`);
const drops = nestingDrops(concepts, folder, nesting).filter(
  (d) => !read.has(`${normalizeMessage(d.word, folder)}\t${d.hides}`),
);

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} '’.-]*$/u;
const scalar = (w: string) =>
  PLAIN.test(w) && !/\s$/.test(w) && Number.isNaN(Number(w)) && !/^(true|false|null)$/i.test(w) ? w : JSON.stringify(w);

/** The section as YAML: outer family → hidden family → the words, wrapped at 120 columns. */
function section(list: readonly NestingDrop[]): string {
  const by = new Map<Family, Map<Family, string[]>>();
  for (const d of list) {
    if (!by.has(d.outer)) by.set(d.outer, new Map());
    const inner = by.get(d.outer)!;
    if (!inner.has(d.hides)) inner.set(d.hides, []);
    inner.get(d.hides)!.push(d.word);
  }
  const lines = ['unreviewed:'];
  for (const [outer, inner] of by) {
    lines.push(`  ${outer}:`);
    for (const [hid, words] of inner) {
      let line = `    ${hid}: [`;
      words.forEach((w, i) => {
        const item = scalar(w) + (i < words.length - 1 ? ',' : ']');
        if (line.length + item.length + 1 > 120 && !line.endsWith('[')) {
          lines.push(line);
          line = `      ${item}`;
        } else line += (line.endsWith('[') ? '' : ' ') + item;
      });
      lines.push(line);
    }
  }
  return `${lines.join('\n')}\n`;
}

const text = readFileSync(nestingPath, 'utf8');
const cut = text.search(/^unreviewed:/m);
const next = `${cut < 0 ? `${text.trimEnd()}\n` : text.slice(0, cut)}${drops.length ? section(drops) : 'unreviewed: {}\n'}`;
const words = new Set(drops.map((d) => d.word)).size;
console.log(`${drops.length} unreviewed drops (longer word × family it hides) over ${words} longer words`);
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error(`${CLASSIFIER_FILES.nesting} is not current: run npm run concepts:nesting`);
    process.exit(1);
  }
} else writeFileSync(nestingPath, next);

// The hand-written lists can go stale too (a merge gives a longer word the family its `reads` or `hides` entry names):
// content check refuses them and the server would not start, so say so here, where an edit of the words is followed up.
const handProblems = loadClassifierContent(root, loadBrand(join(root, 'content/brand.yaml'))).problems.filter((p) =>
  p.file.endsWith(CLASSIFIER_FILES.nesting),
);
for (const p of handProblems) console.error(`${p.file}:${p.line}:${p.col}: ${p.message}`);
if (handProblems.length) process.exit(1);
