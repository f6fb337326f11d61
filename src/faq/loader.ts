// Reads content/faq/*.yaml, content/replies/faq.yaml, content/routes.yaml and content/faq-lexicon.yaml. Never throws for bad content: every problem comes back
// as file:line:col so `scam-coach content check` can list them all at once.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Brand } from '../content/brand.ts';
import { normalizeText, stripPunctuation } from '../content/normalize.ts';
import { brandVars, placeholderList, placeholdersIn } from '../content/template.ts';
import { type ContentProblem, loadYamlFile, positionOf, problemAt, type YamlSource } from '../content/yaml-source.ts';
import { FAQ_LEXICON_FILE, type FaqLexiconFile, faqLexiconSchema } from './lexicon-file.ts';
import { type FaqReplies, faqRepliesSchema, REPLY_PLACEHOLDERS } from './replies.ts';
import { type FaqRoutes, routesSchema } from './route.ts';
import { type FaqEntry, faqFileSchema } from './schema.ts';

export interface LoadedFaq {
  /** Valid entries of all files, in file-name then file order; an id seen before is dropped. */
  entries: FaqEntry[];
  /** Undefined when content/replies/faq.yaml is missing or invalid (see problems). */
  replies?: FaqReplies;
  /** content/routes.yaml; undefined when missing or invalid (then every question goes to the FAQ). */
  routes?: FaqRoutes;
  /** content/faq-lexicon.yaml, the matcher's word lists; undefined when missing or invalid (see problems). */
  lexicon?: FaqLexiconFile;
  problems: ContentProblem[];
}

// The placeholder names content may use: the keys brandVars fills, whatever the brand.
const SAMPLE_BRAND: Brand = {
  name: { zh: 'x', en: 'x' },
  aliases: ['x'],
  official_numbers: [{ number: '1', label: { zh: 'x', en: 'x' } }],
  official_domains: ['x.example'],
};
export const FAQ_PLACEHOLDERS: ReadonlySet<string> = new Set(Object.keys(brandVars(SAMPLE_BRAND, 'zh')));

