// `scam-coach content check [DIR]` — validates everything an author can write: brand, FAQ, scenarios, intents,
// scam phrases, reply texts, quiz. One `file:line:col: message` per problem; exit 1 on any.
import { join, relative, resolve } from 'node:path';
import { loadClassifierContent } from '../classifier/index.ts';
import { BOT_TEXTS_FILE } from '../bot/load.ts';
import { botTextsSchema } from '../bot/texts.ts';
import { type Brand, brandSchema } from '../content/brand.ts';
import { loadRedFlagsFile, RED_FLAGS_FILE } from '../content/red-flags.ts';
import { type ContentProblem, ContentError, formatProblem, loadYamlFile } from '../content/yaml-source.ts';
import { loadFaq } from '../faq/index.ts';
import { checkQuizFile, QUIZ_FILE } from '../quiz/load.ts';
import { loadScenarios, validateScenarioContent } from '../scenarios/index.ts';
import { checkRedFlagIds } from '../scenarios/red-flag-ids.ts';
import { type CliIo, print } from './io.ts';
import { brandFile, parseCommand } from './options.ts';

export function contentProblems(root: string, brandPath: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const brand = loadYamlFile(brandPath, brandSchema);
  problems.push(...brand.problems);
  if (!brand.value) return problems; // everything else is templated with the brand
  problems.push(...loadClassifierContent(root, brand.value).problems);
  problems.push(...loadYamlFile(join(root, BOT_TEXTS_FILE), botTextsSchema).problems);
  problems.push(...loadFaq(root).problems);
  problems.push(...validateScenarioContent(root, brand.value));
  problems.push(...checkQuizFile(join(root, QUIZ_FILE), brand.value).problems);
  problems.push(...redFlagProblems(root, brand.value));
  // Paths relative to the checked folder read best in an editor's problem list.
  return problems.map((p) => ({ ...p, file: p.file.startsWith('/') ? relative(root, p.file) || p.file : p.file }));
}

/** The red-flag taxonomy itself, and every scenario red flag against it. */
function redFlagProblems(root: string, brand: Brand): ContentProblem[] {
  const taxonomy = loadRedFlagsFile(join(root, RED_FLAGS_FILE));
  if (!taxonomy.value) return taxonomy.problems;
  try {
    return checkRedFlagIds(loadScenarios(root, brand).library, taxonomy.value, RED_FLAGS_FILE);
  } catch (err) {
    if (err instanceof ContentError) return []; // already reported by validateScenarioContent
    throw err;
  }
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {});
  const [sub, dir] = positionals;
  if (values.help || sub !== 'check') {
    print(io, 'usage: scam-coach content check [DIR] [--brand FILE] [--json]');
    return values.help ? 0 : 2;
  }
  const root = resolve(dir ?? io.root);
  const problems = contentProblems(root, brandFile(root, values.brand));
  if (values.json) print(io, JSON.stringify({ ok: problems.length === 0, problems }));
  else {
    for (const p of problems) print(io, formatProblem(p));
    if (!problems.length) print(io, `content OK: ${root}`);
  }
  return problems.length ? 1 : 0;
}
