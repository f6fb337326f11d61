// `scam-coach train ID [--answers FILE|-] [--lang zh|en] [--json]` and `scam-coach train --all --answers-dir DIR`:
// a scam-call drill in the terminal (interactive), or replayed from scripted answers (one per line).
// The drill itself is the pure engine in src/scenarios; this file only moves text in and out.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { detectLocale } from '../content/lang.ts';
import { fillTemplate } from '../content/template.ts';
import type { Locale } from '../content/topics.ts';
import {
  type DrillReply,
  type DrillSummary,
  drillSummary,
  type ScenarioLibrary,
  type StepResult,
  startDrill,
  stepDrill,
} from '../scenarios/index.ts';
import { type CliIo, fail, print, readLines } from './io.ts';
import { localeOption, parseCommand } from './options.ts';
import { drillOutcome, recordOutcomes } from './record.ts';
import { loadLibrary } from './scenarios.ts';

const USAGE = `usage: scam-coach train ID [--answers FILE|-] [--lang zh|en] [--json]
       scam-coach train --all --answers-dir DIR [--lang zh|en] [--json]
  without --answers, in a terminal: an interactive drill (type a number to pick a suggested reply, Ctrl-C to stop)
  --answers FILE|-   one answer per line (blank lines skipped); "-" reads stdin
  --answers-dir DIR  with --all: DIR/<id>.txt or DIR/<id>.<zh|en>.txt for each drill
  --session NAME     store the results under this training cohort (reports group by it; DATA_DIR / REDIS_URL)
  --json             the last line is the drill summary {"scenario","outcome","score","redFlags","turns"}`;

// --- display -----------------------------------------------------------------------------------------------------

