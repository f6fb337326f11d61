// `scam-coach check [--brand FILE] INPUT…|-` — the classifier from the terminal (docs/contracts.md JSON with --json).
import { createClassifier } from '../classifier/index.ts';
import type { CheckResult } from '../classifier/types.ts';
import { detectLocale } from '../content/lang.ts';
import { hasInputs, inputsFrom, readsStdin, runLocale } from './inputs.ts';
import { type CliIo, fail, print } from './io.ts';
import { loadBrandFrom, localeOption, parseCommand } from './options.ts';

const MARK: Record<CheckResult['verdict'], string> = {
  official: '✔ official',
  unknown: '? unknown',
  suspicious: '! suspicious',
  dangerous: '✖ dangerous',
};

export function formatCheck(r: CheckResult): string {
  const out = [`${MARK[r.verdict]}  ${r.input}`];
  for (const reason of r.reasons ?? []) out.push(`  - [${reason.code}] ${reason.message}`);
  for (const item of r.items) {
    out.push(`  ${item.kind} ${item.raw} → ${item.verdict}`);
    for (const reason of item.reasons) out.push(`    - [${reason.code}] ${reason.message}`);
  }
  for (const p of r.phrases) out.push(`  phrase (${p.topic}): ${p.text}`);
  out.push(`  ${r.advice}`);
  return out.join('\n');
}

const USAGE = 'usage: scam-coach check [--brand FILE] [--lang zh|en] [--json] INPUT...|-';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {});
  if (values.help) {
    print(io, USAGE);
    return 0;
  }
  const fromStdin = readsStdin(positionals);
  if (!hasInputs(positionals)) return fail(io, `nothing to check\n${USAGE}`);
  const flag = localeOption(values.lang);
  const localeOf = runLocale(flag ?? (fromStdin ? undefined : detectLocale(positionals.join(' '), 'zh')));
  const classifier = createClassifier(io.root, loadBrandFrom(io.root, values.brand));
  let count = 0;
  for await (const input of inputsFrom(positionals, io, false)) {
    const result = classifier.check(input, { locale: localeOf(input) });
    print(io, values.json ? JSON.stringify(result) : formatCheck(result));
    count++;
  }
  return count ? 0 : fail(io, `nothing to check: stdin held no input\n${USAGE}`);
}
