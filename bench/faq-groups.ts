// `npm run faq:groups` — the FAQ's leave-one-batch-out (LOBO) figures on the field questions' DEV half, split into a
// READ group of batches (their misses may be listed and read) and an UNREAD group (figures only: their lines are
// never printed), so a change is kept only when the batches its author did not read do not lose.
//   --fit          fit both layers once per batch without that batch (as `npm run faq:fit` cross-validates) and keep
//                  them in the cache file; slow (minutes). Without it the cached fold fits are used: rule, lexicon
//                  and content changes are then measured in seconds against fixed fold layers (a refit, which sees
//                  the changed features, is the final word).
//   --cache FILE   where the fold fits live (default /tmp/scam-coach-faq-lobo.json)
//   --read 1,3,5   the READ batches (default READ_QUESTION_BATCHES, src/faq/field.ts); every other dev batch is UNREAD
//   --misses       list the READ group's misses (route errors, wrong top-1, product answered as a scam)
//   --in-sample    the shipped layers instead of the fold fits (they have seen every batch: optimistic)
//   --config JSON  FAQ knobs other than config.ts's (e.g. '{"modelPrior":0.3}'), to compare
//   --pairs        the misses of each group counted by pair (expected topic → ranked topic or route): counts only
//   --rechoose     the route decision's thresholds chosen again on the cached predictions by today's chooser
//                  (route-cv.ts stableThresholds), with the choice made without each fold in turn (its spread); the
//                  fit guard's bound is not replayed (its rows are read with --fit, bench/lib/route-guard.ts)
//   --route-only   with --fit: refit the route decision's folds only, the statistical layer's kept from the cache
//   --seed N       with --fit: both layers' seed (as `npm run faq:fit -- --seed N`), to see what a refit's seed moves
//   --mechanisms   product questions answered as scams, of each group, counted by how they got there (the rules' fraud
//                  cue kind, the fitted decision's call, the confidence band): counts only, never lines
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Brand, loadBrand } from '../src/content/brand.ts';
import {
  evaluateField,
  type FieldMetrics,
  type FieldQuestion,
  parseFieldQuestions,
  questionBatch,
  READ_QUESTION_BATCHES,
} from '../src/faq/field.ts';
import { buildFaqIndex, type FaqConfig, type FaqIndex, loadFaq } from '../src/faq/index.ts';
import { loadModel, type ModelData } from '../src/faq/model.ts';
import { fitModel } from '../src/faq/model-fit.ts';
import { fittedCall } from '../src/faq/answer.ts';
import { CueReading, routeQuestion } from '../src/faq/route.ts';
import { loadRouteDecision, type RouteDecisionData } from '../src/faq/route-decision.ts';
import { questionForms } from '../src/faq/search.ts';
import { contentExamples, devExamples } from './faq-fit.ts';
import { choiceSpread, crossValidateRoute, type ScoredPoint, stableThresholds } from './lib/route-cv.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEV = 'test/field/questions-dev.tsv';
const BRANDS = ['content/brand.yaml', 'test/field/brand-c.yaml'];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

interface Cache {
  written: string;
  folds: Record<string, { model: ModelData; route: RouteDecisionData }>;
  /** The route decision's out-of-fold predictions its thresholds were chosen on (bench/lib/route-cv.ts). */
  points?: ScoredPoint[];
}

