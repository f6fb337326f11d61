// `npm run faq:field` — the FAQ on the field questions' DEV half (test/field/questions-dev.tsv), for the shipped
// brand and a second fictional one (test/field/brand-c.yaml): routing, top-1 topic, answered right, out-of-scope
// answered straight, product questions answered as scams, per style, and latency. The held-out half is never read
// here: it is the CI gate (test/faq/field.test.ts).
//   --misses   list the dev questions routed or ranked wrong
//   --batch N  only the questions of batch N (src/faq/field.ts QUESTION_BATCHES)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBrand } from '../src/content/brand.ts';
import { batchOption } from '../src/content/id-batches.ts';
import {
  evaluateField,
  type FieldMetrics,
  fillFieldText,
  parseFieldQuestions,
  QUESTION_BATCHES,
  questionBatch,
} from '../src/faq/field.ts';
import { answerQuestion, buildFaqIndex, loadFaq } from '../src/faq/index.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function fieldSummary(name: string, m: FieldMetrics): string {
  const styles = Object.entries(m.byStyle)
    .sort()
    .map(([s, v]) => `${s} ${pct(v.top1)} (${v.n})`)
    .join(', ');
  return [
    `${name}: ${m.fraud} fraud + ${m.outOfScope} other questions`,
    `  top-1 topic ${pct(m.top1)} (target ≥ 92 %), answered right ${pct(m.answeredRight)}, fraud routed away ${m.fraudRoutedAway}`,
    `  out of scope answered straight ${pct(m.outOfScopeConfident)} (≤ 5 %), product answered as scams ${m.productAsScam} of ${m.product} (0)`,
    `  mixed ${pct(m.mixed.top1)} of ${m.mixed.n} (≥ 85 %), routes right ${pct(m.routeAccuracy)}`,
    `  by style: ${styles}`,
  ].join('\n');
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const faq = loadFaq(ROOT);
  if (faq.problems.length)
    throw new Error(faq.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n'));
  const file = 'test/field/questions-dev.tsv';
  const parsed = parseFieldQuestions(readFileSync(join(ROOT, file), 'utf8'), file);
  const batch = batchOption(argv, QUESTION_BATCHES);
  const questions =
    batch === undefined ? parsed.questions : parsed.questions.filter((q) => questionBatch(q.id) === batch);
  const { problems } = parsed;
  for (const p of problems) console.log(`${p.file}:${p.line}:${p.col}: ${p.message}`);
  for (const brandFile of ['content/brand.yaml', 'test/field/brand-c.yaml']) {
    const brand = loadBrand(join(ROOT, brandFile));
    const index = buildFaqIndex(faq.entries, brand, {
      lexicon: faq.lexicon!,
      ...(faq.replies ? { replies: faq.replies } : {}),
      ...(faq.routes ? { routes: faq.routes } : {}),
    });
    const m = evaluateField(index, questions);
    console.log(fieldSummary(`${file}${batch ? ` batch ${batch}` : ''} with ${brandFile}`, m));
    const asked = questions.map((q) => fillFieldText(q.text, brand));
    // Each question timed best of 5: on a shared machine the scheduler, not the matcher, makes the slow tail.
    const best = asked.map((q) => {
      let min = Number.POSITIVE_INFINITY;
      for (let r = 0; r < 5; r++) {
        const t = performance.now();
        answerQuestion(index, q);
        min = Math.min(min, performance.now() - t);
      }
      return min;
    });
    best.sort((a, b) => a - b);
    console.log(
      `  answer p50 ${best[Math.floor(best.length / 2)]!.toFixed(3)} ms, p95 ${best[Math.floor(best.length * 0.95)]!.toFixed(3)} ms (best of 5 per question)`,
    );
    if (!argv.includes('--misses')) continue;
    for (const r of m.rows) {
      const expected = r.q.route === 'other' || r.q.route === 'fraud' ? ['fraud', 'other'] : [r.q.route];
      if (!expected.includes(r.route))
        console.log(`  route ${r.q.id} ${r.q.route}→${r.route} [${r.q.style}] ${r.asked}`);
      else if (r.q.route === 'fraud' && !r.top1)
        console.log(
          `  miss ${r.q.id} [${r.q.topics.join('|')}] → ${r.rankedTopics.join(',') || '-'} (${r.confidence}) [${r.q.style}] ${r.asked}`,
        );
      else if (r.q.route !== 'fraud' && r.confidence === 'high' && r.matchTopics)
        console.log(`  straight ${r.q.id} ${r.q.route} → ${r.matchTopics.join(',')} [${r.q.style}] ${r.asked}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
