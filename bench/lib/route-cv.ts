// The fitted product/fraud decision (src/faq/route-decision.ts): its data, its cross-validation and its thresholds,
// for `npm run faq:fit`. Dev data only: the dev half's product and fraud questions (both brand files), the product
// probe table (test/faq/product-probes.tsv) and content/routes.yaml's product examples.
// Cross-validated two ways — by batch (fit without one batch's dev lines, predict them) and over the probe table in
// five folds (fit without one fold) — and the two thresholds are chosen on those predictions, where the decision
// applies (questions the rules would rank as fraud), with these costs:
//   a product question ranked as fraud and answered from the FAQ       COST.productAsScam
//   a fraud question sent to product                                   COST.fraudToProduct
//   a fraud question given the product reply with its caution line     COST.fraudUnsure
//   a fraud probe (the table's counterparts) sent anywhere but fraud   COST.fraudProbeAway
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brand } from '../../src/content/brand.ts';
import { answerQuestion, buildFaqIndex, type FaqIndex, type loadFaq, routeQuestion } from '../../src/faq/index.ts';
import { type FieldQuestion, fillFieldText, questionBatch } from '../../src/faq/field.ts';
import { loadRouteDecision, productProbability, type RouteDecisionData } from '../../src/faq/route-decision.ts';
import { fitRouteDecision, type RouteExample } from '../../src/faq/route-fit.ts';
import { cueFamilies, type CueFamily } from '../../src/faq/route.ts';
import { modelText } from '../../src/faq/search.ts';

type Faq = ReturnType<typeof loadFaq>;

export const COST = { productAsScam: 10, fraudToProduct: 2, fraudUnsure: 1, fraudProbeAway: 5 } as const;
const PROBE_FOLDS = 5;

interface Item {
  /** Where it comes from: a dev batch, a probe fold, or content (always trained on). */
  source: { batch: number } | { probeFold: number } | { content: true };
  product: boolean;
  probe: boolean;
  /** Per brand: modelText and cues, the rules' route, and (product questions) whether ranking answers it. */
  byBrand: { text: string; cues: CueFamily[]; rule: string; answered: boolean }[];
}

export interface RoutePrediction {
  item: Item;
  p: number;
}

export interface RouteCv {
  items: Item[];
  predictions: RoutePrediction[];
  thresholds: { product: number; unsure: number };
  /** The fit without each batch (thresholds as chosen), for the FAQ's cross-validated figures. */
  perBatch: Map<number, RouteDecisionData>;
  lines: string[];
}

