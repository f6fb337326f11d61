// `scam-coach quiz [--phase pre|post] [--seed N] [--answers FILE|-] [--lang zh|en] [--json] [--brand FILE]`:
// the genuine-or-scam quiz, interactive in a terminal or scripted (one answer per line), scored as hit rate,
// false-alarm rate and d′. The quiz itself is the brain's (src/bot/quiz-turn.ts): each answer is one turn through
// the terminal channel (src/cli/channel.ts); this file reads answers and prints what the turns reply.
import { randomInt } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { startCommandText } from '../bot/start-command.ts';
import type { BotReply, QuizReplyDetail } from '../bot/types.ts';
import { ContentError } from '../content/yaml-source.ts';
import { parseAnswer } from '../quiz/answer.ts';
import { QUIZ_FILE } from '../quiz/load.ts';
import { QUIZ_REPLIES_FILE, QuizWording } from '../quiz/replies.ts';
import { PHASES, type Phase } from '../quiz/schema.ts';
import { scoreQuiz } from '../quiz/score.ts';
import { openTerminalChannel, stopWord, type TerminalChannel } from './channel.ts';
import { type CliIo, fail, print } from './io.ts';
import { localeOption, parseCommand } from './options.ts';

const USAGE =
  'usage: scam-coach quiz [--phase pre|post] [--seed N] [--answers FILE|-] [--lang zh|en] [--json] [--brand FILE] [--session NAME]';

const QUIZ_FILES = [QUIZ_FILE, QUIZ_REPLIES_FILE];

type Answered = NonNullable<QuizReplyDetail['answered']>;

/** What the quiz's replies said so far: the answers judged, and the form's size. */
interface QuizRun {
  answered: Answered[];
  count: number;
  finished: boolean;
  /** The brain left the quiz (the person typed "stop" or "menu"). */
  left: boolean;
}

class BadAnswer extends Error {}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    phase: { type: 'string', default: 'pre' },
    answers: { type: 'string' },
    session: { type: 'string' },
    seed: { type: 'string' },
  });
  if (values.help) {
    print(io, USAGE);
    return 0;
  }
  if (positionals.length) return fail(io, `unexpected argument "${positionals[0]}"\n${USAGE}`);
  const phase = values.phase as Phase;
  if (!PHASES.includes(phase)) return fail(io, `--phase must be one of ${PHASES.join(', ')}`);
  // No input text to detect a language from: Chinese unless asked otherwise.
  const locale = localeOption(values.lang) ?? 'zh';
  // Items come in a balanced random order; --seed replays one (scripted answer files need a known order).
  const seed = values.seed === undefined ? randomInt(2 ** 32) : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32)
    return fail(io, '--seed must be an integer from 0 to 4294967295');

  let input: Readable = io.stdin;
  if (values.answers !== undefined && values.answers !== '-') {
    try {
      input = (await open(values.answers)).createReadStream({ encoding: 'utf8' });
    } catch (err) {
      return fail(
        io,
        `cannot read answers file ${values.answers} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      );
    }
  }
  const channel = await openTerminalChannel(io, {
    brandFlag: values.brand,
    ...(values.session ? { session: values.session } : {}),
  });
  // Ctrl-C ends the form like the end of input (the partial result, then exit 130), so the temporary store goes too.
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    rl.close();
  };
  process.once('SIGINT', interrupt);
  try {
    const code = await quiz(io, channel, {
      start: startCommandText({ kind: 'quiz', phase, seed, locale }),
      lines: rl[Symbol.asyncIterator](),
      interactive: values.answers === undefined && io.interactive,
      json: values.json,
      result: { phase, locale, seed },
    });
    return interrupted ? 130 : code;
  } catch (err) {
    if (err instanceof BadAnswer) return fail(io, err.message);
    throw err;
  } finally {
    process.off('SIGINT', interrupt);
    // Closing the interface pauses the stream: a terminal's stdin left flowing would keep the process alive.
    rl.close();
    await channel.close();
  }
}

async function quiz(
  io: CliIo,
  channel: TerminalChannel,
  opts: {
    start: string;
    lines: AsyncIterableIterator<string>;
    interactive: boolean;
    json: boolean;
    result: { phase: Phase; locale: 'zh' | 'en'; seed: number };
  },
): Promise<number> {
  const { brain } = channel;
  // The quiz content did not load: its problems, as file:line:col lines (exit 1).
  if (!brain.quiz) throw new ContentError(channel.problems.filter((p) => QUIZ_FILES.some((f) => p.file.endsWith(f))));
  const { interactive } = opts;
  // With --json, stdout carries only the JSON result; the conversation goes to stderr when a person is typing.
  const out = opts.json ? (interactive ? io.stderr : undefined) : io.stdout;
  const show = (text: string) => out?.write(`${text}\n`);
  const state: QuizRun = { answered: [], count: 0, finished: false, left: false };
  const say = async (text: string) => followReplies(state, (await channel.turn(text)).replies, show);

  await say(opts.start);
  let lineNo = 0;
  try {
    while (!state.finished && !state.left) {
      if (interactive) out?.write('> ');
      const next = await opts.lines.next();
      if (next.done) break;
      lineNo++;
      const raw = next.value.trim();
      if (raw === '' || (!interactive && raw.startsWith('#'))) continue;
      // A scripted file is checked before it is sent: a line that is no answer is the author's to fix.
      if (!interactive && !parseAnswer(raw))
        throw new BadAnswer(`answers line ${lineNo}: "${raw}" is not genuine/scam (g/s, 1/2, 真/假)`);
      if (!interactive) show(`> ${raw}`);
      await say(raw);
    }
  } finally {
    await opts.lines.return?.();
  }

  const { answered, count } = state;
  const complete = state.finished;
  // Answers that ran out (or a quiz left halfway): the brain leaves it, and the partial score is said here.
  if (!complete) {
    if (!state.left) await channel.turn(stopWord(brain, opts.result.locale));
    const wording = new QuizWording(brain.quiz.replies, brain.brand, opts.result.locale);
    show('');
    (out ?? io.stderr).write(`${wording.incomplete(answered.length, count)}\n`);
    show(wording.summary(scoreQuiz(answered)));
  }
  if (opts.json) {
    const score = scoreQuiz(answered);
    const { hitRate, falseAlarmRate, dPrime, hits, misses, falseAlarms, correctRejections, criterion } = score;
    const items = answered.map(({ id, truth, answer, correct }) => ({ id, truth, answer, correct }));
    const result = {
      ...opts.result,
      complete,
      items,
      hitRate,
      falseAlarmRate,
      dPrime,
      criterion,
      hits,
      misses,
      falseAlarms,
      correctRejections,
    };
    io.stdout.write(`${JSON.stringify(result)}\n`);
  }
  return complete ? 0 : 1;
}

/** Shows a turn's quiz replies and notes what they carry (menus and chat hints are for chats, not shown). */
function followReplies(state: QuizRun, replies: BotReply[], show: (text: string) => void): void {
  const quiz = replies.filter((r) => r.quiz);
  // A turn with nothing of the quiz left it ("stop", "menu"); a language switch keeps it running.
  if (!quiz.length && !replies.some((r) => r.kind === 'lang')) state.left = true;
  for (const r of quiz) {
    const d = r.quiz!;
    if (d.item || d.finished) show('');
    show(r.text);
    if (d.item) state.count = d.item.count;
    if (d.answered) state.answered.push(d.answered);
    if (d.finished) state.finished = true;
  }
}
