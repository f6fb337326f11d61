// Reads the drill content from disk: scenarios/*.yaml, scenarios/intents.yaml and content/replies/drill.yaml.
// The imperative shell of the drill engine: it never throws for bad content, it returns problems as
// `file:line:col: message`, and keeps every scenario that is valid so one broken file doesn't stop the others.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { Brand } from '../content/brand.ts';
import {
  type ContentProblem,
  ContentError,
  loadYamlFile,
  parseYamlSource,
  problemAt,
  type YamlSource,
} from '../content/yaml-source.ts';
import { makeLibrary, type ScenarioEntry, type ScenarioLibrary } from './library.ts';
import {
  drillTextsSchema,
  endingNodeSchema,
  intentsFileSchema,
  type Scenario,
  scenarioSchema,
  turnNodeSchema,
} from './schema.ts';

/** The drill frame shipped with scam-coach, used when a content folder has no drill.yaml of its own. */
export const DEFAULT_TEXTS_FILE = fileURLToPath(new URL('../../content/replies/drill.yaml', import.meta.url));
export const INTENTS_FILE_NAME = 'intents.yaml';

/** Paths in problems: relative to the working directory when inside it (clickable in terminals and editors). */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function issueProblem(
  source: YamlSource,
  path: readonly PropertyKey[],
  issue: z.core.$ZodIssue,
  root: unknown,
): ContentProblem {
  const last = path.at(-1);
  let message = issue.message;
  // Authors read "missing en text" more easily than zod's "expected string, received undefined" or, for a
  // string-or-list field, its bare "Invalid input".
  const missing = issue.code !== 'unrecognized_keys' && path.length > 0 && valueAt(root, path) === undefined;
  if (missing) {
    message = last === 'zh' || last === 'en' ? `missing ${last} text` : 'missing (required)';
  }
  return problemAt(source, path, path.length ? `${describePath(path)}: ${message}` : message);
}

/** Validates one parsed scenario file. A bad node is re-checked as the kind it tries to be, for a precise path. */
export function validateScenarioSource(source: YamlSource): { value?: Scenario; problems: ContentProblem[] } {
  const js = source.doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
  const result = scenarioSchema.safeParse(js);
  if (result.success) return { value: result.data, problems: [] };
  const problems: ContentProblem[] = [];
  for (const issue of result.error.issues) {
    const [top, nodeId] = issue.path;
    if (issue.code === 'invalid_union' && issue.path.length === 2 && top === 'nodes') {
      const raw = valueAt(js, ['nodes', nodeId as string]);
      const schema = raw && typeof raw === 'object' && 'ending' in raw ? endingNodeSchema : turnNodeSchema;
      const sub = schema.safeParse(raw);
      if (!sub.success) {
        for (const s of sub.error.issues) problems.push(issueProblem(source, [...issue.path, ...s.path], s, js));
        continue;
      }
    }
    problems.push(issueProblem(source, issue.path, issue, js));
  }
  return { problems };
}

export function loadScenarioFile(file: string, text?: string): { entry?: ScenarioEntry; problems: ContentProblem[] } {
  const shown = displayPath(file);
  let body: string;
  try {
    body = text ?? readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return { problems: [{ file: shown, line: 1, col: 1, message: `cannot read file (${code})` }] };
  }
  const { source, problems } = parseYamlSource(shown, body);
  if (problems.length) return { problems };
  const { value, problems: invalid } = validateScenarioSource(source);
  return value ? { entry: { scenario: value, file: shown, source }, problems: [] } : { problems: invalid };
}

export interface LoadFilesOptions {
  brand: Brand;
  scenarioFiles: string[];
  intentsFile: string;
  textsFile?: string;
}

export interface LoadResult {
  library: ScenarioLibrary;
  /** Problems found while reading and validating files; checkLibrary finds the rest. */
  problems: ContentProblem[];
}

/** Loads the given files. Throws ContentError only when no usable drill frame texts exist at all. */
export function loadScenarioFiles(opts: LoadFilesOptions): LoadResult {
  const problems: ContentProblem[] = [];
  const entries: ScenarioEntry[] = [];
  for (const file of opts.scenarioFiles) {
    const r = loadScenarioFile(file);
    problems.push(...r.problems);
    if (r.entry) entries.push(r.entry);
  }

  const intentsFile = displayPath(opts.intentsFile);
  const intents = loadYamlFile(opts.intentsFile, intentsFileSchema);
  problems.push(...intents.problems.map((p) => ({ ...p, file: intentsFile })));

  const textsPath = opts.textsFile ?? DEFAULT_TEXTS_FILE;
  let texts = loadYamlFile(textsPath, drillTextsSchema);
  problems.push(...texts.problems.map((p) => ({ ...p, file: displayPath(textsPath) })));
  if (!texts.value && textsPath !== DEFAULT_TEXTS_FILE) texts = loadYamlFile(DEFAULT_TEXTS_FILE, drillTextsSchema);
  if (!texts.value) throw new ContentError(problems);

  const library = makeLibrary({
    brand: opts.brand,
    intents: intents.value?.intents ?? {},
    intentsFile,
    ...(intents.value && intents.source ? { intentsSource: { ...intents.source, file: intentsFile } } : {}),
    texts: texts.value,
    textsFile: displayPath(textsPath),
    ...(texts.source ? { textsSource: { ...texts.source, file: displayPath(textsPath) } } : {}),
    entries,
  });
  return { library, problems };
}

/** The scenario files of a content folder: scenarios/*.yaml (and .yml) except intents.yaml, in name order. */
export function scenarioFilesIn(root: string): string[] {
  const dir = join(root, 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== INTENTS_FILE_NAME)
    .sort()
    .map((f) => join(dir, f));
}

/** Loads root/scenarios/*.yaml, root/scenarios/intents.yaml and root/content/replies/drill.yaml (or the default). */
export function loadScenarios(root: string, brand: Brand): LoadResult {
  const ownTexts = join(root, 'content', 'replies', 'drill.yaml');
  return loadScenarioFiles({
    brand,
    scenarioFiles: scenarioFilesIn(root),
    intentsFile: join(root, 'scenarios', INTENTS_FILE_NAME),
    textsFile: existsSync(ownTexts) ? ownTexts : DEFAULT_TEXTS_FILE,
  });
}
