// `scam-coach train ID [--answers FILE|-] [--lang zh|en] [--json]` and `scam-coach train --all --answers-dir DIR`:
// a scam-call drill in the terminal (interactive), or replayed from scripted answers (one per line). The terminal is
// a channel like the widget: every line is one turn of the brain (src/cli/channel.ts); this file moves text in and out.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BotReply } from '../bot/types.ts';
import type { TurnResponse } from '../channels/conversation.ts';
import { detectLocale } from '../content/lang.ts';
import type { Locale } from '../content/topics.ts';
import type { DrillSummary } from '../scenarios/index.ts';
import { openTerminalChannel, type TerminalChannel } from './channel.ts';
import { drillReplies, finishedDrill, startDrill, stopDrill } from './drill-turns.ts';
import { formatReply, shownCount, summaryLine } from './drill-view.ts';
import { type CliIo, fail, print, readLines } from './io.ts';
import { localeOption, parseCommand } from './options.ts';
import { loadLibrary } from './scenarios.ts';
import { runInteractive } from './train-interactive.ts';

const USAGE = `usage: scam-coach train ID [--answers FILE|-] [--lang zh|en] [--json]
       scam-coach train --all --answers-dir DIR [--lang zh|en] [--json]
  without --answers, in a terminal: an interactive drill (type a number to pick a suggested reply, Ctrl-C to stop)
  --answers FILE|-   one answer per line (blank lines skipped); "-" reads stdin
  --answers-dir DIR  with --all: DIR/<id>.txt or DIR/<id>.<zh|en>.txt for each drill
  --session NAME     store the results under this training cohort (reports group by it; DATA_DIR / REDIS_URL)
  --json             the last line is the drill summary {"scenario","outcome","score","redFlags","turns"}`;

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
  let summary = said(await startDrill(channel, id, locale));
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
