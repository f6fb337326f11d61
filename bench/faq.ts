// FAQ matcher bench: answer latency (p50/p95) and dev-set accuracy on the real corpus and on a synthetic
// 10,000-entry corpus, beside plain fuse.js (default options, one record per variant) in the same run. The index
// is built as users get it: with content/routes.yaml (router, product examples, pinyin and spelling of the routes'
// words) and the statistical layer; the dev set's questions and the field questions' dev half are both timed.
// Targets: p95 ≤ 1 ms on the real corpus, ≤ 10 ms at 10k entries.
//   node --import tsx bench/faq.ts               the comparison
//   npm run bench faq -- --real                  our matcher on the real corpus only (no plain fuse.js, no 10k corpus,
//                                                no ablations)
//   npm run faq:calibrate                        refit the confidence model and thresholds (bench/faq-calibrate.ts)
//   node --import tsx bench/faq.ts --misses      also list the dev questions answered wrong or not at all
// The dev set is split in two halves (splitDevSet: stratified by topic and language, ordered by a hash of the
// question). Calibration and tuning look at half A only; half B is the held-out measure and is printed beside it.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import { parse } from 'yaml';
import { loadBrand } from '../src/content/brand.ts';
import { fillTemplate, brandVars } from '../src/content/template.ts';
import type { Locale } from '../src/content/topics.ts';
import {
  type DevHalf,
  type DevMetrics,
  devSetSchema,
  type DevSet,
  evaluateDevSet,
  splitDevSet,
} from '../src/faq/evaluate.ts';
import {
  answerQuestion,
  buildFaqIndex,
  type FaqConfig,
  type FaqEntry,
  type FaqIndex,
  loadFaq,
} from '../src/faq/index.ts';
import { mulberry32 } from '../src/content/prng.ts';
import { fillFieldText, parseFieldQuestions } from '../src/faq/field.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number) => `${x.toFixed(3)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Timing {
  /** Over every call of every round. */
  p50: number;
  p95: number;
  /** p95 over each question's fastest round: on a shared machine the scheduler, not the matcher, makes the slow tail. */
  p95best: number;
  /** CPU time (user + system) per call, µs: what a busy machine changes least. */
  cpuUs: number;
}

function timeEach(questions: readonly string[], rounds: number, fn: (q: string) => void): Timing {
  for (const q of questions.slice(0, 20)) fn(q); // warm-up (jieba dictionary, JIT)
  const times: number[] = [];
  const best = new Array<number>(questions.length).fill(Number.POSITIVE_INFINITY);
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    questions.forEach((q, i) => {
      const t = performance.now();
      fn(q);
      const dt = performance.now() - t;
      times.push(dt);
      if (dt < best[i]!) best[i] = dt;
    });
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  best.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p95best: percentile(best, 95),
    cpuUs: (used.user + used.system) / times.length,
  };
}

/**
 * A 10,000-entry corpus grown from the real one: every synthetic entry copies a real entry's topics and answer;
 * each question variant gets a typo (dropped or swapped character) and a word borrowed from another variant of
 * the same language, so vocabulary and posting lengths grow like a real, larger FAQ.
 */
function syntheticCorpus(real: readonly FaqEntry[], size: number): FaqEntry[] {
  const rand = mulberry32(20240611); // seeded: the synthetic corpus is the same in every run
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const words: Record<Locale, string[]> = { zh: [], en: [] };
  for (const e of real)
    for (const q of e.questions)
      words[e.locale].push(...(e.locale === 'en' ? q.split(/\s+/) : (q.match(/[\u4e00-\u9fff]{2}/g) ?? [])));
  const mutate = (q: string, locale: Locale): string => {
    const chars = [...q];
    const i = Math.floor(rand() * Math.max(1, chars.length - 1));
    if (rand() < 0.5) chars.splice(i, 1);
    else [chars[i], chars[i + 1]] = [chars[i + 1] ?? '', chars[i] ?? ''];
    const borrowed = pick(words[locale]);
    return locale === 'en' ? `${chars.join('')} ${borrowed}` : `${chars.join('')}${borrowed}`;
  };
  const out: FaqEntry[] = [...real];
  for (let i = 0; out.length < size; i++) {
    const base = real[i % real.length]!;
    out.push({
      ...base,
      id: `${base.id}-s${i}`,
      questions: base.questions.map((q) => mutate(q, base.locale)),
      related: [],
    });
  }
  return out;
}

