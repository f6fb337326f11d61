// Runs the CLI in-process with string streams, the way a terminal would.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import { ROOT } from './content.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(
  argv: string[],
  stdin = '',
  root = ROOT,
  options: { interactive?: boolean } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(argv, {
    stdin: Readable.from([stdin]),
    stdout,
    stderr,
    interactive: options.interactive ?? false,
    root,
  });
  return { code, out, err };
}
