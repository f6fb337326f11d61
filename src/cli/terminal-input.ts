// Lines typed in a terminal, one at a time, with a prompt; Ctrl-C and the end of input both read as null (the
// caller stops the drill). Lines typed ahead of the prompt are kept in order.
import { createInterface } from 'node:readline';
import type { CliIo } from './io.ts';

/** Answers typed in the terminal: null when input ended or the user pressed Ctrl-C. */
export function terminalInput(io: CliIo) {
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
