// `npm run faq:fit` — fits the FAQ's statistical layer (src/faq/model.ts) on DEV data only and writes
// src/faq/model.generated.ts. Data: every line of test/field/questions-dev.tsv (all batches, placeholders filled
// from both brand files) and the content's own examples (each FAQ entry's question variants, content/routes.yaml's
// product examples and small-talk phrases). Never reads a held-out file (*held*).
// First it cross-validates BY BATCH — fit on the other batches' dev lines (and the content), score one batch's dev
// lines, rotate — and prints, per batch, the model alone and the FAQ with and without the layer: the estimate on
// wording the model has not seen. The knobs combining model, rules and ranker (config.ts model*) are chosen on
// those cross-validated predictions (--grid prints the grid).
//   --dry-run   fit and print, write nothing
//   --grid      print the grid of combination knobs over the cross-validated predictions
//   --fit JSON  fitting options other than model-fit.ts FIT_DEFAULTS, e.g. '{"l2":0.1,"prune":0.5}' (to compare)
//   --seed N    both fits' seed (the statistical layer's and the route decision's): LOBO figures of two seeds should
//               differ by a question or two at most (the fit averages several seeds' weights; README)
//   --quick     skip the leave-one-batch-out folds (≈ 50 min): they only print figures and choose nothing, so the
//               written files are a full fit's (seeded); the header says the LOBO figures were not taken
//   --exclude-batch N  leave batch N's dev lines out of every fit (both layers, cross-validation, thresholds), as
//               bench/classifier-fit.ts does: a batch no fit has seen can then judge the refit (the header says so)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Brand, loadBrand } from '../src/content/brand.ts';
import { brandVars, fillTemplate } from '../src/content/template.ts';
import {
  evaluateField,
  type FieldMetrics,
  type FieldQuestion,
  fillFieldText,
  parseFieldQuestions,
  questionBatch,
  READ_QUESTION_BATCHES,
} from '../src/faq/field.ts';
import { parse } from 'yaml';
import { devSetSchema, splitDevSet } from '../src/faq/evaluate.ts';
import {
  buildFaqIndex,
  buildRouter,
  type FaqConfig,
  type FaqIndex,
  faqConfig,
  loadFaq,
  routeQuestion,
} from '../src/faq/index.ts';
import { type FaqModel, loadModel, type ModelClass, type ModelData, predict } from '../src/faq/model.ts';
import { type FitOptions, fitModel, type ModelExample, topClass } from '../src/faq/model-fit.ts';
import { modelText } from '../src/faq/search.ts';
import { loadRouteDecision, type RouteDecisionData } from '../src/faq/route-decision.ts';
import { crossValidateRoute, fitRouteAll, type RouteCv } from './lib/route-cv.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const MODEL_FILE = join(ROOT, 'src/faq/model.generated.ts');
export const ROUTE_FILE = join(ROOT, 'src/faq/route-decision.generated.ts');
const DEV = 'test/field/questions-dev.tsv';
const BRANDS = ['content/brand.yaml', 'test/field/brand-c.yaml'];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

type Faq = ReturnType<typeof loadFaq>;

// The brand's own index normalises the text as answering will (brand names, pinyin table, spelling).
const indexes = new Map<Brand, FaqIndex>();
function asModelText(text: string, brand: Brand): string {
  let index = indexes.get(brand);
  if (!index) {
    const faq = loadFaq(ROOT);
    index = buildFaqIndex(faq.entries, brand, { lexicon: faq.lexicon!, model: null });
    indexes.set(brand, index);
  }
  return modelText(index, text);
}

