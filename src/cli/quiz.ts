// `scam-coach quiz [--phase pre|post] [--answers FILE|-] [--lang zh|en] [--json] [--brand FILE]`:
// the genuine-or-scam quiz, interactive in a terminal or scripted (one answer per line), scored as hit rate,
// false-alarm rate and d′.
import { randomInt } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parseAnswer } from '../quiz/answer.ts';
import { loadQuiz, quizItems } from '../quiz/load.ts';
import { ordered } from '../quiz/order.ts';
import { loadQuizReplies, QuizWording } from '../quiz/replies.ts';
import { PHASES, type Phase, type Truth } from '../quiz/schema.ts';
import { scoreQuiz } from '../quiz/score.ts';
import { type CliIo, fail, print, readLines } from './io.ts';
import { loadBrandFrom, localeOption, parseCommand } from './options.ts';
import { recordOutcomes } from './record.ts';

const USAGE =
  'usage: scam-coach quiz [--phase pre|post] [--seed N] [--answers FILE|-] [--lang zh|en] [--json] [--brand FILE] [--session NAME]';

interface AnsweredItem {
  id: string;
  truth: Truth;
  answer: Truth;
  correct: boolean;
}

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
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) return fail(io, '--seed must be an integer from 0 to 4294967295');

  const brand = loadBrandFrom(io.root, values.brand);
  const items = ordered(quizItems(loadQuiz(io.root, brand), phase, locale), seed);
  const say = new QuizWording(loadQuizReplies(io.root), brand, locale);

  const interactive = values.answers === undefined && io.interactive;
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
  const lines = readLines(input)[Symbol.asyncIterator]();
  // With --json, stdout carries only the JSON result; the conversation goes to stderr when a person is typing.
  const out = values.json ? (interactive ? io.stderr : undefined) : io.stdout;
  const show = (text: string) => out?.write(`${text}\n`);

  let lineNo = 0;
  /** The next answer, or undefined at the end of input. Scripted input skips blank and # lines. */
  async function nextAnswer(): Promise<{ raw: string; answer: Truth } | undefined> {
    for (;;) {
      if (interactive) out?.write(say.prompt());
      const next = await lines.next();
      if (next.done) return undefined;
      lineNo++;
      const raw = next.value.trim();
      if (!interactive && (raw === '' || raw.startsWith('#'))) continue;
      const answer = parseAnswer(raw);
      if (answer) {
        if (!interactive) show(`${say.prompt()}${raw}`);
        return { raw, answer };
      }
      if (!interactive) throw new BadAnswer(`answers line ${lineNo}: "${raw}" is not genuine/scam (g/s, 1/2, 真/假)`);
      show(say.invalid());
    }
  }

  const answered: AnsweredItem[] = [];
  try {
    show(say.intro(items.length));
    for (const [i, item] of items.entries()) {
      show('');
      show(say.item(item, i + 1, items.length));
      const got = await nextAnswer();
      if (!got) break;
      const correct = got.answer === item.truth;
      answered.push({ id: item.id, truth: item.truth, answer: got.answer, correct });
      show(say.feedback(item, correct));
    }
  } catch (err) {
    if (err instanceof BadAnswer) return fail(io, err.message);
    throw err;
  } finally {
    await lines.return?.(undefined);
  }

  const complete = answered.length === items.length;
  const score = scoreQuiz(answered);
  show('');
  // Answers that ran out give a partial score: say so even when stdout carries only JSON.
  if (!complete) (out ?? io.stderr).write(`${say.incomplete(answered.length, items.length)}\n`);
  show(say.summary(score));
  if (values.json) {
    const { hitRate, falseAlarmRate, dPrime, hits, misses, falseAlarms, correctRejections, criterion } = score;
    const result = {
      phase,
      locale,
      seed,
      complete,
      items: answered,
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
  // --session: a finished form is stored with the server's store under that training cohort (reports compare pre/post).
  if (values.session && complete) {
    const { hits, misses, falseAlarms, correctRejections } = score;
    await recordOutcomes(io.root, values.session.slice(0, 64), [{ kind: 'quiz', phase, hits, misses, falseAlarms, correctRejections }]);
  }
  return complete ? 0 : 1;
}

class BadAnswer extends Error {}
