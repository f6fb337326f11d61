// This checkout's classifier beside another checkout's over the field dev half, English and Chinese messages apart,
// by chunks: for each chunk of 40 messages each tree's least CPU over REPS alternating tries, summed over the chunks.
// A load spike spoils a try, not the figure (the least of a dozen tries of a few ms each is rarely hit by one), where
// whole passes (classifier-passes.ts) and 40 ms rounds (classifier-compare.ts) read a loaded machine's spread.
// `npx tsx bench/classifier-chunks.ts OTHER_CHECKOUT [REPS]`
import { resolve } from 'node:path';
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';
import { brand, classifier } from '../test/helpers/content.ts';
type Check = (s: string) => { verdict: string };
const other = resolve(process.argv[2] ?? '.');
const reps = Number(process.argv[3] ?? 12);
const oi = (await import(resolve(other, 'src/classifier/index.ts'))) as {
  createClassifier(r: string, b: unknown): { check: Check };
};
const ob = (await import(resolve(other, 'src/content/brand.ts'))) as { loadBrand(f: string): unknown };
const trees: Check[] = [
  oi.createClassifier(other, ob.loadBrand(resolve(other, 'content/brand.yaml'))).check,
  classifier.check,
];
const texts = [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m) => m.text))];
const HAN = /[\u3400-\u9fff]/;
let sink = 0;
for (let w = 0; w < 3; w++) for (const t of texts) for (const c of trees) sink += c(t).verdict.length;
for (const [name, set] of [
  ['English', texts.filter((t) => !HAN.test(t))],
  ['Chinese', texts.filter((t) => HAN.test(t))],
] as const) {
  const sums = [0, 0];
  for (let at = 0; at < set.length; at += 40) {
    const chunk = set.slice(at, at + 40);
    const least = [Infinity, Infinity];
    for (let r = 0; r < reps; r++)
      for (const k of r % 2 ? [1, 0] : [0, 1]) {
        const cpu = process.cpuUsage();
        for (const t of chunk) sink += trees[k]!(t).verdict.length;
        const u = process.cpuUsage(cpu);
        least[k] = Math.min(least[k]!, u.user + u.system);
      }
    sums[0] = sums[0]! + least[0]!;
    sums[1] = sums[1]! + least[1]!;
  }
  console.log(
    `${name} (${set.length}): other ${(sums[0]! / set.length).toFixed(1)} µs, this ${(sums[1]! / set.length).toFixed(1)} µs, ratio ${(sums[1]! / sums[0]!).toFixed(3)}`,
  );
}
if (sink === 0.5) console.log('');
