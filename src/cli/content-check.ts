// `scam-coach content check [DIR]` — validates everything an author can write: brand, facts, FAQ, scenarios,
// intents, scam phrases, reply texts, quiz, and the facts rule (src/content/facts-check.ts). One
// `file:line:col: message` per problem; exit 1 on any error (warnings — facts due for a re-check — do not fail).
// `scam-coach content facts` lists the facts with their sources and age, oldest first.
import { join, relative, resolve } from 'node:path';
import { loadClassifierContent } from '../classifier/index.ts';
import { BOT_TEXTS_FILE } from '../bot/load.ts';
import { botTextsSchema } from '../bot/texts.ts';
import { type Brand, brandSchema } from '../content/brand.ts';
import { loadRedFlagsFile, RED_FLAGS_FILE } from '../content/red-flags.ts';
import { checkFacts } from '../content/facts-check.ts';
import { factRows, factsPathIn, loadFactsFile } from '../content/facts.ts';
import { type ContentProblem, ContentError, formatProblem, loadYamlFile } from '../content/yaml-source.ts';
import { loadFaq } from '../faq/index.ts';
import { checkQuizFile, QUIZ_FILE } from '../quiz/load.ts';
import { loadScenarios, validateScenarioContent } from '../scenarios/index.ts';
import { checkRedFlagIds } from '../scenarios/red-flag-ids.ts';
import { WIDGET_TEXTS_FILE, widgetTextsSchema } from '../channels/web/widget-strings.ts';
import { type CliIo, print } from './io.ts';
import { brandFile, factsFile, parseCommand } from './options.ts';

export interface ContentReport {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

export interface ContentCheckOptions {
  now?: Date;
  /** Facts older than this many months are warnings (default: the facts file's review_after_months, 12). */
  maxAgeMonths?: number;
}

export function contentReport(root: string, brandPath: string, opts: ContentCheckOptions = {}): ContentReport {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const brand = loadYamlFile(brandPath, brandSchema);
  const facts = loadFactsFile(factsPathIn(root));
  problems.push(...brand.problems, ...facts.problems);
  if (brand.value && facts.facts) {
    const withFacts = { ...brand.value, facts: facts.facts }; // everything else is templated with both
    problems.push(...loadClassifierContent(root, withFacts).problems);
    problems.push(...loadYamlFile(join(root, BOT_TEXTS_FILE), botTextsSchema).problems);
    problems.push(...loadYamlFile(join(root, WIDGET_TEXTS_FILE), widgetTextsSchema).problems);
    problems.push(...loadFaq(root).problems);
    problems.push(...validateScenarioContent(root, withFacts));
    problems.push(...checkQuizFile(join(root, QUIZ_FILE), withFacts).problems);
    problems.push(...redFlagProblems(root, withFacts));
    const rule = checkFacts(root, facts.facts, facts.source && { ...facts.source, file: 'content/facts.yaml' }, {
      now: opts.now ?? new Date(),
      ...(opts.maxAgeMonths ? { maxAgeMonths: opts.maxAgeMonths } : {}),
    });
    problems.push(...rule.errors);
    warnings.push(...rule.warnings);
  }
  // Paths relative to the checked folder read best in an editor's problem list.
  const rel = (p: ContentProblem) => ({
    ...p,
    file: p.file.startsWith('/') ? relative(root, p.file) || p.file : p.file,
  });
  return { problems: problems.map(rel), warnings: warnings.map(rel) };
}

/** Errors only (the contract of `content check`). */
export function contentProblems(root: string, brandPath: string): ContentProblem[] {
  return contentReport(root, brandPath).problems;
}

const USAGE = `usage: scam-coach content check [DIR] [--brand FILE] [--fact-max-age MONTHS] [--json]
       scam-coach content facts [DIR] [--fact-max-age MONTHS] [--json]`;

function maxAge(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw Object.assign(new TypeError(`--fact-max-age must be a whole number of months, not "${String(value)}"`), {
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    });
  }
  return n;
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
  const { values, positionals } = parseCommand(argv, { 'fact-max-age': { type: 'string' } });
  const [sub, dir] = positionals;
  if (values.help || (sub !== 'check' && sub !== 'facts')) {
    print(io, USAGE);
    return values.help ? 0 : 2;
  }
  const root = resolve(dir ?? io.root);
  const months = maxAge(values['fact-max-age']);
  if (sub === 'facts') return printFacts(io, root, months, Boolean(values.json));
  const { problems, warnings } = contentReport(root, brandFile(root, values.brand), { maxAgeMonths: months });
  if (values.json) print(io, JSON.stringify({ ok: problems.length === 0, problems, warnings }));
  else {
    for (const p of problems) print(io, formatProblem(p));
    for (const w of warnings) print(io, formatProblem({ ...w, message: `warning: ${w.message}` }));
    if (!problems.length) print(io, `content OK: ${root}${warnings.length ? ` (${warnings.length} warnings)` : ''}`);
  }
  return problems.length ? 1 : 0;
}

function printFacts(io: CliIo, root: string, months: number | undefined, json: boolean): number {
  const { facts: value, problems } = loadFactsFile(factsFile(root));
  if (!value) {
    for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
    return 1;
  }
  const maxAgeMonths = months ?? value.review_after_months;
  const rows = factRows(value, new Date(), maxAgeMonths);
  if (json) {
    print(io, JSON.stringify({ maxAgeMonths, facts: rows }));
    return 0;
  }
  // Oldest first: the top of the list is what to re-check next.
  print(io, `checked     age    ${'fact'.padEnd(30)} number  role`);
  for (const r of rows) {
    const age = `${r.ageDays}d`.padEnd(6);
    const mark = r.stale ? '  ⚠ re-check' : '';
    print(io, `${r.checked}  ${age} ${r.id.padEnd(30)} ${(r.number ?? '').padEnd(7)} ${r.role ?? 'rule'}${mark}`);
    for (const s of r.sources) print(io, `    ${s.title} — ${s.url}`);
  }
  print(io, `${rows.length} facts, ${rows.filter((r) => r.stale).length} older than ${maxAgeMonths} months`);
  return 0;
}
