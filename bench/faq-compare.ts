// The FAQ's answer cost in this checkout beside another checkout's, in one process, interleaved: on a shared machine
// the load moves between runs, so two benches run one after the other compare the load as much as the code. Each
// tree builds its index as the brain does (its own content, routes, the statistical layer) and answers the same
// questions (this checkout's dev set and field questions' dev half, demo brand).
//   CPU µs per answer: rounds of ~40 ms per tree and question set, alternating; 10th / 25th / 50th percentile.
//   Latency: every question answered by both trees in turn, 5 times; p50 / p95 of each question's fastest time.
// `npx tsx bench/faq-compare.ts OTHER_CHECKOUT [ROUNDS]` (OTHER_CHECKOUT: e.g. a `git worktree` of the base commit,
// with node_modules linked).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { devSetSchema } from '../src/faq/evaluate.ts';
import { fillFieldText, parseFieldQuestions } from '../src/faq/field.ts';
import { percentile } from './harness.ts';

type Answer = (q: string) => { confidence: string };
const ROUND_MS = 40;

async function answerer(root: string): Promise<Answer> {
  const faq = await import(join(root, 'src/faq/index.ts'));
  const { loadBrand } = await import(join(root, 'src/content/brand.ts'));
  const content = faq.loadFaq(root);
  const index = faq.buildFaqIndex(content.entries, loadBrand(join(root, 'content/brand.yaml')), {
    // The word lists in content (content/faq-lexicon.yaml) where the checkout has them; an older one reads them in code.
    ...(content.lexicon ? { lexicon: content.lexicon } : {}),
    replies: content.replies,
    ...(content.routes ? { routes: content.routes } : {}),
  });
  return (q) => faq.answerQuestion(index, q);
}

const ROOT = resolve(import.meta.dirname, '..');
const other = resolve(process.argv[2] ?? '.');
const rounds = Number(process.argv[3] ?? 30);
const { loadBrand } = await import('../src/content/brand.ts');
const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
const dev = devSetSchema.parse(parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')));
const fieldFile = 'test/field/questions-dev.tsv';
const sets: Record<string, string[]> = {
  'dev set': [...dev.questions, ...dev.out_of_scope].map((x) => x.q),
  'field dev half': parseFieldQuestions(readFileSync(join(ROOT, fieldFile), 'utf8'), fieldFile).questions.map((q) =>
    fillFieldText(q.text, brand),
  ),
};
const trees: [string, Answer][] = [
  [other, await answerer(other)],
  [ROOT, await answerer(ROOT)],
];
// Warm-up: every question once in each tree (lazy loads, JIT).
for (const [, answer] of trees) for (const qs of Object.values(sets)) for (const q of qs) answer(q);

const perRound = new Map<string, number[]>();
let sink = 0;
for (let r = 0; r < rounds; r++) {
  for (const [name, qs] of Object.entries(sets)) {
    for (const [tree, answer] of r % 2 ? [...trees].reverse() : trees) {
      const cpu = process.cpuUsage();
      const end = performance.now() + ROUND_MS;
      let n = 0;
      // Each round starts where the set's questions were left off, so every question is met as often.
      while (performance.now() < end) sink ^= answer(qs[(r * 97 + n++) % qs.length]!).confidence.length;
      const used = process.cpuUsage(cpu);
      const key = `${name}\t${tree}`;
      perRound.set(key, [...(perRound.get(key) ?? []), (used.user + used.system) / n]);
    }
  }
}
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(`CPU µs per answer, ${rounds} interleaved rounds of ${ROUND_MS} ms`);
for (const [key, all] of perRound) {
  const sorted = all.sort((a, b) => a - b);
  const [name, tree] = key.split('\t');
  console.log(
    `${name!.padEnd(16)} ${tree!.padEnd(36)} p10 ${percentile(sorted, 10).toFixed(0)}  p25 ${percentile(sorted, 25).toFixed(0)}  median ${percentile(sorted, 50).toFixed(0)}`,
  );
}
console.log("latency, ms: each question's fastest of 5, both trees in turn");
for (const [name, qs] of Object.entries(sets)) {
  const best = trees.map(() => qs.map(() => Number.POSITIVE_INFINITY));
  for (let r = 0; r < 5; r++) {
    qs.forEach((q, i) => {
      trees.forEach(([, answer], t) => {
        const start = performance.now();
        sink ^= answer(q).confidence.length;
        best[t]![i] = Math.min(best[t]![i]!, performance.now() - start);
      });
    });
  }
  trees.forEach(([tree], t) => {
    const sorted = best[t]!.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(16)} ${tree.padEnd(36)} p50 ${percentile(sorted, 50).toFixed(3)}  p95 ${percentile(sorted, 95).toFixed(3)}  p99 ${percentile(sorted, 99).toFixed(3)}`,
    );
  });
}
if (sink === 0.5) console.log('');
