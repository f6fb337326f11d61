// `scam-coach content check` for drills: everything the schema can't see — broken links between nodes, drills
// that can never end, safe answers that don't lead to safety, quick replies the judge reads differently than
// the author meant. Each problem points at the line to fix (`file:line:col: message`). Pure: reads the library.
import { isMap, isNode, isScalar } from 'yaml';
import { brandVars, placeholdersIn } from '../content/template.ts';
import { type ContentProblem, positionOf, type YamlSource } from '../content/yaml-source.ts';
import { PRACTISE_INTENT } from './choose.ts';
import { HESITATION_INTENT, judgeAnswer } from './judge.ts';
import type { ScenarioEntry, ScenarioLibrary } from './library.ts';
import { patternError } from './match.ts';
import { nextNodes } from './progress.ts';
import { isEnding, type Matcher, type Scenario, type TurnNode } from './schema.ts';

type Path = readonly (string | number)[];

function describePath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Position of the key itself (for "this node …" messages), else of the value, else of its parent. */
function keyPosition(source: YamlSource, path: Path): { line: number; col: number } {
  const parent = path.length > 1 ? source.doc.getIn(path.slice(0, -1), true) : source.doc.contents;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
    if (pair && isNode(pair.key) && pair.key.range) return source.lines.linePos(pair.key.range[0]);
  }
  return positionOf(source, path);
}

class Reporter {
  readonly problems: ContentProblem[] = [];
  constructor(
    private readonly file: string,
    private readonly source: YamlSource | undefined,
  ) {}
  /** A problem with a value (points at the value). */
  value(path: Path, message: string): void {
    const pos = this.source ? positionOf(this.source, path) : { line: 1, col: 1 };
    this.problems.push({ file: this.file, ...pos, message: `${describePath(path)}: ${message}` });
  }
  /** A problem with a whole entry such as a node (points at its key). */
  key(path: Path, message: string): void {
    const pos = this.source ? keyPosition(this.source, path) : { line: 1, col: 1 };
    this.problems.push({ file: this.file, ...pos, message: `${describePath(path)}: ${message}` });
  }
}

const OUTCOMES = ['safe', 'risky', 'unclear'] as const;

function turnNodes(s: Scenario): [string, TurnNode][] {
  return Object.entries(s.nodes).filter((e): e is [string, TurnNode] => !isEnding(e[1]));
}

let successors: (node: TurnNode) => string[];

/** What `next_by` may be keyed on besides intent ids: the kinds of data the judge sees handed over. */
const DATA_KINDS = ['code', 'card', 'id-number'];

function matcherIsEmpty(m: Matcher): boolean {
  return !m.intents.length && !m.patterns.length && !m.phrases?.zh.length && !m.phrases?.en.length;
}

function checkLinks(s: Scenario, r: Reporter): void {
  if (!s.nodes[s.start]) r.value(['start'], `unknown node "${s.start}"`);
  else if (isEnding(s.nodes[s.start]!))
    r.value(['start'], `"${s.start}" is an ending; a drill must start at a turn node`);
  for (const [id, node] of turnNodes(s)) {
    for (const o of OUTCOMES) {
      if (!s.nodes[node[o].next]) r.value(['nodes', id, o, 'next'], `unknown node "${node[o].next}"`);
    }
  }
  for (const [did, next] of Object.entries(s.failed_by ?? {})) {
    const target = s.nodes[next];
    if (!target) r.value(['failed_by', did], `unknown node "${next}"`);
    else if (!isEnding(target) || target.ending !== 'failed')
      r.value(['failed_by', did], `"${next}" is not a failed ending`);
  }
}

function checkReachability(s: Scenario, r: Reporter): void {
  const reached = new Set<string>();
  const queue = s.nodes[s.start] ? [s.start] : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const node = s.nodes[id]!;
    if (!isEnding(node)) queue.push(...successors(node).filter((n) => s.nodes[n]));
  }
  if (!s.nodes[s.start]) return; // everything would be unreachable; the start problem says it all
  for (const id of Object.keys(s.nodes)) {
    if (!reached.has(id)) r.key(['nodes', id], `unreachable: no path leads here from the start node "${s.start}"`);
  }
}

/** Strongly connected components (Tarjan), to tell a closed loop from a plain dead end. */
function components(s: Scenario, ids: string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    const node = s.nodes[v]!;
    for (const w of isEnding(node) ? [] : successors(node).filter((n) => ids.includes(n))) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      out.push(comp);
    }
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return out;
}

