// `scam-coach scenarios [--lang zh|en] [--json]` — the scam-call drills available (docs/contracts.md).
import { formatProblem } from '../content/yaml-source.ts';
import { listScenarios, loadScenarios, type ScenarioLibrary } from '../scenarios/index.ts';
import { type CliIo, notice, print } from './io.ts';
import { loadBrandFrom, localeOption, parseCommand } from './options.ts';

/** Loads the drills for a command; broken files are named on stderr and left out, the rest stay usable. */
export function loadLibrary(io: CliIo, brandFlag?: unknown): ScenarioLibrary {
  const { library, problems } = loadScenarios(io.root, loadBrandFrom(io.root, brandFlag));
  if (problems.length) {
    const shown = problems.slice(0, 5).map((p) => `  ${formatProblem(p)}`);
    const more = problems.length > 5 ? [`  … ${problems.length - 5} more`] : [];
    notice(io, `some drill files have problems (run "scam-coach content check"):\n${[...shown, ...more].join('\n')}`);
  }
  return library;
}

function pad(s: string, width: number): string {
  // CJK characters take two terminal columns.
  const cols = [...s].reduce((n, ch) => n + (/[\u1100-\uffdc]/.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, width - cols));
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(argv, {});
  if (values.help) {
    print(io, 'usage: scam-coach scenarios [--lang zh|en] [--json]');
    return 0;
  }
  const locale = localeOption(values.lang) ?? 'zh';
  const list = listScenarios(loadLibrary(io, values.brand), locale);
  if (values.json) {
    print(io, JSON.stringify(list));
    return 0;
  }
  const idWidth = Math.max(2, ...list.map((s) => s.id.length)) + 2;
  print(io, `${pad('ID', idWidth)}TITLE`);
  for (const s of list) {
    print(io, `${pad(s.id, idWidth)}${s.title}`);
    print(io, `${pad('', idWidth)}${s.topics.join(', ')}  [${s.locales.join('/')}]`);
  }
  if (!list.length) print(io, locale === 'zh' ? '（还没有演练）' : '(no drills yet)');
  return 0;
}
