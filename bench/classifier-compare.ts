// CPU per check of this checkout's classifier beside another checkout's, in one process, in interleaved rounds: on a
// shared machine the load moves between runs, so two benches run one after the other compare the load as much as
// the code. Both classifiers check the same inputs (this checkout's: the bench's distinct numbers, the table's
// messages, the field dev half); each round runs each classifier for a few tens of ms and records CPU µs per check
// (process.cpuUsage), each round going on from where the last stopped; the 10th, 25th and 50th percentiles over the
// rounds are printed.
// `npx tsx bench/classifier-compare.ts OTHER_CHECKOUT [ROUNDS]` (OTHER_CHECKOUT: e.g. a `git worktree` of the base
// commit, with node_modules linked).
import { resolve } from 'node:path';
import { MESSAGE_CASES } from '../test/classifier/cases.ts';
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';
import { brand, classifier, ROOT } from '../test/helpers/content.ts';
import { percentile } from './harness.ts';
import { distinctNumbers } from './lib/classifier-inputs.ts';

type Check = (s: string, o?: { locale?: 'zh' | 'en' }) => { verdict: string };
const ROUND_MS = 40;

const other = resolve(process.argv[2] ?? '.');
const rounds = Number(process.argv[3] ?? 40);
const otherIndex = (await import(resolve(other, 'src/classifier/index.ts'))) as { createClassifier(root: string, b: unknown): { check: Check } };
const otherBrand = (await import(resolve(other, 'src/content/brand.ts'))) as { loadBrand(file: string): unknown };
const trees: [string, Check][] = [
  [other, otherIndex.createClassifier(other, otherBrand.loadBrand(resolve(other, 'content/brand.yaml'))).check],
  [ROOT, classifier.check],
];
const sets: Record<string, { inputs: string[]; locale?: 'zh' }> = {
  numbers: { inputs: distinctNumbers(), locale: 'zh' },
  'table messages': { inputs: [...new Set(MESSAGE_CASES.map((c) => c.input))] },
  'field dev messages': { inputs: [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m) => m.text))] },
};
const perRound = new Map<string, number[]>();
let sink = 0;
// Each round starts where the last one stopped (both trees from the same input), so over the rounds every input is
// weighed, not only the first few hundred of a long set.
const cursor = new Map<string, number>();
for (let r = 0; r < rounds; r++) {
  for (const [name, { inputs, locale }] of Object.entries(sets)) {
    const from = cursor.get(name) ?? 0;
    let least = Number.POSITIVE_INFINITY;
    for (const [tree, check] of r % 2 ? [...trees].reverse() : trees) {
      const cpu = process.cpuUsage();
      const end = performance.now() + ROUND_MS;
      let n = 0;
      while (performance.now() < end) for (let k = 0; k < 16; k++, n++) sink ^= check(inputs[(from + n) % inputs.length]!, { locale }).verdict.length;
      const used = process.cpuUsage(cpu);
      const key = `${name}\t${tree}`;
      perRound.set(key, [...(perRound.get(key) ?? []), (used.user + used.system) / n]);
      least = Math.min(least, n);
    }
    cursor.set(name, (from + least) % inputs.length);
  }
}
console.log(`CPU µs per check, ${rounds} interleaved rounds of ${ROUND_MS} ms (first round is warm-up, left out)`);
for (const [key, all] of perRound) {
  const sorted = all.slice(1).sort((a, b) => a - b);
  const [name, tree] = key.split('\t');
  console.log(`${name!.padEnd(20)} ${tree!.padEnd(40)} p10 ${percentile(sorted, 10).toFixed(1)}  p25 ${percentile(sorted, 25).toFixed(1)}  median ${percentile(sorted, 50).toFixed(1)}`);
}
if (sink === 0.5) console.log('');
