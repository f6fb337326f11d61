// What a CLI command may touch: its arguments, stdin lines, stdout and stderr. Tests pass their own.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** True when stdin is a terminal (interactive use). */
  interactive: boolean;
  /** Project root: content/ and scenarios/ are read from here. */
  root: string;
}

export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

/** Lines of a stream. Stopping early (`return()`) closes the interface, which pauses the stream: a terminal's stdin
 *  left flowing would keep the process alive after the command has printed its result. */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of rl) yield line;
  } finally {
    rl.close();
  }
}

export function print(io: CliIo, line: string): void {
  io.stdout.write(`${line}\n`);
}

export function fail(io: CliIo, message: string, code = 2): number {
  io.stderr.write(`scam-coach: ${message}\n`);
  return code;
}