/** Plain fuse.js as a developer would first try it: default options, one record per question variant. */
function plainFuse(entries: readonly FaqEntry[], index: FaqIndex) {
  const records = entries.flatMap((e, n) =>
    e.questions.map((q) => ({ q: fillTemplate(q, brandVars(index.brand, e.locale)), n })),
  );
  const fuse = new Fuse(records, { keys: ['q'] });
  const ranked = (q: string) => {
    const seen: number[] = [];
    for (const r of fuse.search(q)) {
      if (!seen.includes(r.item.n)) seen.push(r.item.n);
      if (seen.length === 3) break;
    }
    return seen;
  };
  return { fuse, ranked };
}

function plainAccuracy(dev: DevSet, entries: readonly FaqEntry[], ranked: (q: string) => number[]) {
  let top1 = 0;
  let top3 = 0;
  for (const { q, topic } of dev.questions) {
    const r = ranked(q);
    if (r[0] !== undefined && entries[r[0]]!.topics.includes(topic)) top1++;
    if (r.some((n) => entries[n]!.topics.includes(topic))) top3++;
  }
  const fm = dev.out_of_scope.filter(({ q }) => ranked(q).length > 0).length;
  return {
    top1: top1 / dev.questions.length,
    top3: top3 / dev.questions.length,
    falseMatch: fm / dev.out_of_scope.length,
  };
}

function halvesTable(index: FaqIndex, halves: Record<DevHalf, DevSet>, whole: DevMetrics): void {
  console.log('\n| dev set | questions | top-1 | top-3 | answered right | answered wrong | false matches |');
  console.log('|---|---|---|---|---|---|---|');
  const row = (name: string, m: DevMetrics) =>
    console.log(
      `| ${name} | ${m.questions} + ${m.outOfScope} | ${pct(m.top1)} | ${pct(m.top3)} | ${pct(m.answeredCorrect)} | ${pct(m.answeredWrong)} | ${pct(m.falseMatch)} |`,
    );
  row('whole', whole);
  row('half A (tuning, calibration)', evaluateDevSet(index, halves.A));
  row('half B (held out)', evaluateDevSet(index, halves.B));
}