function checkEndings(s: Scenario, r: Reporter): void {
  // Nodes from which some ending can be reached, found backwards from the endings.
  const canEnd = new Set(Object.keys(s.nodes).filter((id) => isEnding(s.nodes[id]!)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, node] of turnNodes(s)) {
      if (!canEnd.has(id) && successors(node).some((n) => canEnd.has(n))) {
        canEnd.add(id);
        changed = true;
      }
    }
  }
  const stuck = turnNodes(s)
    .map(([id]) => id)
    .filter((id) => !canEnd.has(id));
  const order = Object.keys(s.nodes);
  for (const comp of components(s, stuck)) {
    const first = comp.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]!;
    const node = s.nodes[first] as TurnNode;
    const selfLoop = successors(node).includes(first);
    if (comp.length > 1) {
      const names = comp.map((n) => `"${n}"`).join(', ');
      r.key(['nodes', first], `loop without exit: nodes ${names} lead only to each other and never reach an ending`);
    } else if (selfLoop) {
      r.key(['nodes', first], `loop without exit: answers here lead back to "${first}" and never reach an ending`);
    } else {
      r.key(['nodes', first], 'dead end: no answer here can ever reach an ending');
    }
  }
}

/** Following one outcome at every node from the start must end in the matching ending. */
function checkStraightPath(s: Scenario, r: Reporter, outcome: 'safe' | 'risky', want: 'passed' | 'failed'): void {
  const path: string[] = [];
  let id: string | undefined = s.start;
  while (id && s.nodes[id] && !path.includes(id)) {
    path.push(id);
    const node: Scenario['nodes'][string] = s.nodes[id]!;
    if (isEnding(node)) {
      if (node.ending === want) return;
      id = undefined;
      break;
    }
    id = node[outcome].next;
  }
  // Show where the path went: to the wrong ending, in a circle (the repeated node), or to an unknown node.
  const shown = [...path, ...(id ? [id] : [])].map((n) => `"${n}"`).join(' → ');
  r.value(['start'], `no "${want}" ending is reachable by ${outcome} answers (following ${outcome}.next: ${shown})`);
}

function checkRedFlags(s: Scenario, r: Reporter): void {
  const declared = s.red_flags.map((f) => f.id);
  const used = new Set<string>();
  for (const [id, node] of turnNodes(s)) {
    node.red_flags.forEach((flag, i) => {
      used.add(flag);
      if (!declared.includes(flag)) {
        r.value(['nodes', id, 'red_flags', i], `unknown red flag "${flag}" (declared: ${declared.join(', ')})`);
      }
    });
  }
  s.red_flags.forEach((f, i) => {
    if (!used.has(f.id))
      r.value(['red_flags', i, 'id'], `red flag "${f.id}" is never shown (list it under a node's red_flags)`);
  });
}

function checkMatchers(s: Scenario, library: ScenarioLibrary, r: Reporter): void {
  for (const [id, node] of turnNodes(s)) {
    for (const o of ['safe', 'risky'] as const) {
      const m = node[o];
      m.intents.forEach((intent, i) => {
        if (!library.intents[intent])
          r.value(['nodes', id, o, 'intents', i], `unknown intent "${intent}" (see ${library.intentsFile})`);
      });
      m.patterns.forEach((p, i) => {
        const err = patternError(p);
        if (err) r.value(['nodes', id, o, 'patterns', i], `invalid regular expression (${err})`);
      });
      if (matcherIsEmpty(m))
        r.key(['nodes', id, o], 'no intents, phrases or patterns: this outcome can never be reached');
    }
  }
}

function checkQuickReplies(s: Scenario, library: ScenarioLibrary, r: Reporter): void {
  const ctx = { intents: library.intents, officialNumbers: library.brand.official_numbers.map((n) => n.number) };
  for (const [id, node] of turnNodes(s)) {
    node.quick_replies.forEach((q, i) => {
      for (const locale of ['zh', 'en'] as const) {
        const got = judgeAnswer(q[locale], node, ctx);
        if (got.judgement === q.expect) continue;
        const why = got.hit
          ? ` (matched ${got.hit.intent ? `intent ${got.hit.intent}: ` : ''}"${got.hit.text}")`
          : got.reason === 'no-match'
            ? ' (nothing matched)'
            : ` (${got.reason})`;
        r.value(
          ['nodes', id, 'quick_replies', i, locale],
          `the judge says ${got.judgement}${why}, expect says ${q.expect}`,
        );
      }
    });
  }
}

/** Every string of a value with its path, skipping matcher words (they are never shown). */
function* texts(value: unknown, path: (string | number)[]): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* texts(v, [...path, i]);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'phrases' || k === 'patterns' || k === 'spot' || k === 'intents') continue;
      yield* texts(v, [...path, k]);
    }
  }
}

function checkPlaceholders(s: Scenario, library: ScenarioLibrary, r: Reporter): void {
  const known = new Set([
    ...Object.keys(brandVars(library.brand, 'zh')),
    ...Object.keys(s.vars),
    'caller.name',
    'caller.number',
  ]);
  for (const [path, text] of texts(s, [])) {
    for (const name of placeholdersIn(text)) {
      if (!known.has(name)) {
        const vars = Object.keys(s.vars);
        r.value(
          path,
          `unknown placeholder {{${name}}} (known: ${vars.length ? `${vars.join(', ')}, ` : ''}caller.name, caller.number, brand.*)`,
        );
      }
    }
  }
}

