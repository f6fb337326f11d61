// `scam-coach train ID [--answers FILE|-] [--lang zh|en] [--json]` and `scam-coach train --all --answers-dir DIR`:
// a scam-call drill in the terminal (interactive), or replayed from scripted answers (one per line). The terminal is
// a channel like the widget: every line is one turn of the brain (src/cli/channel.ts); this file moves text in and out.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BotReply } from '../bot/types.ts';
import { startCommandText } from '../bot/start-command.ts';
import type { TurnResponse } from '../channels/conversation.ts';
import { detectLocale } from '../content/lang.ts';
import type { Locale } from '../content/topics.ts';
import type { DrillSummary } from '../scenarios/index.ts';
import { openTerminalChannel, stopWord, type TerminalChannel } from './channel.ts';
import { formatReply, paintFor, shownCount, summaryLine } from './drill-view.ts';
import { type CliIo, fail, print, readLines } from './io.ts';
import { localeOption, parseCommand } from './options.ts';
import { loadLibrary } from './scenarios.ts';
import { terminalInput } from './terminal-input.ts';

const USAGE = `usage: scam-coach train ID [--answers FILE|-] [--lang zh|en] [--json]
       scam-coach train --all --answers-dir DIR [--lang zh|en] [--json]
  without --answers, in a terminal: an interactive drill (type a number to pick a suggested reply, Ctrl-C to stop)
  --answers FILE|-   one answer per line (blank lines skipped); "-" reads stdin
  --answers-dir DIR  with --all: DIR/<id>.txt or DIR/<id>.<zh|en>.txt for each drill
  --session NAME     store the results under this training cohort (reports group by it; DATA_DIR / REDIS_URL)
  --json             the last line is the drill summary {"scenario","outcome","score","redFlags","turns"}`;

/** The summary a turn's finished (or stopped) drill left, if the drill ended in it. */
function finishedDrill(response: TurnResponse): DrillSummary | undefined {
  for (const e of response.events ?? []) if (e.type === 'drill-finished') return e.summary;
  return undefined;
}

function drillReplies(response: TurnResponse): BotReply[] {
  return response.replies.filter((r) => r.drill);
}

/** Stops the drill the way a person in a chat would (it is recorded as not finished) and returns its summary. */
async function stopDrill(
  channel: TerminalChannel,
  locale: Locale,
): Promise<{ summary: DrillSummary; replies: BotReply[] }> {
  const response = await channel.turn(stopWord(channel.brain, locale));
  const summary = finishedDrill(response);
  if (!summary) throw new Error('the drill did not stop'); // the stop word is a command of the brain: not reached
  return { summary, replies: drillReplies(response) };
}

// --- scripted drills ---------------------------------------------------------------------------------------------

interface ScriptedRun {
  summary: DrillSummary;
  locale: Locale;
  /** Replies and answers in order, for the human-readable transcript. */
  log: ({ answer: string } | { reply: BotReply })[];
  /** Answers left over after the drill ended. */
  unused: number;
}