interface Paint {
  marker(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const PLAIN: Paint = { marker: (s) => s, dim: (s) => s, bold: (s) => s };
// Output is made terminal-safe (io.ts escapes every control character except colour: SGR sequences cannot move the
// cursor, clear the screen or retitle the window), so our colours pass and nothing else can drive the terminal.
const ESC = '\x1b';
const ANSI: Paint = {
  // White on red: the simulation marker must be impossible to overlook.
  marker: (s) => `${ESC}[1;97;41m${s}${ESC}[0m`,
  dim: (s) => `${ESC}[2m${s}${ESC}[0m`,
  bold: (s) => `${ESC}[1m${s}${ESC}[0m`,
};

/** A line of the interactive drill, through the terminal-safe output. */
function showLine(io: CliIo, line: string): void {
  print(io, line);
}

function paintFor(io: CliIo): Paint {
  const tty = Boolean((io.stdout as { isTTY?: boolean }).isTTY);
  return tty && !process.env.NO_COLOR ? ANSI : PLAIN;
}

/** One reply as terminal lines; scammer lines get the progress line and numbered quick replies. */
export function formatReply(library: ScenarioLibrary, locale: Locale, r: DrillReply, paint: Paint = PLAIN): string {
  switch (r.kind) {
    case 'drill-open':
      return paint.dim(`ℹ ${r.text}`);
    case 'scammer': {
      const progress = fillTemplate(library.texts.progress[locale], {
        step: String(r.progress.step),
        total: String(r.progress.total),
      });
      const lines = [paint.dim(`── ${progress} ──`), `${paint.marker(r.marker ?? '')} ${r.line ?? r.text}`];
      for (const [i, q] of (r.quickReplies ?? []).entries()) lines.push(paint.dim(`   ${i + 1}) ${q}`));
      return lines.join('\n');
    }
    case 'ending':
      return paint.bold(r.text);
    case 'debrief':
      return `\n${r.text}\n`;
    case 'drill-close':
      return paint.dim(`ℹ ${r.text}`);
  }
}

// --- scripted drills ---------------------------------------------------------------------------------------------

export interface ScriptedRun {
  summary: DrillSummary;
  locale: Locale;
  /** Replies and answers in order, for the human-readable transcript. */
  log: ({ answer: string } | { reply: DrillReply })[];
  /** Answers left over after the drill ended. */
  unused: number;
}

/** Plays a drill with the given answers until it ends or they run out (outcome "incomplete"). */
export function runScripted(library: ScenarioLibrary, id: string, answers: string[], lang?: Locale): ScriptedRun {
  const locale = lang ?? detectLocale(answers[0] ?? '', 'zh');
  let r: StepResult = startDrill(library, id, locale);
  const log: ScriptedRun['log'] = r.replies.map((reply) => ({ reply }));
  let used = 0;
  for (const answer of answers) {
    if (r.done) break;
    used++;
    log.push({ answer });
    r = stepDrill(library, r.state, answer);
    log.push(...r.replies.map((reply) => ({ reply })));
  }
  return { summary: drillSummary(library, r.state), locale, log, unused: answers.length - used };
}

function answersFrom(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim());
}

async function readAnswers(file: string, io: CliIo): Promise<string[]> {
  if (file !== '-') return answersFrom(readFileSync(resolve(file), 'utf8'));
  const lines: string[] = [];
  for await (const line of readLines(io.stdin)) if (line.trim()) lines.push(line);
  return lines;
}

/** Flags shown in the run: spotted, avoided (got past safely without naming them) and missed. */
function shownCount(s: DrillSummary): number {
  return s.redFlags.spotted.length + s.redFlags.avoided.length + s.redFlags.missed.length;
}

function summaryLine(s: DrillSummary): string {
  const { spotted, avoided, missed } = s.redFlags;
  const flags = `spotted ${spotted.length}/${shownCount(s)}${avoided.length ? `, avoided ${avoided.length}` : ''}`;
  return `${s.scenario}: ${s.outcome}, score ${s.score}, ${flags}${missed.length ? ` (missed: ${missed.join(', ')})` : ''}`;
}

function printScripted(io: CliIo, library: ScenarioLibrary, run: ScriptedRun, json: boolean): void {
  if (json) {
    print(io, JSON.stringify(run.summary));
    return;
  }
  for (const item of run.log) {
    print(io, 'answer' in item ? `> ${item.answer}` : formatReply(library, run.locale, item.reply));
  }
  print(io, summaryLine(run.summary));
}

/** DIR/<id>.txt and DIR/<id>.<locale>.txt, those that exist. */
function answerFilesFor(dir: string, id: string): { file: string; locale?: Locale }[] {
  const found: { file: string; locale?: Locale }[] = [];
  if (existsSync(join(dir, `${id}.txt`))) found.push({ file: join(dir, `${id}.txt`) });
  for (const locale of ['zh', 'en'] as const) {
    const file = join(dir, `${id}.${locale}.txt`);
    if (existsSync(file)) found.push({ file, locale });
  }
  return found;
}

function runAll(io: CliIo, library: ScenarioLibrary, dir: string, lang: Locale | undefined, json: boolean): number {
  let missing = 0;
  const rows: string[][] = [];
  for (const id of library.byId.keys()) {
    const files = answerFilesFor(dir, id);
    if (!files.length) {
      io.stderr.write(`scam-coach: no answers for "${id}" (expected ${join(dir, `${id}.txt`)})\n`);
      missing++;
      continue;
    }
    for (const { file, locale } of files) {
      const run = runScripted(library, id, answersFrom(readFileSync(file, 'utf8')), locale ?? lang);
      const s = run.summary;
      collect?.(s);
      if (json) print(io, JSON.stringify({ ...s, locale: run.locale }));
      else {
        rows.push([
          id,
          run.locale,
          s.outcome,
          String(s.score),
          `${s.redFlags.spotted.length}/${shownCount(s)}`,
          String(s.redFlags.avoided.length),
          s.redFlags.missed.join(','),
        ]);
      }
    }
  }
  if (!json) {
    const table = [['ID', 'LANG', 'OUTCOME', 'SCORE', 'SPOTTED', 'AVOIDED', 'MISSED'], ...rows];
    const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
    for (const r of table)
      print(
        io,
        r
          .map((cell, c) => cell.padEnd(widths[c]!))
          .join('  ')
          .trimEnd(),
      );
  }
  return missing ? 1 : 0;
}

// --- interactive drills ------------------------------------------------------------------------------------------

/** Answers typed in the terminal: null when input ended or the user pressed Ctrl-C. */
function terminalInput(io: CliIo) {
  const terminal = io.interactive && Boolean((io.stdout as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal, crlfDelay: Number.POSITIVE_INFINITY });
  const queued: string[] = [];
  let waiting: ((line: string | null) => void) | undefined;
  let ended = false;
  let interrupted = false;
  const end = () => {
    ended = true;
    waiting?.(null);
    waiting = undefined;
  };
  const interrupt = () => {
    interrupted = true;
    rl.close();
  };
  rl.on('line', (line) => {
    if (waiting) {
      waiting(line);
      waiting = undefined;
    } else queued.push(line);
  });
  rl.on('close', end);
  // In a terminal readline turns Ctrl-C into this event; otherwise the process gets the signal.
  rl.on('SIGINT', interrupt);
  process.on('SIGINT', interrupt);
  return {
    get interrupted() {
      return interrupted;
    },
    next(prompt: string): Promise<string | null> {
      if (queued.length) return Promise.resolve(queued.shift()!);
      if (ended) return Promise.resolve(null);
      rl.setPrompt(prompt);
      rl.prompt();
      return new Promise((res) => {
        waiting = res;
      });
    },
    close() {
      process.off('SIGINT', interrupt);
      rl.close();
    },
  };
}

async function runInteractive(
  io: CliIo,
  library: ScenarioLibrary,
  id: string,
  lang: Locale | undefined,
  json: boolean,
): Promise<number> {
  const paint = paintFor(io);
  const input = terminalInput(io);
  let locale: Locale = lang ?? 'zh';
  const show = (replies: DrillReply[]) => {
    for (const r of replies) showLine(io, formatReply(library, locale, r, paint));
  };
  try {
    let r = startDrill(library, id, locale);
    show(r.replies);
    let quick = r.replies.findLast((x) => x.kind === 'scammer')?.quickReplies ?? [];
    while (!r.done) {
      const line = await input.next('> ');
      if (line === null) {
        print(io, '');
        // Ctrl-C or end of input: said in the drill's language (the content's "stopped" text), nothing hard-coded.
        showLine(io, paint.dim(library.texts.stopped[locale]));
        collect?.(drillSummary(library, r.state));
        if (json) print(io, JSON.stringify(drillSummary(library, r.state)));
        return 130;
      }
      // "1" picks the first suggested reply.
      const pick = /^\s*(\d+)\s*$/.exec(line);
      const picked = pick ? quick[Number(pick[1]) - 1] : undefined;
      const answer = picked ?? line;
      if (picked) showLine(io, paint.dim(`  → ${picked}`));
      if (!answer.trim()) continue;
      // Without --lang the first answer decides the language: restart the drill in it, then take the answer.
      if (!lang && r.state.turn === 0 && r.state.unclear === 0 && !picked) {
        const detected = detectLocale(answer, locale);
        if (detected !== locale) {
          locale = detected;
          r = startDrill(library, id, locale);
        }
      }
      r = stepDrill(library, r.state, answer);
      show(r.replies);
      quick = r.replies.findLast((x) => x.kind === 'scammer')?.quickReplies ?? [];
    }
    collect?.(drillSummary(library, r.state));
    if (json) print(io, JSON.stringify(drillSummary(library, r.state)));
    return 0;
  } finally {
    input.close();
  }
}

// --- command -----------------------------------------------------------------------------------------------------

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    answers: { type: 'string' },
    all: { type: 'boolean', default: false },
    'answers-dir': { type: 'string' },
    session: { type: 'string' },
  });
  const collected: DrillSummary[] = [];
  collect = (summary) => collected.push(summary);
  try {
    return await runCommand(values, positionals, io);
  } finally {
    collect = undefined;
    if (values.session && collected.length) {
      const library = loadLibrary(io, values.brand);
      await recordOutcomes(io.root, values.session.slice(0, 64), collected.map((c) => drillOutcome(library, c)));
    }
  }
}

