// Positional inputs, or `-` to read one input per line from stdin (blank lines skipped).
import { type CliIo, readLines } from './io.ts';

export async function* inputsFrom(positionals: string[], io: CliIo, joinWords: boolean): AsyncGenerator<string> {
  if (positionals.length === 1 && positionals[0] === '-') {
    for await (const line of readLines(io.stdin)) if (line.trim()) yield line;
    return;
  }
  if (joinWords) {
    if (positionals.length) yield positionals.join(' ');
    return;
  }
  yield* positionals;
}
