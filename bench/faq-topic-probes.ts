// `npx tsx bench/faq-topic-probes.ts [--lines]` — the topic probe table (test/faq/topic-probes.tsv, session 26) scored
// as the field corpus is (evaluateField), under both test brands: top-1, fraud routed away, product answered as scams,
// out of scope answered straight, and top-1 by family. --lines: every fraud miss and counter error (our own table).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBrand } from '../src/content/brand.ts';
import { evaluateField } from '../src/faq/field.ts';
import { buildFaqIndex, loadFaq } from '../src/faq/index.ts';
import { readTopicProbes } from '../test/faq/probe-tables.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const probes = readTopicProbes(ROOT);
const family = new Map(probes.map((p) => [p.id, p.family]));
const faq = loadFaq(ROOT);
const opts = { ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml', 'test/field/brand-c.yaml']) {
  const brand = loadBrand(join(ROOT, file));
  const m = evaluateField(buildFaqIndex(faq.entries, brand, opts), probes);
  const byFamily = new Map<string, { n: number; top1: number }>();
  for (const r of m.rows.filter((r) => r.q.route === 'fraud')) {
    const f = byFamily.get(family.get(r.q.id)!) ?? { n: 0, top1: 0 };
    f.n++;
    if (r.top1) f.top1++;
    byFamily.set(family.get(r.q.id)!, f);
  }
  const top1 = Math.round(m.top1 * m.fraud);
  console.log(
    `${brand.name.zh}: top-1 ${top1}/${m.fraud} (${pct(m.top1)}), answered right ${pct(m.answeredRight)}, fraud away ` +
      `${m.fraudRoutedAway} (caution ${m.fraudCautioned}), product as scams ${m.productAsScam}/${m.product}, ` +
      `out of scope straight ${pct(m.outOfScopeConfident)} of ${m.outOfScope}, mixed ${pct(m.mixed.top1)} (${m.mixed.n})`,
  );
  console.log(`  by family: ${[...byFamily].map(([f, s]) => `${f} ${s.top1}/${s.n}`).join(', ')}`);
  if (!process.argv.includes('--lines')) continue;
  for (const r of m.rows) {
    const bad =
      r.q.route === 'fraud'
        ? !r.top1
        : r.q.route === 'product'
          ? r.matchTopics !== null
          : r.confidence === 'high' && r.matchTopics !== null;
    if (bad)
      console.log(
        `    ${r.q.route} [${r.q.topics.join('|')}] → ${r.route}${r.caution ? ' (caution)' : ''} ` +
          `${r.rankedTopics.join(',')} (${r.confidence}) ${r.asked}`,
      );
  }
}
