// Structured starts: "/drill ID [zh|en]" and "/quiz pre|post [SEED] [zh|en]". A channel that knows exactly what
// to start (the terminal's `train ID` and `quiz --seed N`, a quick-reply value) says it as a message like any
// other, so the start goes through the one turn and is recorded like every other channel's.
import type { Locale } from '../content/topics.ts';

export type StartCommand =
  | { kind: 'drill'; scenario: string; locale?: Locale }
  | { kind: 'quiz'; phase: 'pre' | 'post'; seed?: number; locale?: Locale };

const DRILL = /^\/drill\s+([a-z0-9][a-z0-9-]*)(?:\s+(zh|en))?$/;
const QUIZ = /^\/quiz\s+(pre|post)(?:\s+(\d{1,10}))?(?:\s+(zh|en))?$/;
const MAX_SEED = 2 ** 32; // seeds are 32-bit (src/quiz/order.ts)

/** The message that starts `command`. */
export function startCommandText(command: StartCommand): string {
  const parts =
    command.kind === 'drill'
      ? ['/drill', command.scenario, command.locale]
      : ['/quiz', command.phase, command.seed === undefined ? undefined : String(command.seed), command.locale];
  return parts.filter((p) => p !== undefined).join(' ');
}

/** The start a message asks for, if it is one (trimmed text). */
export function parseStartCommand(text: string): StartCommand | undefined {
  const drill = DRILL.exec(text);
  if (drill) return { kind: 'drill', scenario: drill[1]!, ...(drill[2] ? { locale: drill[2] as Locale } : {}) };
  const quiz = QUIZ.exec(text);
  if (!quiz) return undefined;
  const seed = quiz[2] === undefined ? undefined : Number(quiz[2]);
  if (seed !== undefined && seed >= MAX_SEED) return undefined;
  return {
    kind: 'quiz',
    phase: quiz[1] as 'pre' | 'post',
    ...(seed === undefined ? {} : { seed }),
    ...(quiz[3] ? { locale: quiz[3] as Locale } : {}),
  };
}
