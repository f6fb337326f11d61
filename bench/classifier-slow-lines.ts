// Every dev-half message timed warm, one at a time, in passes over the whole half (each line checked once a pass, after
// a different line, as a whole-pass bench checks it): a line's cost is its least over the passes (a load spike or a
// scheduler's preemption spoils one pass, not the line), and the slowest 1 % are listed. `--same` times each line
// REPS times in a row instead (its caches and branch history warm: a lower bound). `--profile SECONDS` then checks
// the slowest lines in a loop under `node --cpu-prof` and sums the samples under check() by function.
// `npx tsx bench/classifier-slow-lines.ts [PASSES] [--same] [--top N] [--profile SECONDS]`
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';
import { brand, classifier } from '../test/helpers/content.ts';
import { inclusiveUnder } from './lib/cpuprofile.ts';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const messages = loadMessages(CORPUS.dev, brand) ?? [];
let sink = 0;

if (process.env.SLOW_LINES_CHILD) {
  // The profiled child: the listed lines in a loop, each after a different one.
  const texts = readFileSync(process.env.SLOW_LINES_CHILD, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((t) => JSON.parse(t) as string);
  for (let w = 0; w < 50; w++) for (const t of texts) sink += classifier.check(t).verdict.length;
  let n = 0;
  for (const end = Date.now() + Number(process.env.SECONDS ?? 10) * 1000; Date.now() < end; n += texts.length)
    for (const t of texts) sink += classifier.check(t).verdict.length;
  console.log(`${n} checks of ${texts.length} lines${sink ? '' : ' '}`);
  process.exit(0);
}

const passes = Number(argv.find((a, i) => /^\d+$/.test(a) && !argv[i - 1]?.startsWith('--')) ?? 9);
const top = Number(option('--top') ?? Math.ceil(messages.length / 100));
const same = argv.includes('--same');
for (let w = 0; w < 3; w++) for (const m of messages) sink += classifier.check(m.text).verdict.length;
const least = messages.map(() => Infinity);
const time = (text: string) => {
  const t0 = process.hrtime.bigint();
  sink += classifier.check(text).verdict.length;
  return Number(process.hrtime.bigint() - t0) / 1000;
};
for (let p = 0; p < passes; p++)
  messages.forEach((m, i) => {
    if (same) for (let r = 0; r < passes; r++) least[i] = Math.min(least[i]!, time(m.text));
    else least[i] = Math.min(least[i]!, time(m.text));
  });
const rows = messages.map((m, i) => ({ id: m.id, us: least[i]!, text: m.text })).sort((a, b) => b.us - a.us);
const total = rows.reduce((s, r) => s + r.us, 0);
const slow = rows.slice(0, top);
const slowSum = slow.reduce((s, r) => s + r.us, 0);
console.log(
  `${rows.length} lines, least of ${passes} ${same ? 'tries in a row' : 'passes'}: mean ${(total / rows.length).toFixed(1)} µs, median ${rows[rows.length >> 1]!.us.toFixed(1)} µs; slowest ${top}: ${(slowSum / top).toFixed(0)} µs mean, ${((100 * slowSum) / total).toFixed(1)} % of the sum${sink ? '' : ' '}`,
);
for (const r of slow)
  console.log(
    `${r.us.toFixed(0).padStart(6)} µs ${String(r.text.length).padStart(4)} ch ${(r.us / r.text.length).toFixed(1).padStart(5)} µs/ch  ${r.id}  ${r.text.slice(0, 60).replace(/\s+/g, ' ')}`,
  );

const seconds = option('--profile');
if (seconds) {
  const dir = mkdtempSync(join(tmpdir(), 'slow-lines-'));
  const list = join(dir, 'lines.jsonl');
  writeFileSync(list, slow.map((r) => JSON.stringify(r.text)).join('\n'));
  spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-interval', '50', '--cpu-prof-dir', dir, '--import', 'tsx', import.meta.filename],
    {
      stdio: 'inherit',
      env: { ...process.env, SLOW_LINES_CHILD: list, SECONDS: seconds },
    },
  );
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const { samples, inclusive, self } = inclusiveUnder(file, 'check');
  const row = ([name, share]: [string, number]) => `${(100 * share).toFixed(1).padStart(6)} %  ${name.slice(0, 100)}`;
  console.log(`\n${samples} samples under check() (${file})\n-- inclusive`);
  console.log([...inclusive].slice(0, 45).map(row).join('\n'));
  console.log('-- self');
  console.log([...self].slice(0, 45).map(row).join('\n'));
}
