// Whole passes of this checkout's classifier and another's over the field dev half, its English messages (no Chinese
// character) and its Chinese ones apart, alternating in one process: CPU µs per check, min / p25 / median over the
// rounds and their ratios. A change to the English path (a third of the lines, two fifths of the time) shows here
// where bench/classifier-compare.ts, mixing both in 40 ms rounds, reads it as noise on a loaded machine.
// `npx tsx bench/classifier-passes.ts OTHER_CHECKOUT [ROUNDS]`
import { resolve } from 'node:path';
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';
import { brand, classifier, ROOT } from '../test/helpers/content.ts';
import { percentile } from './harness.ts';

type Check = (s: string) => { verdict: string };
const other = resolve(process.argv[2] ?? '.');
const rounds = Number(process.argv[3] ?? 30);
const otherIndex = (await import(resolve(other, 'src/classifier/index.ts'))) as { createClassifier(root: string, b: unknown): { check: Check } };
const otherBrand = (await import(resolve(other, 'src/content/brand.ts'))) as { loadBrand(file: string): unknown };
const trees: [string, Check][] = [
  [other, otherIndex.createClassifier(other, otherBrand.loadBrand(resolve(other, 'content/brand.yaml'))).check],
  [ROOT, classifier.check],
];
const texts = [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m) => m.text))];
const HAN = /[\u3400-\u9fff]/;
const sets = { English: texts.filter((t) => !HAN.test(t)), Chinese: texts.filter((t) => HAN.test(t)) };
const perPass = new Map<string, number[]>();
let sink = 0;
// Two rounds of warm-up, then each round one pass per tree and set, the trees' order turned every round.
for (let r = 0; r < rounds + 2; r++)
  for (const [name, inputs] of Object.entries(sets))
    for (const [tree, check] of r % 2 ? [...trees].reverse() : trees) {
      const cpu = process.cpuUsage();
      for (const t of inputs) sink ^= check(t).verdict.length;
      const used = process.cpuUsage(cpu);
      if (r >= 2) perPass.set(`${name}\t${tree}`, [...(perPass.get(`${name}\t${tree}`) ?? []), (used.user + used.system) / inputs.length]);
    }
const at = (name: string, tree: string) => perPass.get(`${name}\t${tree}`)!.sort((a, b) => a - b);
const figures = (all: number[]) => [all[0]!, percentile(all, 25), percentile(all, 50)];
console.log(`CPU µs per check, ${rounds} alternating whole passes (min / p25 / median)`);
for (const [name, inputs] of Object.entries(sets)) {
  const [before, after] = [figures(at(name, other)), figures(at(name, ROOT))];
  console.log(`${name} (${inputs.length})`.padEnd(16), `${other}: ${before.map((x) => x.toFixed(1)).join(' / ')}`);
  console.log(''.padEnd(16), `${ROOT}: ${after.map((x) => x.toFixed(1)).join(' / ')}  ratio ${after.map((x, i) => (x / before[i]!).toFixed(3)).join(' / ')}`);
}
if (sink === 0.5) console.log('');
