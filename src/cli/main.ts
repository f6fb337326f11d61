// `scam-coach` command dispatcher: each command lives in its own file and is loaded only when used.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { type CliCommand, type CliIo, fail, print } from './io.ts';
import { ConfigError } from '../config.ts';
import { ContentError } from '../content/yaml-source.ts';

const COMMANDS: Record<string, () => Promise<{ run: CliCommand }>> = {
  check: () => import('./check.ts'),
  ask: () => import('./ask.ts'),
  scenarios: () => import('./scenarios.ts'),
  train: () => import('./train.ts'),
  quiz: () => import('./quiz.ts'),
  content: () => import('./content-check.ts'),
  serve: () => import('./serve.ts'),
  report: () => import('./report.ts'),
  seed: () => import('./seed.ts'),
};

const USAGE = `usage: scam-coach <command> [options]
  check [--brand FILE] INPUT...|-     verdict for a phone number, link or pasted message
  ask QUESTION...|-                   answer an "is this legit?" question from the FAQ
  scenarios                           list the scam-call drills
  train ID [--answers FILE|-]         run a drill (interactive, or scripted answers)
  train --all --answers-dir DIR       run every drill with scripted answers, print a summary
  quiz [--phase pre|post]             the genuine-or-scam quiz (hit rate, false alarms, d')
  content check [DIR]                 validate brand, facts, FAQ, scenarios, texts, quiz
  content facts [DIR]                 the facts users read, with sources and age (oldest first)
  report [--session S] [--format table|json|csv]   training reports from the store
  seed --demo [--count N]             fill the store with deterministic demo outcomes
  serve                               start the web server (same as npm start)
common options: --lang zh|en  --json`;

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function main(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const fullIo: CliIo = {
    stdin: io?.stdin ?? process.stdin,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    interactive: io?.interactive ?? Boolean(process.stdin.isTTY),
    root: io?.root ?? PROJECT_ROOT,
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(fullIo, USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) return fail(fullIo, `unknown command "${name}"\n${USAGE}`);
  try {
    const { run } = await load();
    return await run(rest, fullIo);
  } catch (err) {
    // Content problems and bad arguments are the user's to fix: say what and where, no stack trace.
    if (err instanceof ContentError) return fail(fullIo, err.message, 1);
    if (err instanceof ConfigError) return fail(fullIo, err.message, 1);
    if (err instanceof TypeError && (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      return fail(fullIo, err.message);
    }
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return fail(fullIo, (err as Error).message);
    throw err;
  }
}
