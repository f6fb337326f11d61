// This checkout's classifier beside another checkout's over the field dev half, English and Chinese messages apart,
// by chunks: for each chunk of 40 messages each tree's least CPU over REPS alternating tries, summed over the chunks.
// A load spike spoils a try, not the figure (the least of a dozen tries of a few ms each is rarely hit by one), where
// whole passes (classifier-passes.ts) and 40 ms rounds (classifier-compare.ts) read a loaded machine's spread.
// Both trees are loaded alike, and whichever is loaded first runs 2–6 % slower, identical trees too (session 37, two
// checkouts of one commit at load 9: 1.058 English / 1.024 Chinese when this tree came first, 0.952 / 0.982 when it
// came second): `--both` runs the comparison twice in child processes, each order once, and gives the geometric mean
// of the two ratios, in which the order's share cancels (the same two checkouts: 0.996 / 1.004).
// `npx tsx bench/classifier-chunks.ts OTHER_CHECKOUT [REPS] [--both | --this-first]`
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';

type Check = (s: string) => { verdict: string };
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const other = resolve(args[0] ?? '.');
const reps = Number(args[1] ?? 12);
const self = resolve(import.meta.dirname, '..');

if (process.argv.includes('--both')) {
  const ratios = new Map<string, number[]>();
  for (const order of [[], ['--this-first']]) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, other, String(reps), ...order], {
      encoding: 'utf8',
    });
    process.stdout.write(`${order.length ? 'this tree loaded first' : 'other tree loaded first'}:\n${run.stdout}`);
    for (const m of run.stdout.matchAll(/^(\w+) .*ratio ([\d.]+)$/gm))
      ratios.set(m[1]!, [...(ratios.get(m[1]!) ?? []), Number(m[2])]);
  }
  for (const [name, [a, b]] of ratios)
    console.log(`${name}: ratio ${Math.sqrt(a! * b!).toFixed(3)} (geometric mean of both orders)`);
} else {
  const load = async (tree: string): Promise<Check> => {
    const oi = (await import(resolve(tree, 'src/classifier/index.ts'))) as {
      createClassifier(r: string, b: unknown): { check: Check };
    };
    const ob = (await import(resolve(tree, 'src/content/brand.ts'))) as { loadBrand(f: string): unknown };
    return oi.createClassifier(tree, ob.loadBrand(resolve(tree, 'content/brand.yaml'))).check;
  };
  const first = process.argv.includes('--this-first') ? [self, other] : [other, self];
  const loaded = [await load(first[0]!), await load(first[1]!)];
  // trees[0] is always the other checkout, trees[1] this one.
  const trees: Check[] = first[0] === self ? [loaded[1]!, loaded[0]!] : loaded;
  const { loadBrand } = await import('../src/content/brand.ts');
  const brand = loadBrand(resolve(self, 'content/brand.yaml'));
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
}