function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Both layers fitted once per batch without it; `routeOnly`: the route decision only, the statistical layer's folds
 *  kept from `old` (a cue-family change reaches the decision's features, a minute instead of several). */
function fitFolds(questions: readonly FieldQuestion[], brands: readonly Brand[], seed?: number, old?: Cache): Cache {
  const faq = loadFaq(ROOT);
  const route = crossValidateRoute(faq, brands, questions, ROOT, seed === undefined ? {} : { seed });
  console.error(`route decision: product ≥ ${route.thresholds.product}, unsure ≥ ${route.thresholds.unsure}`);
  const content = old ? [] : contentExamples(faq, brands[0]!);
  const folds: Cache['folds'] = {};
  for (const [batch, data] of route.perBatch) {
    const train = questions.filter((q) => questionBatch(q.id) !== batch);
    const model =
      old?.folds[batch]?.model ??
      fitModel([...content, ...devExamples(train, brands)], seed === undefined ? {} : { seed });
    folds[batch] = { model, route: data };
    console.error(`fold ${batch} fitted`);
  }
  return { written: new Date().toISOString(), folds, points: route.points };
}

interface Sum {
  fraud: number;
  top1: number;
  right: number;
  product: number;
  productAsScam: number;
  fraudToProduct: number;
  fraudCautioned: number;
  outOfScope: number;
  /** Out-of-scope questions answered straight (confidence high). */
  oosStraight: number;
}

const add = (s: Sum, m: FieldMetrics): Sum => ({
  fraud: s.fraud + m.fraud,
  top1: s.top1 + Math.round(m.top1 * m.fraud),
  right: s.right + Math.round(m.answeredRight * m.fraud),
  product: s.product + m.product,
  productAsScam: s.productAsScam + m.productAsScam,
  fraudToProduct: s.fraudToProduct + m.fraudRoutedAway - m.fraudCautioned,
  fraudCautioned: s.fraudCautioned + m.fraudCautioned,
  outOfScope: s.outOfScope + m.outOfScope,
  oosStraight: s.oosStraight + Math.round(m.outOfScopeConfident * m.outOfScope),
});
const ZERO: Sum = {
  fraud: 0,
  top1: 0,
  right: 0,
  product: 0,
  productAsScam: 0,
  fraudToProduct: 0,
  fraudCautioned: 0,
  outOfScope: 0,
  oosStraight: 0,
};
const show = (s: Sum) =>
  `top-1 ${pct(s.top1 / s.fraud)} (${s.top1}/${s.fraud}), answered right ${pct(s.right / s.fraud)}, product as scams ${s.productAsScam}/${s.product}, fraud → plain product ${s.fraudToProduct}, fraud → caution ${s.fraudCautioned}, out of scope straight ${s.oosStraight}/${s.outOfScope}`;

/** How a product question came to a scam answer: the rules' route and fraud cue kind, the fitted decision's call
 *  (none: not consulted) and the answer's band — a key to count, holding no word of the question. */
function mechanism(index: FaqIndex, asked: string, confidence: string): string {
  if (!index.router) return `no router, ${confidence}`;
  const forms = questionForms(index, asked);
  const cues = new CueReading(forms.cued);
  const rule = routeQuestion(index.router, asked, forms, cues);
  const fitted = fittedCall(index, rule, forms.cued, cues, forms.scan) ?? 'none';
  return `rule ${rule.route}${rule.fraudCue ? `:${rule.fraudCue.kind}` : ''}, fitted ${fitted}, ${confidence}`;
}

/** One more of `key` in a tally. */
const count = (tally: Map<string, number>, key: string): void => void tally.set(key, (tally.get(key) ?? 0) + 1);

function rechoose(cache: Cache): void {
  if (!cache.points) throw new Error('no predictions in the cache (refit with --fit)');
  const t = stableThresholds(cache.points);
  const spread = choiceSpread(cache.points);
  const us = spread.map((x) => x.unsure);
  console.log(
    `rechosen: product ≥ ${t.product}, unsure ≥ ${t.unsure}; without one fold: unsure ${Math.min(...us)}–${Math.max(...us)} (${spread.map((x) => `${x.fold} ${x.unsure}`).join(', ')})`,
  );
  for (const fold of Object.values(cache.folds)) Object.assign(fold.route, { product: t.product, unsure: t.unsure });
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const faq = loadFaq(ROOT);
  const brands = BRANDS.map((b) => loadBrand(join(ROOT, b)));
  const { questions } = parseFieldQuestions(readFileSync(join(ROOT, DEV), 'utf8'), DEV);
  const cacheFile = option(argv, '--cache') ?? '/tmp/scam-coach-faq-lobo.json';
  const inSample = argv.includes('--in-sample');
  let cache: Cache | undefined;
  if (argv.includes('--fit')) {
    const seed = option(argv, '--seed');
    const old = argv.includes('--route-only') ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Cache) : undefined;
    cache = fitFolds(questions, brands, seed === undefined ? undefined : Number(seed), old);
    writeFileSync(cacheFile, JSON.stringify(cache));
  } else if (!inSample) {
    if (!existsSync(cacheFile)) throw new Error(`${cacheFile}: no fold fits yet (run with --fit)`);
    cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Cache;
  }
  if (cache && argv.includes('--rechoose')) rechoose(cache);
  const read = new Set((option(argv, '--read') ?? READ_QUESTION_BATCHES.join(',')).split(',').map(Number));
  const batches = [...new Set(questions.map((q) => questionBatch(q.id)))].sort((a, b) => a - b);
  const config = JSON.parse(option(argv, '--config') ?? '{}') as Partial<FaqConfig>;
  const opts = {
    config,
    lexicon: faq.lexicon!,
    ...(faq.replies ? { replies: faq.replies } : {}),
    ...(faq.routes ? { routes: faq.routes } : {}),
  };
  for (const brand of brands.slice(0, argv.includes('--both-brands') ? 2 : 1)) {
    const group = { read: ZERO, unread: ZERO };
    const perBatch: string[] = [];
    const pairs = { read: new Map<string, number>(), unread: new Map<string, number>() };
    const ways = { read: new Map<string, number>(), unread: new Map<string, number>() };
    for (const batch of batches) {
      const fold = cache?.folds[batch];
      if (!inSample && !fold) {
        perBatch.push(`  batch ${batch}: no fold fit in the cache (refit with --fit)`);
        continue;
      }
      const index: FaqIndex = inSample
        ? buildFaqIndex(faq.entries, brand, opts)
        : buildFaqIndex(faq.entries, brand, {
            ...opts,
            model: loadModel(fold!.model),
            routeDecision: loadRouteDecision(fold!.route),
          });
      const m = evaluateField(
        index,
        questions.filter((q) => questionBatch(q.id) === batch),
      );
      const isRead = read.has(batch);
      // Confusion pairs (expected topic → ranked topic, or the route taken): counts only, for either group.
      for (const r of m.rows) {
        if (r.q.route !== 'fraud' || r.top1) continue;
        const to =
          r.route === 'fraud' || r.route === 'other'
            ? (r.rankedTopics[0] ?? 'fallback')
            : `route:${r.route}${r.caution ? '+caution' : ''}`;
        count(pairs[isRead ? 'read' : 'unread'], `${r.q.topics[0]} → ${to}`);
      }
      if (argv.includes('--mechanisms'))
        for (const r of m.rows) {
          if (r.q.route !== 'product' || !r.matchTopics) continue;
          count(ways[isRead ? 'read' : 'unread'], mechanism(index, r.asked, r.confidence));
        }
      const one = add(ZERO, m);
      group[isRead ? 'read' : 'unread'] = add(group[isRead ? 'read' : 'unread'], m);
      perBatch.push(`  batch ${batch} (${isRead ? 'read' : 'UNREAD'}): ${show(one)}`);
      if (!isRead || !argv.includes('--misses')) continue;
      for (const r of m.rows) {
        const expected = r.q.route === 'other' || r.q.route === 'fraud' ? ['fraud', 'other'] : [r.q.route];
        if (r.q.route === 'product' && r.matchTopics)
          perBatch.push(`    PRODUCT AS SCAM ${r.q.id} → ${r.rankedTopics.join(',')} (${r.confidence}) ${r.asked}`);
        else if (r.q.route !== 'fraud' && r.confidence === 'high' && r.matchTopics)
          perBatch.push(
            `    OOS STRAIGHT ${r.q.id} ${r.q.route} → ${r.rankedTopics.join(',')} [${r.q.style}] ${r.asked}`,
          );
        else if (!expected.includes(r.route))
          perBatch.push(
            `    route ${r.q.id} ${r.q.route}→${r.route}${r.caution ? ' (caution)' : ''} [${r.q.style}] ${r.asked}`,
          );
        else if (r.q.route === 'fraud' && !r.top1)
          perBatch.push(
            `    miss ${r.q.id} [${r.q.topics.join('|')}] → ${r.rankedTopics.join(',') || '-'} (${r.confidence}) [${r.q.style}] ${r.asked}`,
          );
      }
    }
    console.log(
      `${inSample ? 'in-sample (shipped layers)' : `LOBO (fold fits of ${cache!.written}, route decision unsure ≥ ${Object.values(cache!.folds)[0]?.route.unsure})`}, ${brand.name?.zh ?? ''}`,
    );
    console.log(perBatch.join('\n'));
    console.log(`  READ   ${show(group.read)}`);
    console.log(`  UNREAD ${show(group.unread)}`);
    if (argv.includes('--pairs'))
      for (const g of ['read', 'unread'] as const)
        console.log(
          `  ${g} misses by pair: ${[...pairs[g]]
            .sort((a, b) => b[1] - a[1])
            .map(([k, n]) => `${k} ${n}`)
            .join('; ')}`,
        );
    if (argv.includes('--mechanisms'))
      for (const g of ['read', 'unread'] as const)
        console.log(
          `  ${g} product as scams by mechanism: ${
            [...ways[g]]
              .sort((a, b) => b[1] - a[1])
              .map(([k, n]) => `${k} ×${n}`)
              .join('; ') || 'none'
          }`,
        );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
