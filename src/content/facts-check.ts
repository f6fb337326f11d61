// The facts rule of `scam-coach content check`: every hotline users read comes from content/facts.yaml.
//  - error: a fact's number written out in a text that states facts (use {{fact.<id>.number}} instead);
//  - error: a service in the same clause as words claiming a role it does not have ("96110 … 报警"), unless the
//    clause negates it ("96110 不是报警电话");
//  - error: an unknown {{fact.…}} placeholder in the demo page (YAML files get theirs from their own loaders);
//  - warning: a fact last checked longer ago than `review_after_months` (or --fact-max-age).
// What users or scammers say (FAQ question variants, a drill caller's lines, quick replies, quiz messages) is not
// scanned: those quote numbers as people see them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { type Facts, type FactService, factVars, olderThan } from './facts.ts';
import type { ContentProblem, YamlSource } from './yaml-source.ts';
import { parseYamlSource, positionOf } from './yaml-source.ts';

/** Keys whose strings are quotes of what people or scammers say, per folder. */
const QUOTED_KEYS: Record<string, ReadonlySet<string>> = {
  faq: new Set(['questions']),
  scenarios: new Set(['say', 'reprompt', 'quick_replies', 'spot', 'phrases', 'intents', 'vars', 'caller']),
  quiz: new Set(['from', 'text']),
  replies: new Set(),
};

/** Keys holding ids and references, not text ("zh-anti-fraud-app-96110"). */
const ID_KEYS: ReadonlySet<string> = new Set([
  'id',
  'related',
  'topics',
  'locale',
  'start',
  'next',
  'ending',
  'red_flags',
  'kind',
  'truth',
]);

/** Files holding texts that state facts, relative to the content root, with the key set that marks quotes. */
export function factTextFiles(root: string): { file: string; quoted: ReadonlySet<string> }[] {
  const list = (dir: string) => {
    try {
      return readdirSync(join(root, dir))
        .filter((f) => /\.ya?ml$/.test(f) && f !== 'intents.yaml')
        .sort()
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  };
  return [
    ...list('content/faq').map((file) => ({ file, quoted: QUOTED_KEYS.faq! })),
    ...list('content/replies').map((file) => ({ file, quoted: QUOTED_KEYS.replies! })),
    { file: 'content/quiz.yaml', quoted: QUOTED_KEYS.quiz! },
    ...list('scenarios').map((file) => ({ file, quoted: QUOTED_KEYS.scenarios! })),
  ];
}

export const DEMO_PAGE = 'public/index.html';

interface Text {
  value: string;
  /** Where the value's source starts and ends in the file (positions are found in the raw source). */
  start: number;
  end: number;
}

function textsOf(node: Node | null | undefined, quoted: ReadonlySet<string>, out: Text[]): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range)
      out.push({ value: node.value, start: node.range[0], end: node.range[1] });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!quoted.has(key) && !ID_KEYS.has(key)) textsOf(pair.value as Node, quoted, out);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) textsOf(item as Node, quoted, out);
  }
}

const NEGATION = /不是|不能|并非|不用|不要|别|\bnot\b|n't|\bnever\b/i;
const CLAUSE = /[。！？!?；;，,\n]|\.(?:\s|$)/;

interface Checker {
  numbers: RegExp | null;
  byNumber: Map<string, FactService>;
  claims: { role: string; words: string[] }[];
}

function checkerFor(facts: Facts): Checker {
  const numbered = facts.services.filter((s) => s.number);
  const byNumber = new Map(numbered.map((s) => [s.number!, s]));
  const alternatives = [...byNumber.keys()].sort((a, b) => b.length - a.length).join('|');
  return {
    numbers: alternatives ? new RegExp(`(?<!\\d)(?:${alternatives})(?!\\d)`, 'g') : null,
    byNumber,
    claims: Object.entries(facts.role_claims).map(([role, w]) => ({
      role,
      words: [...(w?.zh ?? []), ...(w?.en ?? [])],
    })),
  };
}

/** Services a clause names: written-out numbers and {{fact.<id>.number|name}} placeholders. */
function servicesIn(clause: string, facts: Facts, c: Checker): FactService[] {
  const found: FactService[] = [];
  const plain = clause.replace(/\{\{[^}]*\}\}/g, ' ');
  for (const m of plain.matchAll(c.numbers ?? /$^/g)) found.push(c.byNumber.get(m[0])!);
  for (const m of clause.matchAll(/\{\{\s*fact\.([a-z0-9-]+)\.(?:number|name)\s*\}\}/g)) {
    const s = facts.services.find((x) => x.id === m[1]);
    if (s) found.push(s);
  }
  return found;
}

