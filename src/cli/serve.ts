// `scam-coach serve` (= npm start): the web server with the widget, the app webhook and the APIs.
import { ConfigError, configFromEnv } from '../config.ts';
import { formatProblem, ContentError } from '../content/yaml-source.ts';
import { startServer } from '../server.ts';
import { type CliIo, fail } from './io.ts';

export async function run(_argv: string[], io: CliIo): Promise<number> {
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(configFromEnv(process.env, io.root));
  } catch (err) {
    if (err instanceof ContentError)
      return fail(io, `cannot start, content problems:\n${err.problems.map(formatProblem).join('\n')}`, 1);
    // Configuration the server cannot run with (a bad variable, an unreachable REDIS_URL, a busy port): one line.
    if (err instanceof ConfigError) return fail(io, `cannot start: ${err.message}`, 1);
    throw err;
  }
  io.stdout.write(`scam-coach is running: ${server.url}/  (demo help page with the widget)\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      server.log.info({ signal }, 'shutting down');
      server.close().then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