export function readProbes(root: string): { kind: 'product' | 'fraud'; text: string }[] {
  return readFileSync(join(root, 'test/faq/product-probes.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('kind\t'))
    .map((l) => {
      const [kind, , , text] = l.split('\t');
      return { kind: kind as 'product' | 'fraud', text: text! };
    });
}

function items(faq: Faq, indexes: FaqIndex[], questions: readonly FieldQuestion[], root: string): Item[] {
  const describe = (text: string, product: boolean) =>
    indexes.map((index) => {
      const filled = fillFieldText(text, index.brand);
      const cued = modelText(index, filled);
      const rule = routeQuestion(index.router!, filled).route;
      // Would ranking answer it (a match, straight or "did you mean")? Only asked of product questions.
      const answered = product && rule !== 'product' && rule !== 'smalltalk' && answerQuestion(index, filled).match !== null;
      return { text: cued, cues: cueFamilies(index.router!, cued), rule, answered };
    });
  const out: Item[] = [];
  for (const q of questions) {
    if (q.route !== 'product' && q.route !== 'fraud') continue;
    out.push({ source: { batch: questionBatch(q.id) }, product: q.route === 'product', probe: false, byBrand: describe(q.text, q.route === 'product') });
  }
  readProbes(root).forEach((p, i) => {
    out.push({ source: { probeFold: i % PROBE_FOLDS }, product: p.kind === 'product', probe: true, byBrand: describe(p.text, p.kind === 'product') });
  });
  const r = faq.routes!;
  for (const q of [...(r.product.examples?.zh ?? []), ...(r.product.examples?.en ?? [])])
    out.push({ source: { content: true }, product: true, probe: false, byBrand: describe(q, false) });
  return out;
}

const examples = (list: readonly Item[]): RouteExample[] =>
  list.flatMap((it) => it.byBrand.map((b) => ({ text: b.text, cues: b.cues, product: it.product })));

const key = (s: Item['source']) => ('batch' in s ? `b${s.batch}` : 'probeFold' in s ? `p${s.probeFold}` : 'c');

/** Cost of the thresholds over the predictions (demo brand), where the decision applies (rule: fraud). */
function cost(preds: readonly RoutePrediction[], product: number, unsureBand: number) {
  let c = 0;
  const n = { productAsScam: 0, fraudToProduct: 0, fraudUnsure: 0, fraudProbeAway: 0 };
  for (const { item, p } of preds) {
    const b = item.byBrand[0]!;
    const unsure = unsureBand;
    if (b.rule !== 'fraud') continue;
    if (item.product) {
      if (p < unsure && b.answered) n.productAsScam++;
    } else if (item.probe) {
      if (p >= unsure) n.fraudProbeAway++;
    } else if (p >= product) n.fraudToProduct++;
    else if (p >= unsure) n.fraudUnsure++;
  }
  for (const k of Object.keys(n) as (keyof typeof n)[]) c += n[k] * COST[k];
  return { cost: c, ...n };
}

export function crossValidateRoute(
  faq: Faq,
  brands: readonly Brand[],
  questions: readonly FieldQuestion[],
  root: string,
): RouteCv {
  const opts = { ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes!, routeDecision: null };
  const indexes = brands.map((b) => buildFaqIndex(faq.entries, b, opts));
  const all = items(faq, indexes, questions, root);
  const none = { product: 2, unsure: 2 };
  const folds = [...new Set(all.filter((it) => !('content' in it.source)).map((it) => key(it.source)))].sort();
  const perBatch = new Map<number, RouteDecisionData>();
  const predictions: RoutePrediction[] = [];
  for (const fold of folds) {
    const data = fitRouteDecision(examples(all.filter((it) => key(it.source) !== fold)), none);
    const m = loadRouteDecision(data);
    if (fold.startsWith('b')) perBatch.set(Number(fold.slice(1)), data);
    for (const item of all.filter((it) => key(it.source) === fold))
      predictions.push({ item, p: productProbability(m, item.byBrand[0]!.text, item.byBrand[0]!.cues) });
  }
  let best = { product: 2, unsure: 2, ...cost(predictions, 2, 2) };
  const grid: number[] = [];
  for (let t = 0.05; t < 0.99; t += 0.05) grid.push(Math.round(t * 100) / 100);
  for (const product of grid)
    for (const unsure of grid.filter((u) => u <= product)) {
      const c = cost(predictions, product, unsure);
      // Ties: the higher thresholds (fewer questions moved off the rules' route).
      if (c.cost < best.cost) best = { product, unsure, ...c };
    }
  const thresholds = { product: best.product, unsure: best.unsure };
  for (const [b, d] of perBatch) perBatch.set(b, { ...d, ...thresholds });
  const off = cost(predictions, 2, 2);
  const lines = [
    `route decision (product vs fraud), thresholds chosen on cross-validated predictions (costs ${JSON.stringify(COST)}): product ≥ ${thresholds.product}, unsure ≥ ${thresholds.unsure}`,
    `  where the rules rank as fraud, cross-validated: product answered as scams ${off.productAsScam} → ${best.productAsScam}, fraud to product 0 → ${best.fraudToProduct}, fraud given the cautious product reply 0 → ${best.fraudUnsure}, fraud probes away 0 → ${best.fraudProbeAway}`,
  ];
  for (const fold of folds) {
    const ps = predictions.filter((x) => key(x.item.source) === fold);
    const c = cost(ps, thresholds.product, thresholds.unsure);
    const c0 = cost(ps, 2, 2);
    lines.push(
      `  ${fold.startsWith('b') ? `batch ${fold.slice(1)}` : `probe fold ${fold.slice(1)}`}: product as scams ${c0.productAsScam} → ${c.productAsScam} (of ${ps.filter((x) => x.item.product).length}), fraud to product ${c.fraudToProduct}, unsure ${c.fraudUnsure}, fraud probes away ${c.fraudProbeAway}`,
    );
  }
  return { items: all, predictions, thresholds, perBatch, lines };
}

/** The decision fitted on every item, with the chosen thresholds. */
export function fitRouteAll(cv: RouteCv): RouteDecisionData {
  return fitRouteDecision(examples(cv.items), cv.thresholds);
}