/** Problems of one text: literal numbers (at each occurrence) and role contradictions (at the clause). */
function checkText(
  text: Text,
  source: string,
  at: (offset: number) => { line: number; col: number },
  facts: Facts,
  c: Checker,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const raw = source.slice(text.start, text.end);
  const locate = (needle: string, from: number) => {
    const i = raw.indexOf(needle, from);
    return i < 0 ? { offset: text.start, next: from } : { offset: text.start + i, next: i + needle.length };
  };
  let cursor = 0;
  // Placeholder names are not numbers ({{fact.rule.incoming-110}}): blank them before looking for digits.
  const plain = text.value.replace(/\{\{[^}]*\}\}/g, (p) => ' '.repeat(p.length));
  for (const m of plain.matchAll(c.numbers ?? /$^/g)) {
    const s = c.byNumber.get(m[0])!;
    const { offset, next } = locate(m[0], cursor);
    cursor = next;
    problems.push({
      file,
      ...at(offset),
      message: `hotline ${m[0]} written out: use {{fact.${s.id}.number}} (content/facts.yaml)`,
    });
  }
  for (const clause of text.value.split(CLAUSE)) {
    if (NEGATION.test(clause)) continue;
    const lower = clause.toLowerCase();
    for (const { role, words } of c.claims) {
      const word = words.find((w) => lower.includes(w.toLowerCase()));
      if (!word) continue;
      for (const s of servicesIn(clause, facts, c)) {
        if (s.role === role) continue;
        const { offset } = locate(word, 0);
        problems.push({
          file,
          ...at(offset),
          message: `${s.number ?? s.id} is ${s.role}, not ${role}: "${word}" next to it contradicts content/facts.yaml`,
        });
      }
    }
  }
  return problems;
}

export interface FactsCheckOptions {
  now: Date;
  /** Overrides the file's review_after_months. */
  maxAgeMonths?: number;
  /** Read a file relative to root; injectable for tests. */
  read?: (rel: string) => string | undefined;
}

/** Errors and warnings of the facts rule for the content under `root`. */
export function checkFacts(
  root: string,
  facts: Facts,
  factsSource: YamlSource | undefined,
  opts: FactsCheckOptions,
): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const read =
    opts.read ??
    ((rel: string) => {
      try {
        return readFileSync(join(root, rel), 'utf8');
      } catch {
        return undefined;
      }
    });
  const c = checkerFor(facts);
  const errors: ContentProblem[] = [];
  for (const { file, quoted } of factTextFiles(root)) {
    const body = read(file);
    if (body === undefined) continue;
    const { source, problems } = parseYamlSource(file, body);
    if (problems.length) continue; // the file's own loader reports parse errors
    const texts: Text[] = [];
    textsOf(source.doc.contents as Node, quoted, texts);
    const at = (offset: number) => source.lines.linePos(offset);
    for (const t of texts) errors.push(...checkText(t, body, at, facts, c, file));
  }
  const page = read(DEMO_PAGE);
  if (page !== undefined) errors.push(...checkDemoPage(page, facts, c));

  const months = opts.maxAgeMonths ?? facts.review_after_months;
  const warnings: ContentProblem[] = [];
  const stale = (kind: 'services' | 'rules', i: number, id: string, checked: string) => {
    if (!olderThan(checked, months, opts.now)) return;
    const pos = factsSource ? positionOf(factsSource, [kind, i, 'checked']) : { line: 1, col: 1 };
    warnings.push({
      file: factsSource?.file ?? 'content/facts.yaml',
      ...pos,
      message: `fact "${id}" last checked ${checked}, more than ${months} months ago: re-check its sources`,
    });
  };
  facts.services.forEach((s, i) => {
    stale('services', i, s.id, s.checked);
  });
  facts.rules.forEach((r, i) => {
    stale('rules', i, `rule.${r.id}`, r.checked);
  });
  return { errors, warnings };
}

function checkDemoPage(page: string, facts: Facts, c: Checker): ContentProblem[] {
  const at = (o: number) => {
    const before = page.slice(0, o).split('\n');
    return { line: before.length, col: before.at(-1)!.length + 1 };
  };
  // The page's visible text only: tags and their attributes hold no facts.
  const problems: ContentProblem[] = [];
  for (const m of page.matchAll(/>([^<]+)</g)) {
    const start = m.index + 1;
    problems.push(...checkText({ value: m[1]!, start, end: start + m[1]!.length }, page, at, facts, c, DEMO_PAGE));
  }
  // The bilingual page fills {{fact.…}} in Chinese and {{en.fact.…}} in English (src/channels/http/demo-page.ts).
  const names = Object.keys(factVars(facts, 'zh'));
  const known = new Set([...names, ...names.map((n) => `en.${n}`)]);
  for (const m of page.matchAll(/\{\{\s*((?:en\.)?fact\.[a-zA-Z0-9_.-]+)\s*\}\}/g)) {
    if (!known.has(m[1]!))
      problems.push({
        file: DEMO_PAGE,
        ...at(m.index),
        message: `unknown placeholder {{${m[1]}}} (content/facts.yaml)`,
      });
  }
  return problems;
}