/** The content's own examples: entries' question variants (their topics), product examples, small-talk phrases. */
export function contentExamples(faq: Faq, brand: Brand): ModelExample[] {
  const out: ModelExample[] = [];
  for (const e of faq.entries) {
    const vars = brandVars(brand, e.locale);
    for (const q of e.questions) out.push({ text: asModelText(fillTemplate(q, vars), brand), labels: e.topics });
  }
  const r = faq.routes;
  if (r) {
    for (const q of [...(r.product.examples?.zh ?? []), ...(r.product.examples?.en ?? [])])
      out.push({ text: asModelText(q, brand), labels: ['product'] });
    for (const q of [...r.smalltalk.phrases.zh, ...r.smalltalk.phrases.en])
      out.push({ text: asModelText(q, brand), labels: ['smalltalk'] });
  }
  // Half A of the FAQ's own dev set (half B is the eval gate). Its out-of-scope lines mix off-topic and loan
  // questions: the rules label them (a product cue → product, else other).
  const dev = splitDevSet(devSetSchema.parse(parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')))).A;
  for (const x of dev.questions) out.push({ text: asModelText(x.q, brand), labels: [x.topic] });
  const router = r ? buildRouter(r) : undefined;
  for (const x of dev.out_of_scope) {
    const product = router && routeQuestion(router, x.q).route === 'product';
    out.push({ text: asModelText(x.q, brand), labels: [product ? 'product' : 'other'] });
  }
  return out.filter((x) => x.text);
}

const labelsOf = (q: FieldQuestion): ModelClass[] => (q.route === 'fraud' ? q.topics : [q.route]);

export function devExamples(questions: readonly FieldQuestion[], brands: readonly Brand[]): ModelExample[] {
  return brands.flatMap((b) =>
    questions.map((q) => ({ text: asModelText(fillFieldText(q.text, b), b), labels: labelsOf(q) })),
  );
}

/** The model alone on questions: route right (fraud / product / smalltalk / other) and, for fraud, topic right. */
function modelAlone(model: FaqModel, questions: readonly FieldQuestion[], brand: Brand) {
  let route = 0;
  let topic = 0;
  let fraud = 0;
  for (const q of questions) {
    const p = predict(model, asModelText(fillFieldText(q.text, brand), brand));
    const top = topClass(model, p.probs);
    const asRoute = top === 'product' || top === 'smalltalk' || top === 'other' ? top : 'fraud';
    if (asRoute === q.route) route++;
    if (q.route !== 'fraud') continue;
    fraud++;
    let best: string | undefined;
    let bestP = -1;
    for (const [t, v] of p.topic) if (v > bestP) [best, bestP] = [t, v];
    if ((q.topics as string[]).includes(best!)) topic++;
  }
  return { route: route / questions.length, topic: topic / Math.max(1, fraud) };
}

export type Knobs = Pick<FaqConfig, 'modelPrior' | 'modelProductUncued' | 'modelProductOverCue'>;

const withKnobs = (index: FaqIndex, knobs: Partial<Knobs>): FaqIndex => ({
  ...index,
  config: faqConfig({ ...index.config, ...knobs }),
});

function line(m: FieldMetrics): string {
  return `top-1 ${pct(m.top1)}, answered right ${pct(m.answeredRight)}, oos straight ${pct(m.outOfScopeConfident)}, product as scam ${m.productAsScam}/${m.product}, mixed ${pct(m.mixed.top1)} (${m.mixed.n}), routes ${pct(m.routeAccuracy)}, fraud routed away ${m.fraudRoutedAway} (${m.fraudCautioned} with the caution line)`;
}

interface Fold {
  batch: number;
  questions: FieldQuestion[];
  index: FaqIndex;
  baseline: FaqIndex;
  alone: { route: number; topic: number };
}

/** Cross-validation by batch: one fold per batch of the dev half. */
export function folds(
  faq: Faq,
  brands: readonly Brand[],
  questions: readonly FieldQuestion[],
  fit: Partial<FitOptions> = {},
  route?: RouteCv,
): Fold[] {
  const content = contentExamples(faq, brands[0]!);
  const batches = [...new Set(questions.map((q) => questionBatch(q.id)))].sort();
  const opts = {
    lexicon: faq.lexicon!,
    ...(faq.replies ? { replies: faq.replies } : {}),
    ...(faq.routes ? { routes: faq.routes } : {}),
  };
  const baseline = buildFaqIndex(faq.entries, brands[0]!, { ...opts, model: null, routeDecision: null });
  return batches.map((batch) => {
    const test = questions.filter((q) => questionBatch(q.id) === batch);
    const train = questions.filter((q) => questionBatch(q.id) !== batch);
    const model = loadModel(fitModel([...content, ...devExamples(train, brands)], fit));
    // The fitted product/fraud decision of the same fold (fitted without this batch), or none.
    const data = route?.perBatch.get(batch);
    const routeDecision = data ? loadRouteDecision(data) : null;
    const index = buildFaqIndex(faq.entries, brands[0]!, { ...opts, model, routeDecision });
    return { batch, questions: test, index, baseline, alone: modelAlone(model, test, brands[0]!) };
  });
}

/** Pooled field metrics over the folds (each batch scored by the model that did not see it). */
function pooled(fs: readonly Fold[], pick: (f: Fold) => FaqIndex, knobs: Partial<Knobs> = {}) {
  const per = fs.map((f) => evaluateField(withKnobs(pick(f), knobs), f.questions));
  const rows = per.flatMap((m) => m.rows);
  const fraud = rows.filter((r) => r.q.route === 'fraud');
  const mixed = fraud.filter((r) => r.q.style === 'mixed');
  const oos = rows.filter((r) => r.q.route !== 'fraud');
  return {
    per,
    top1: fraud.filter((r) => r.top1).length / fraud.length,
    mixed: mixed.filter((r) => r.top1).length / Math.max(1, mixed.length),
    oosStraight: oos.filter((r) => r.confidence === 'high' && r.matchTopics).length / oos.length,
    productAsScam: rows.filter((r) => r.q.route === 'product' && r.matchTopics !== null).length,
    awayFraud: per.reduce((n, m) => n + m.fraudRoutedAway, 0),
  };
}

/** Leave-one-batch-out, per batch: what a user of each kind reads, and the dev lines behind each error. */
function loboTable(fs: readonly Fold[], per: readonly FieldMetrics[]): string[] {
  const out = [
    'LOBO (batch: product answered as scams / fraud to the plain product reply / fraud to the cautious reply / answered right):',
  ];
  const sum = { scam: 0, plain: 0, caution: 0, right: 0, fraud: 0, product: 0 };
  fs.forEach((f, i) => {
    const m = per[i]!;
    const plain = m.fraudRoutedAway - m.fraudCautioned;
    const right = Math.round(m.answeredRight * m.fraud);
    Object.assign(sum, {
      scam: sum.scam + m.productAsScam,
      plain: sum.plain + plain,
      caution: sum.caution + m.fraudCautioned,
      right: sum.right + right,
      fraud: sum.fraud + m.fraud,
      product: sum.product + m.product,
    });
    out.push(
      `  ${f.batch}: ${m.productAsScam}/${m.product} / ${plain} / ${m.fraudCautioned} / ${pct(m.answeredRight)} (${right}/${m.fraud})`,
    );
    // Lines of READ batches only: an UNREAD batch's misses stay counts (READ_QUESTION_BATCHES).
    for (const r of READ_QUESTION_BATCHES.includes(f.batch) ? m.rows : []) {
      if (r.q.route === 'product' && r.matchTopics)
        out.push(`    product as scam ${r.q.id} (${r.confidence}): ${r.q.text}`);
      if (r.q.route === 'fraud' && r.route === 'product')
        out.push(`    fraud to ${r.caution ? 'caution' : 'PLAIN product'} ${r.q.id}: ${r.q.text}`);
    }
  });
  out.push(
    `  pooled: ${sum.scam}/${sum.product} / ${sum.plain} / ${sum.caution} / ${pct(sum.right / sum.fraud)} (${sum.right}/${sum.fraud})`,
  );
  return out;
}

function grid(fs: readonly Fold[]): void {
  console.log('grid over cross-validated predictions (pooled over batches):');
  const show = (k: Partial<Knobs>) => {
    const p = pooled(fs, (f) => f.index, k);
    console.log(
      `  ${JSON.stringify(k)}: top-1 ${pct(p.top1)}, mixed ${pct(p.mixed)}, oos straight ${pct(p.oosStraight)}, product as scam ${p.productAsScam}, fraud routed away ${p.awayFraud}`,
    );
  };
  // The ranking prior with the route knobs off, then the route knobs at the chosen prior.
  const off = { modelProductUncued: 1.01, modelProductOverCue: 1.01 };
  for (const modelPrior of [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4]) show({ ...off, modelPrior });
  for (const modelProductUncued of [0.2, 0.3, 0.5, 1.01])
    for (const modelProductOverCue of [0.3, 0.4, 0.45, 0.5, 0.6, 0.8, 1.01])
      show({ modelProductUncued, modelProductOverCue });
}

/** What the generated header's LOBO lines say when --quick skipped the folds. */
export const QUICK_NOTE =
  'LOBO figures not taken in this fit (--quick skipped the folds; they choose nothing and the fit is seeded, so the weights and thresholds are a full fit’s)';

/** The header's leave-one-batch-out summary: the folds' figures, or under --quick (why: the folds are ≈ 50 min of a
 * fit and only print figures) the note that they were not taken — `run` is then never called. */
export function loboSummary(quick: boolean, run: () => string[]): string[] {
  if (!quick) return run();
  console.log(QUICK_NOTE);
  return [QUICK_NOTE];
}

/** `--exclude-batch N`: the dev lines every fit reads, batch N's left out (a batch no fit has seen can judge it). */
export function excludeBatch(
  argv: readonly string[],
  questions: readonly FieldQuestion[],
): { excluded: number | undefined; questions: FieldQuestion[] } {
  const at = argv.indexOf('--exclude-batch');
  const excluded = at >= 0 ? Number(argv[at + 1]) : undefined;
  if (excluded !== undefined && !Number.isInteger(excluded)) throw new Error('--exclude-batch N: a batch number');
  return { excluded, questions: questions.filter((q) => questionBatch(q.id) !== excluded) };
}

/** The generated headers' word for the dev batches fitted (the model tests read it against the awaiting list). */
export const leftOut = (excluded?: number) => (excluded === undefined ? 'every batch' : `every batch but ${excluded}`);

function render(data: ModelData, summary: string[], excluded?: number): string {
  const feats = Object.entries(data.features)
    .map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)},`)
    .join('\n');
  return `// GENERATED by \`npm run faq:fit\` (bench/faq-fit.ts) — do not edit by hand; refit after content or dev-data
// changes. Multinomial logistic regression (src/faq/model.ts) fitted on dev data only: ${DEV} (${leftOut(excluded)},
// both brand files) and the content's own examples. Cross-validated by batch when written:
${summary.map((s) => `//   ${s}`).join('\n')}
import type { ModelData } from './model.ts';

export const MODEL_DATA: ModelData = {
  classes: ${JSON.stringify(data.classes)},
  bias: ${JSON.stringify(data.bias)},
  features: {
${feats}
  },
};
`;
}

function renderRoute(data: RouteDecisionData, lines: string[], excluded?: number): string {
  const feats = Object.entries(data.features)
    .map(([f, w]) => `    ${JSON.stringify(f)}: ${w},`)
    .join('\n');
  return `// GENERATED by \`npm run faq:fit\` (bench/faq-fit.ts, bench/lib/route-cv.ts) — do not edit by hand; refit after
// content, routing, probe-table or dev-data changes. The product/fraud decision (src/faq/route-decision.ts): binary
// logistic regression fitted on dev data only (${DEV}, ${leftOut(excluded)}, both brand files; test/faq/product-probes.tsv; the product
// examples of content/routes.yaml; the fit guard's tables as weighted rows, bench/lib/route-guard.ts — the world
// tables' tune halves, never their score halves). Thresholds and figures, cross-validated by batch and over the probe
// table, the thresholds bounded by the guard:
${lines.map((s) => `//   ${s}`).join('\n')}
import type { RouteDecisionData } from './route-decision.ts';

export const ROUTE_DECISION: RouteDecisionData | undefined = {
  bias: ${data.bias},
  product: ${data.product},
  unsure: ${data.unsure},
  features: {
${feats}
  },
};
`;
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const faq = loadFaq(ROOT);
  if (faq.problems.length)
    throw new Error(faq.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n'));
  const brands = BRANDS.map((b) => loadBrand(join(ROOT, b)));
  const parsed = parseFieldQuestions(readFileSync(join(ROOT, DEV), 'utf8'), DEV);
  if (parsed.problems.length)
    throw new Error(parsed.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n'));
  const { excluded, questions } = excludeBatch(argv, parsed.questions);
  if (excluded !== undefined)
    console.log(
      `batch ${excluded} left out: ${parsed.questions.length - questions.length} dev lines unseen by the fit`,
    );

  const at = argv.indexOf('--fit');
  const fit: Partial<FitOptions> = at >= 0 ? JSON.parse(argv[at + 1] ?? '{}') : {};
  const seedAt = argv.indexOf('--seed');
  if (seedAt >= 0) fit.seed = Number(argv[seedAt + 1]);
  const t0 = performance.now();
  // The statistical layer on everything first: the route decision's fit guard reads the tables' cases with it.
  const data = fitModel([...contentExamples(faq, brands[0]!), ...devExamples(questions, brands)], fit);
  const route = crossValidateRoute(faq, brands, questions, ROOT, seedAt >= 0 ? { seed: fit.seed! } : {}, data);
  console.log(`route decision cross-validated (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const l of route.lines) console.log(l);
  for (const l of route.boundary) console.log(l);
  const summary = loboSummary(argv.includes('--quick'), () => {
    const fs = folds(faq, brands, questions, fit, route);
    const summary: string[] = [];
    for (const f of fs) {
      const without = evaluateField(f.baseline, f.questions);
      const withLayer = evaluateField(f.index, f.questions);
      summary.push(
        `batch ${f.batch} (${f.questions.length}): model alone route ${pct(f.alone.route)}, topic ${pct(f.alone.topic)}`,
        `  without layers: ${line(without)}`,
        `  with layers:    ${line(withLayer)}`,
      );
    }
    const off = pooled(fs, (f) => f.baseline);
    const on = pooled(fs, (f) => f.index);
    console.log(loboTable(fs, on.per).join('\n'));
    summary.push(
      `pooled: top-1 ${pct(off.top1)} → ${pct(on.top1)}, mixed ${pct(off.mixed)} → ${pct(on.mixed)}, oos straight ${pct(off.oosStraight)} → ${pct(on.oosStraight)}, product as scam ${off.productAsScam} → ${on.productAsScam}`,
    );
    console.log(`cross-validated by batch (${((performance.now() - t0) / 1000).toFixed(1)} s):`);
    for (const s of summary) console.log(`  ${s}`);
    if (argv.includes('--grid')) grid(fs);
    return summary;
  });

  const weights = Object.values(data.features).reduce((n, w) => n + w.length / 2, 0);
  console.log(`full fit: ${Object.keys(data.features).length} features, ${weights} weights kept`);
  const decision = fitRouteAll(route);
  console.log(`route decision: ${Object.keys(decision.features).length} weights kept`);
  if (argv.includes('--dry-run')) return;
  writeFileSync(MODEL_FILE, render(data, summary, excluded));
  writeFileSync(ROUTE_FILE, renderRoute(decision, route.lines, excluded));
  console.log(`wrote ${MODEL_FILE}, ${ROUTE_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