export async function benchFaq(): Promise<void> {
  const args = process.argv.slice(2);
  const faq = loadFaq(ROOT);
  if (!faq.replies) throw new Error('content/replies/faq.yaml missing or invalid');
  const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
  const dev = devSetSchema.parse(parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')));
  const halves = splitDevSet(dev);
  const halfOf = new Map<string, DevHalf>();
  for (const h of ['A', 'B'] as const)
    for (const x of [...halves[h].questions, ...halves[h].out_of_scope]) halfOf.set(x.q, h);
  const questions = [...dev.questions.map((x) => x.q), ...dev.out_of_scope.map((x) => x.q)];
  console.log(
    `\n## faq — ${faq.entries.length} entries, ${faq.entries.reduce((n, e) => n + e.questions.length, 0)} variants; dev set ${dev.questions.length} + ${dev.out_of_scope.length} out of scope`,
  );

  // As the brain builds it (src/bot/load.ts): with the routes, so routing, the product examples and the routes'
  // words are part of every answer timed here.
  const options = { lexicon: faq.lexicon!, replies: faq.replies, ...(faq.routes ? { routes: faq.routes } : {}) };
  let t = performance.now();
  const index = buildFaqIndex(faq.entries, brand, options);
  const buildReal = performance.now() - t;
  const m = evaluateDevSet(index, dev);
  const ours = timeEach(questions, 5, (q) => answerQuestion(index, q));
  const fieldFile = 'test/field/questions-dev.tsv';
  const field = parseFieldQuestions(readFileSync(join(ROOT, fieldFile), 'utf8'), fieldFile).questions.map((q) =>
    fillFieldText(q.text, brand),
  );
  const fieldTime = timeEach(field, 5, (q) => answerQuestion(index, q));
  const times = (x: Timing) => `${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.p95best)} | ${x.cpuUs.toFixed(0)} µs`;
  const header = () => {
    console.log(
      `\nload average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} (2 cores)`,
    );
    console.log(
      '\n| corpus | matcher | top-1 | top-3 | answered right | false matches | p50 | p95 | p95 best of rounds | CPU per answer | build |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    console.log(
      `| real | scam-coach | ${pct(m.top1)} | ${pct(m.top3)} | ${pct(m.answeredCorrect)} | ${pct(m.falseMatch)} | ${times(ours)} | ${buildReal.toFixed(0)} ms |`,
    );
    console.log(
      `| real, field questions (dev half, ${field.length}) | scam-coach | — | — | — | — | ${times(fieldTime)} | — |`,
    );
  };
  if (args.includes('--real')) {
    header();
    console.log(`\np95 target: real ${ours.p95 <= 1 ? 'met' : 'MISSED'} (≤ 1 ms)`);
    return;
  }
  const plain = plainFuse(faq.entries, index);
  const plainAcc = plainAccuracy(dev, faq.entries, plain.ranked);
  const plainTime = timeEach(questions, 1, (q) => plain.fuse.search(q));
  header();
  console.log(
    `| real | plain fuse.js | ${pct(plainAcc.top1)} | ${pct(plainAcc.top3)} | — | ${pct(plainAcc.falseMatch)} | ${times(plainTime)} | — |`,
  );

  const big = syntheticCorpus(faq.entries, 10_000);
  t = performance.now();
  const bigIndex = buildFaqIndex(big, brand, options);
  const buildBig = performance.now() - t;
  const bm = evaluateDevSet(bigIndex, dev);
  const bigOurs = timeEach(questions, 2, (q) => answerQuestion(bigIndex, q));
  // Plain fuse.js scans every record: seconds per question at this size, so a sample of questions only.
  const bigPlain = plainFuse(big, bigIndex);
  const sample = questions.filter((_, i) => i % 60 === 0);
  const bigPlainTime = timeEach(sample, 1, (q) => bigPlain.fuse.search(q));
  console.log(
    `| 10k synthetic | scam-coach | ${pct(bm.top1)} | ${pct(bm.top3)} | ${pct(bm.answeredCorrect)} | ${pct(bm.falseMatch)} | ${times(bigOurs)} | ${buildBig.toFixed(0)} ms |`,
  );
  console.log(
    `| 10k synthetic | plain fuse.js (${sample.length} questions) | — | — | — | — | ${times(bigPlainTime)} | — |`,
  );
  console.log(
    `\np95 targets: real ${ours.p95 <= 1 ? 'met' : 'MISSED'} (≤ 1 ms), 10k ${bigOurs.p95 <= 10 ? 'met' : 'MISSED'} (≤ 10 ms); ` +
      `vs plain fuse.js p50: ${(plainTime.p50 / ours.p50).toFixed(0)}× faster (real), ${(bigPlainTime.p50 / bigOurs.p50).toFixed(0)}× (10k)`,
  );

  halvesTable(index, halves, m);

  // Ablations: what each stage adds on this dev set (same run, same content; the calibration is not refitted, so
  // "answered right" shows the stage removed under the shipped confidence model).
  const variants: [string, Partial<FaqConfig>][] = [
    ['no fuse.js re-scoring', { fuseShare: 0 }],
    ['no character grams', { gramWeight: 0 }],
    ['no English word pairs', { phraseWeight: 0 }],
    ['best variant only', { variantShare: 1 }],
  ];
  console.log('\n| ablation | top-1 | top-3 | answered right | false matches | p95 |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| (defaults) | ${pct(m.top1)} | ${pct(m.top3)} | ${pct(m.answeredCorrect)} | ${pct(m.falseMatch)} | ${ms(ours.p95)} |`,
  );
  for (const [name, config] of variants) {
    const ix = buildFaqIndex(faq.entries, brand, { ...options, config });
    const am = evaluateDevSet(ix, dev);
    const at = timeEach(questions, 2, (q) => answerQuestion(ix, q));
    console.log(
      `| ${name} | ${pct(am.top1)} | ${pct(am.top3)} | ${pct(am.answeredCorrect)} | ${pct(am.falseMatch)} | ${ms(at.p95)} |`,
    );
  }

  if (args.includes('--misses')) {
    for (const r of m.rows) {
      if (r.topic !== undefined && !r.answeredRight) {
        const best = r.ranked[0];
        const id = best ? index.entries[best.entry]!.entry.id : '-';
        console.log(
          `miss ${halfOf.get(r.q)} [${r.topic}] ${r.q} → ${id} ${best ? best.confidence.toFixed(2) : ''}${r.answered ? '' : ' (not answered)'}`,
        );
      }
      if (r.topic === undefined && r.answered)
        console.log(`false match ${halfOf.get(r.q)}: ${r.q} → ${index.entries[r.ranked[0]!.entry]!.entry.id}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchFaq();