// The drill frame quotes the title ("演练：「{{title}}」", 'Drill: "{{title}}"'); a title in quotes of its own would be
// quoted twice.
const WRAPPED_IN_QUOTES = /^\s*["“「『][^"“”「」『』]*["”」』]\s*$/u;
// "王*华", "孙**": a masked name reads as a leak from a real record; scammers in drills say fictional full names.
const MASKED_NAME = /\p{L}\*/u;

// In English the frame's own quotes sit right against the title's ('Drill: ""Cancel…""'): no quote at either end.
const EN_QUOTE_AT_END = /^\s*["“”]|["“”]\s*$/u;

function checkWording(s: Scenario, r: Reporter): void {
  for (const key of ['title', 'short_title'] as const) {
    for (const locale of ['zh', 'en'] as const) {
      const text = s[key]?.[locale];
      if (text && (WRAPPED_IN_QUOTES.test(text) || (locale === 'en' && EN_QUOTE_AT_END.test(text))))
        r.value([key, locale], 'do not start or end the title with quotes: the drill frame quotes it already');
    }
  }
  for (const [path, text] of texts({ caller: s.caller, vars: s.vars, nodes: s.nodes }, [])) {
    if (MASKED_NAME.test(text)) r.value(path, 'a masked name ("王*华", "孙**"): use a fictional full name');
  }
}

function checkScenario(entry: ScenarioEntry, library: ScenarioLibrary): ContentProblem[] {
  const s = entry.scenario;
  const r = new Reporter(entry.file, entry.source);
  successors = (node) => nextNodes(s, node);
  checkLinks(s, r);
  checkReachability(s, r);
  checkEndings(s, r);
  if (s.nodes[s.start] && !isEnding(s.nodes[s.start]!)) {
    checkStraightPath(s, r, 'safe', 'passed');
    checkStraightPath(s, r, 'risky', 'failed');
  }
  checkRedFlags(s, r);
  checkMatchers(s, library, r);
  for (const did of Object.keys(s.failed_by ?? {})) {
    if (!library.intents[did] && !DATA_KINDS.includes(did))
      r.key(['failed_by', did], `"${did}" is neither an intent id nor one of ${DATA_KINDS.join(', ')}`);
  }
  checkQuickReplies(s, library, r);
  checkPlaceholders(s, library, r);
  checkWording(s, r);
  return r.problems;
}

function checkDuplicates(library: ScenarioLibrary): ContentProblem[] {
  const first = new Map<string, ScenarioEntry>();
  const problems: ContentProblem[] = [];
  for (const e of library.entries) {
    const seen = first.get(e.scenario.id);
    if (!seen) {
      first.set(e.scenario.id, e);
      continue;
    }
    const where = seen.source ? positionOf(seen.source, ['id']) : { line: 1, col: 1 };
    const r = new Reporter(e.file, e.source);
    r.value(
      ['id'],
      `duplicate scenario id "${e.scenario.id}" (first defined at ${seen.file}:${where.line}:${where.col})`,
    );
    problems.push(...r.problems);
  }
  return problems;
}

/** Intents the code itself uses, not only nodes: hesitation in the judge, the wish to practise in the chat. */
const REQUIRED_INTENTS = [HESITATION_INTENT, PRACTISE_INTENT];

function checkIntents(library: ScenarioLibrary): ContentProblem[] {
  const r = new Reporter(library.intentsFile, library.intentsSource);
  for (const id of REQUIRED_INTENTS) {
    if (!library.intents[id]) r.value(['intents'], `missing intent "${id}" (the judge and the chat use it)`);
  }
  for (const [id, intent] of Object.entries(library.intents)) {
    intent.patterns.forEach((p, i) => {
      const err = patternError(p);
      if (err) r.value(['intents', id, 'patterns', i], `invalid regular expression (${err})`);
    });
  }
  return r.problems;
}

const TEXT_VARS: Record<string, string[]> = {
  open: ['title', 'caller.name', 'caller.number'],
  debrief: ['title', 'score', 'text'],
  progress: ['step', 'total'],
};

function checkTexts(library: ScenarioLibrary): ContentProblem[] {
  const r = new Reporter(library.textsFile, library.textsSource);
  const brand = Object.keys(brandVars(library.brand, 'zh'));
  for (const [path, text] of texts(library.texts, [])) {
    const known = new Set([...brand, ...(TEXT_VARS[path[0] as string] ?? [])]);
    for (const name of placeholdersIn(text)) if (!known.has(name)) r.value(path, `unknown placeholder {{${name}}}`);
  }
  return r.problems;
}

function byPosition(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message);
}

/** Every problem of a loaded library that the schema can't catch, sorted by file and position. */
export function checkLibrary(library: ScenarioLibrary): ContentProblem[] {
  return [
    ...library.entries.flatMap((e) => checkScenario(e, library)),
    ...checkDuplicates(library),
    ...checkIntents(library),
    ...checkTexts(library),
  ].sort(byPosition);
}