/** Set while a command runs with --session: every finished or stopped drill's summary is handed to it. */
let collect: ((summary: DrillSummary) => void) | undefined;

async function runCommand(
  values: { help: boolean; lang?: string; json: boolean; brand?: string; answers?: string; all: boolean; 'answers-dir'?: string },
  positionals: string[],
  io: CliIo,
): Promise<number> {
  if (values.help) {
    print(io, USAGE);
    return 0;
  }
  const lang = localeOption(values.lang);
  if (values.all) {
    if (!values['answers-dir'] || positionals.length)
      return fail(io, `train --all needs --answers-dir DIR and no ID\n${USAGE}`);
    const library = loadLibrary(io, values.brand);
    return runAll(io, library, resolve(values['answers-dir']), lang, values.json);
  }
  const [id, ...extra] = positionals;
  if (!id || extra.length) return fail(io, USAGE);
  const library = loadLibrary(io, values.brand);
  if (!library.byId.has(id)) return fail(io, `unknown drill "${id}" (see "scam-coach scenarios")`);

  // Not a terminal and no --answers: stdin holds the answers, as with "--answers -".
  const source = values.answers ?? (io.interactive ? undefined : '-');
  if (source === undefined) return runInteractive(io, library, id, lang, values.json);
  let answers: string[];
  try {
    answers = await readAnswers(source, io);
  } catch (err) {
    return fail(io, `cannot read answers from ${source} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const result = runScripted(library, id, answers, lang);
  collect?.(result.summary);
  printScripted(io, library, result, values.json);
  if (result.unused) io.stderr.write(`scam-coach: the drill ended before the last ${result.unused} answer(s)\n`);
  return 0;
}
