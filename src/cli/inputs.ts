// Positional inputs, or `-` to read one input per line from stdin. Blank inputs are skipped: `check ""` has nothing
// to check, and the command says so (usage, exit 2) rather than printing a verdict on nothing.
import { detectLocale } from '../content/lang.ts';
import type { Locale } from '../content/topics.ts';
import { type CliIo, readLines } from './io.ts';

/** `-` alone: one input per stdin line. */
export function readsStdin(positionals: string[]): boolean {
  return positionals.length === 1 && positionals[0] === '-';
}

/** Something to run on: `-` or at least one non-blank word (checked before any content is loaded). */
export function hasInputs(positionals: string[]): boolean {
  return readsStdin(positionals) || positionals.some((p) => p.trim());
}

export async function* inputsFrom(positionals: string[], io: CliIo, joinWords: boolean): AsyncGenerator<string> {
  if (readsStdin(positionals)) {
    for await (const line of readLines(io.stdin)) if (line.trim()) yield line;
    return;
  }
  const words = positionals.filter((p) => p.trim());
  if (joinWords) {
    if (words.length) yield words.join(' ');
    return;
  }
  yield* words;
}

/**
 * One language for a whole run: --lang when given, else the language of the first input (a run that mixes a Chinese
 * and an English message still answers in one language, as a trainer reading the output expects).
 */
export function runLocale(flag: Locale | undefined): (input: string) => Locale {
  let chosen = flag;
  return (input) => {
    chosen ??= detectLocale(input, 'zh');
    return chosen;
  };
}
