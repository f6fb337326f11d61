// `npx tsx bench/faq-topic-probes.ts [--lines]` — the topic probe table (test/faq/topic-probes.tsv, session 26) scored
// as the field corpus is (evaluateField), under the three test brands and by half: top-1, fraud routed away, product
// answered as scams, out of scope answered straight, and top-1 by family. --lines: the TUNE half's fraud misses and
// counter errors; the SCORE half is only ever counted (it stays a measure of what the fixes carry).
// --table FILE: another topic probe table (test/faq/topic-probes-2.tsv, session 27; -3.tsv, session 28; -4.tsv, session
// 30); the first by default.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBrand } from '../src/content/brand.ts';
import { evaluateField, type FieldMetrics, type FieldRow } from '../src/faq/field.ts';
import { buildFaqIndex, type FaqIndex, loadFaq } from '../src/faq/index.ts';
import { readTopicProbes } from '../test/faq/probe-tables.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const at = process.argv.indexOf('--table');
const probes = readTopicProbes(ROOT, at >= 0 ? process.argv[at + 1] : undefined);
const family = new Map(probes.map((p) => [p.id, p.family]));

function summary(m: FieldMetrics): string {
  return (
    `top-1 ${Math.round(m.top1 * m.fraud)}/${m.fraud} (${pct(m.top1)}), answered right ${pct(m.answeredRight)}, ` +
    `fraud away ${m.fraudRoutedAway} (caution ${m.fraudCautioned}), product as scams ${m.productAsScam}/${m.product}, ` +
    `out of scope straight ${Math.round(m.outOfScopeConfident * m.outOfScope)}/${m.outOfScope}`
  );
}

function byFamily(rows: readonly FieldRow[]): string {
  const counts = new Map<string, { n: number; top1: number }>();
  for (const r of rows.filter((r) => r.q.route === 'fraud')) {
    const f = counts.get(family.get(r.q.id)!) ?? { n: 0, top1: 0 };
    f.n++;
    if (r.top1) f.top1++;
    counts.set(family.get(r.q.id)!, f);
  }
  return [...counts].map(([f, s]) => `${f} ${s.top1}/${s.n}`).join(', ');
}

const wrong = (r: FieldRow): boolean =>
  r.q.route === 'fraud'
    ? !r.top1
    : r.q.route === 'product'
      ? r.matchTopics !== null
      : r.confidence === 'high' && r.matchTopics !== null;

function report(index: FaqIndex): void {
  console.log(index.brand.name.zh);
  for (const half of ['tune', 'score'] as const) {
    const m = evaluateField(
      index,
      probes.filter((p) => p.half === half),
    );
    console.log(`  ${half}: ${summary(m)}\n    by family: ${byFamily(m.rows)}`);
    if (half === 'score' || !process.argv.includes('--lines')) continue;
    for (const r of m.rows.filter(wrong))
      console.log(
        `    ${r.q.route} [${r.q.topics.join('|')}] → ${r.route}${r.caution ? ' (caution)' : ''} ` +
          `${r.rankedTopics.join(',')} (${r.confidence}) ${r.asked}`,
      );
  }
}

const faq = loadFaq(ROOT);
const opts = { lexicon: faq.lexicon!, ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml', 'test/field/brand-c.yaml'])
  report(buildFaqIndex(faq.entries, loadBrand(join(ROOT, file)), opts));
