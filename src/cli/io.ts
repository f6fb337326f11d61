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

// Control characters a terminal would obey (escape sequences that retitle or clear it, C1 controls, a lone carriage
// return that overwrites a line, bidi overrides that reorder what is shown) are written as visible \uXXXX escapes.
// Inside JSON strings the same escape is valid JSON for the same character, so one rule serves text and JSON.
// Colour (SGR: ESC [ digits m) is the one sequence kept: the drill's coloured markers use it, and it can neither
// move the cursor, clear the screen nor retitle the window.
const UNSAFE =
  /\u001b\[[0-9;]{0,24}m|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) =>
    c.length > 1 && c !== '\r' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Writes text to stdout as it is safe to show in a terminal (every command's output goes through here). */
export function write(io: CliIo, text: string): void {
  io.stdout.write(terminalSafe(text));
}

export function print(io: CliIo, line: string): void {
  write(io, `${line}\n`);
}

export function fail(io: CliIo, message: string, code = 2): number {
  io.stderr.write(terminalSafe(`scam-coach: ${message}\n`));
  return code;
}

/** A warning or notice on stderr (sanitised like everything else). */
export function notice(io: CliIo, message: string): void {
  io.stderr.write(terminalSafe(`scam-coach: ${message}\n`));
}