function listYaml(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Load every FAQ file under `root/content/faq` plus the FAQ replies; file names in problems are relative to root. */
export function loadFaq(root: string): LoadedFaq {
  const problems: ContentProblem[] = [];
  const files: { source: YamlSource; entries: FaqEntry[] }[] = [];
  const faqFiles = listYaml(join(root, 'content', 'faq'));
  if (!faqFiles.length) problems.push({ file: 'content/faq', line: 1, col: 1, message: 'no FAQ files (*.yaml)' });
  for (const file of faqFiles) {
    const loaded = loadYamlFile(file, faqFileSchema);
    const rel = relative(root, file);
    problems.push(...loaded.problems.map((p) => ({ ...p, file: rel })));
    if (loaded.value && loaded.source)
      files.push({ source: { ...loaded.source, file: rel }, entries: loaded.value.entries });
  }
  const checked = checkEntries(files);
  problems.push(...checked.problems);

  const repliesFile = join(root, 'content', 'replies', 'faq.yaml');
  const r = loadYamlFile(repliesFile, faqRepliesSchema);
  problems.push(...r.problems.map((p) => ({ ...p, file: relative(root, repliesFile) })));
  if (r.value && r.source) problems.push(...checkReplies(r.value, { ...r.source, file: relative(root, repliesFile) }));

  // Optional: without it every message goes to the ranking, as before routing existed.
  const routesFile = join(root, 'content', 'routes.yaml');
  const rt = existsSync(routesFile) ? loadYamlFile(routesFile, routesSchema) : { problems: [] };
  const routesRel = relative(root, routesFile);
  problems.push(...rt.problems.map((p) => ({ ...p, file: routesRel })));
  if (rt.value && rt.source) problems.push(...checkRouteReplies(rt.value, { ...rt.source, file: routesRel }));

  const lexiconFile = join(root, FAQ_LEXICON_FILE);
  const lx = loadYamlFile(lexiconFile, faqLexiconSchema);
  problems.push(...lx.problems.map((p) => ({ ...p, file: relative(root, lexiconFile) })));
  return {
    entries: checked.entries,
    replies: r.value,
    ...(lx.value ? { lexicon: lx.value } : {}),
    ...(rt.value ? { routes: rt.value } : {}),
    problems,
  };
}

/**
 * Checks that need more than one entry: duplicate ids across files, `related` ids that do not exist, unknown
 * {{placeholders}}, the same question variant in two entries (the matcher could not tell them apart).
 */
export function checkEntries(files: readonly { source: YamlSource; entries: readonly FaqEntry[] }[]): {
  entries: FaqEntry[];
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const entries: FaqEntry[] = [];
  const firstSeen = new Map<string, string>();
  const variantOwner = new Map<string, string>();
  for (const { source, entries: list } of files) {
    list.forEach((entry, i) => {
      const at = (path: PropertyKey[], message: string) =>
        problems.push(problemAt(source, ['entries', i, ...path], message));
      const seen = firstSeen.get(entry.id);
      if (seen) {
        at(['id'], `duplicate id "${entry.id}" (first defined in ${seen})`);
        return;
      }
      firstSeen.set(entry.id, `${source.file}:${positionOf(source, ['entries', i, 'id']).line}`);
      entries.push(entry);
      const texts: [PropertyKey[], string][] = [
        ...entry.questions.map((q, j): [PropertyKey[], string] => [['questions', j], q]),
        [['answer'], entry.answer],
      ];
      for (const [path, text] of texts) {
        for (const name of placeholdersIn(text)) {
          if (!FAQ_PLACEHOLDERS.has(name)) {
            at(path, `unknown placeholder {{${name}}} (known: ${placeholderList(FAQ_PLACEHOLDERS, ', ')})`);
          }
        }
      }
      entry.questions.forEach((q, j) => {
        const key = `${entry.locale}:${stripPunctuation(normalizeText(q))}`;
        const owner = variantOwner.get(key);
        if (owner && owner !== entry.id) at(['questions', j], `same question as entry "${owner}"`);
        else variantOwner.set(key, entry.id);
      });
    });
  }
  // `related` can point forwards and into other files, so it is checked once every id is known.
  for (const { source, entries: list } of files) {
    list.forEach((entry, i) => {
      entry.related.forEach((id, j) => {
        if (!firstSeen.has(id))
          problems.push(problemAt(source, ['entries', i, 'related', j], `unknown related id "${id}"`));
        else if (id === entry.id)
          problems.push(problemAt(source, ['entries', i, 'related', j], 'an entry cannot relate to itself'));
      });
    });
  }
  return { entries, problems };
}

function checkReplies(replies: FaqReplies, source: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(REPLY_PLACEHOLDERS) as (keyof FaqReplies)[]) {
    const allowed = new Set([...FAQ_PLACEHOLDERS, ...REPLY_PLACEHOLDERS[key]]);
    for (const locale of ['zh', 'en'] as const) {
      for (const name of placeholdersIn(replies[key][locale])) {
        if (!allowed.has(name)) problems.push(problemAt(source, [key, locale], `unknown placeholder {{${name}}}`));
      }
    }
  }
  return problems;
}

function checkRouteReplies(routes: FaqRoutes, source: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const texts = [
    ...(['smalltalk', 'product'] as const).map((key) => [[key, 'reply'], routes[key].reply] as const),
    ...(routes.product.caution ? [[['product', 'caution'], routes.product.caution] as const] : []),
  ];
  for (const [path, text] of texts) {
    for (const locale of ['zh', 'en'] as const) {
      for (const name of placeholdersIn(text[locale])) {
        if (!FAQ_PLACEHOLDERS.has(name))
          problems.push(problemAt(source, [...path, locale], `unknown placeholder {{${name}}}`));
      }
    }
  }
  return problems;
}