/** Plays a drill with the given answers until it ends or they run out (then it is stopped: "incomplete"). */
async function runScripted(
  channel: TerminalChannel,
  id: string,
  answers: string[],
  lang?: Locale,
): Promise<ScriptedRun> {
  const locale = lang ?? detectLocale(answers[0] ?? '', 'zh');
  const log: ScriptedRun['log'] = [];
  const said = (response: TurnResponse) => {
    log.push(...drillReplies(response).map((reply) => ({ reply })));
    return finishedDrill(response);
  };
  let summary = said(await channel.turn(startCommandText({ kind: 'drill', scenario: id, locale })));
  let used = 0;
  for (const answer of answers) {
    if (summary) break;
    used++;
    log.push({ answer });
    summary = said(await channel.turn(answer));
  }
  summary ??= (await stopDrill(channel, locale)).summary;
  return { summary, locale, log, unused: answers.length - used };
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

function printScripted(io: CliIo, channel: TerminalChannel, run: ScriptedRun, json: boolean): void {
  if (json) {
    print(io, JSON.stringify(run.summary));
    return;
  }
  for (const item of run.log) {
    print(io, 'answer' in item ? `> ${item.answer}` : formatReply(channel.brain.drills, run.locale, item.reply)!);
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

function printTable(io: CliIo, rows: string[][]): void {
  const table = [['ID', 'LANG', 'OUTCOME', 'SCORE', 'SPOTTED', 'AVOIDED', 'MISSED'], ...rows];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  for (const r of table) {
    print(
      io,
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    );
  }
}

async function runAll(
  io: CliIo,
  channel: TerminalChannel,
  dir: string,
  lang: Locale | undefined,
  json: boolean,
): Promise<number> {
  let missing = 0;
  const rows: string[][] = [];
  for (const id of channel.brain.drills.byId.keys()) {
    const files = answerFilesFor(dir, id);
    if (!files.length) {
      io.stderr.write(`scam-coach: no answers for "${id}" (expected ${join(dir, `${id}.txt`)})\n`);
      missing++;
      continue;
    }
    for (const { file, locale } of files) {
      const run = await runScripted(channel, id, answersFrom(readFileSync(file, 'utf8')), locale ?? lang);
      const s = run.summary;
      if (json) print(io, JSON.stringify({ ...s, locale: run.locale }));
      else {
        const { spotted, avoided, missed } = s.redFlags;
        rows.push([
          id,
          run.locale,
          s.outcome,
          String(s.score),
          `${spotted.length}/${shownCount(s)}`,
          String(avoided.length),
          missed.join(','),
        ]);
      }
    }
  }
  if (!json) printTable(io, rows);
  return missing ? 1 : 0;
}

// --- interactive drills ------------------------------------------------------------------------------------------

async function runInteractive(
  io: CliIo,
  channel: TerminalChannel,
  id: string,
  lang: Locale | undefined,
  json: boolean,
): Promise<number> {
  const paint = paintFor(io);
  const input = terminalInput(io);
  const library = channel.brain.drills;
  let locale: Locale = lang ?? 'zh';
  let quick: BotReply['quickReplies'] = [];
  const show = (replies: BotReply[]) => {
    for (const r of replies) print(io, formatReply(library, locale, r, paint)!);
    quick = replies.findLast((r) => r.drill?.kind === 'scammer')?.quickReplies ?? quick;
  };
  const start = (l: Locale) => channel.turn(startCommandText({ kind: 'drill', scenario: id, locale: l }));
  const finish = (summary: DrillSummary, code: number) => {
    if (json) print(io, JSON.stringify(summary));
    return code;
  };
  try {
    show(drillReplies(await start(locale)));
    let answered = false;
    for (;;) {
      const line = await input.next('> ');
      if (line === null) {
        // Ctrl-C or end of input: the drill is stopped like in a chat, its notice in the drill's language.
        print(io, '');
        const stopped = await stopDrill(channel, locale);
        show(stopped.replies);
        return finish(stopped.summary, 130);
      }
      // "1" picks the first suggestion: its value is what is sent.
      const pick = /^\s*(\d+)\s*$/.exec(line);
      const picked = pick ? quick?.[Number(pick[1]) - 1] : undefined;
      const answer = picked?.value ?? line;
      if (picked) print(io, paint.dim(`  → ${picked.label}`));
      if (!answer.trim()) continue;
      // Without --lang the first answer decides the language: the untouched drill restarts in it (nothing recorded).
      if (!lang && !answered && !picked) {
        const detected = detectLocale(answer, locale);
        if (detected !== locale) {
          locale = detected;
          await start(locale);
        }
      }
      answered = true;
      const response = await channel.turn(answer);
      show(drillReplies(response));
      const summary = finishedDrill(response);
      if (summary) return finish(summary, 0);
    }
  } finally {
    input.close();
  }
}

// --- command -----------------------------------------------------------------------------------------------------

interface TrainOptions {
  help: boolean;
  lang?: string;
  json: boolean;
  brand?: string;
  answers?: string;
  all: boolean;
  'answers-dir'?: string;
  session?: string;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    answers: { type: 'string' },
    all: { type: 'boolean', default: false },
    'answers-dir': { type: 'string' },
    session: { type: 'string' },
  });
  return runCommand(values, positionals, io);
}

/** The terminal channel for one command, closed (its temporary store deleted) when the command ends. */
async function withChannel(
  io: CliIo,
  values: TrainOptions,
  drills: ReturnType<typeof loadLibrary>,
  fn: (c: TerminalChannel) => Promise<number>,
) {
  const channel = await openTerminalChannel(io, {
    brandFlag: values.brand,
    drills,
    ...(values.session ? { session: values.session } : {}),
  });
  try {
    return await fn(channel);
  } finally {
    await channel.close();
  }
}

async function runCommand(values: TrainOptions, positionals: string[], io: CliIo): Promise<number> {
  if (values.help) {
    print(io, USAGE);
    return 0;
  }
  const lang = localeOption(values.lang);
  if (values.all) {
    if (!values['answers-dir'] || positionals.length)
      return fail(io, `train --all needs --answers-dir DIR and no ID\n${USAGE}`);
    const dir = resolve(values['answers-dir']);
    return withChannel(io, values, loadLibrary(io, values.brand), (channel) =>
      runAll(io, channel, dir, lang, values.json),
    );
  }
  const [id, ...extra] = positionals;
  if (!id || extra.length) return fail(io, USAGE);
  const library = loadLibrary(io, values.brand);
  if (!library.byId.has(id)) return fail(io, `unknown drill "${id}" (see "scam-coach scenarios")`);

  // Not a terminal and no --answers: stdin holds the answers, as with "--answers -".
  const source = values.answers ?? (io.interactive ? undefined : '-');
  if (source === undefined)
    return withChannel(io, values, library, (channel) => runInteractive(io, channel, id, lang, values.json));
  let answers: string[];
  try {
    answers = await readAnswers(source, io);
  } catch (err) {
    return fail(io, `cannot read answers from ${source} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return withChannel(io, values, library, async (channel) => {
    const result = await runScripted(channel, id, answers, lang);
    printScripted(io, channel, result, values.json);
    if (result.unused) io.stderr.write(`scam-coach: the drill ended before the last ${result.unused} answer(s)\n`);
    return 0;
  });
}
