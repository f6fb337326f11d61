// `scam-coach check [--brand FILE] INPUT…|-` — the classifier from the terminal (DESIGN.md JSON with --json).
import { createClassifier } from '../classifier/index.ts';
import type { CheckResult } from '../classifier/types.ts';
import { inputsFrom } from './inputs.ts';
import { type CliIo, print } from './io.ts';
import { loadBrandFrom, localeOption, parseCommand } from './options.ts';

const MARK: Record<CheckResult['verdict'], string> = {
  official: '✔ official',
  unknown: '? unknown',
  suspicious: '! suspicious',
  dangerous: '✖ dangerous',
};

export function formatCheck(r: CheckResult): string {
  const out = [`${MARK[r.verdict]}  ${r.input}`];
  for (const item of r.items) {
    out.push(`  ${item.kind} ${item.raw} → ${item.verdict}`);
    for (const reason of item.reasons) out.push(`    - [${reason.code}] ${reason.message}`);
  }
  for (const p of r.phrases) out.push(`  phrase (${p.topic}): ${p.text}`);
  out.push(`  ${r.advice}`);
  return out.join('\n');
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {});
  if (values.help || !positionals.length) {
    print(io, 'usage: scam-coach check [--brand FILE] [--lang zh|en] [--json] INPUT...|-');
    return values.help ? 0 : 2;
  }
  const locale = localeOption(values.lang);
  const classifier = createClassifier(io.root, loadBrandFrom(io.root, values.brand));
  for await (const input of inputsFrom(positionals, io, false)) {
    const result = classifier.check(input, { locale });
    print(io, values.json ? JSON.stringify(result) : formatCheck(result));
  }
  return 0;
}
