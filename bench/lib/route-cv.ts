// The fitted product/fraud decision (src/faq/route-decision.ts): its data, its cross-validation and its thresholds,
// for `npm run faq:fit`. Dev data only: the dev half's product and fraud questions (both brand files), the product
// probe table (test/faq/product-probes.tsv) and content/routes.yaml's product examples.
// Cross-validated two ways — by batch (fit without one batch's dev lines, predict them) and over the probe table in
// five folds (fit without one fold) — and the two thresholds are chosen on those predictions, where the decision
// applies (questions the rules would rank as fraud), with these costs (averaged over every prediction moved 0 to 2 × MARGIN
// the wrong way: smoothedCost):
//   a product question ranked as fraud and answered from the FAQ       COST.productAsScam
//   a fraud question sent to product                                   COST.fraudToProduct
//   a fraud question given the product reply with its caution line     COST.fraudUnsure
//   a fraud probe (the table's counterparts) sent anywhere but fraud   COST.fraudProbeAway
// and one bound: a fraud question sent to the product reply WITHOUT the caution line is a user who loses the warning,
// so at most FRAUD_TO_PRODUCT_MAX of them out of fold. The caution line keeps the unsure band safe for the fraud side,
// so the band is as wide as the costs make it; what it costs (fraud questions losing their FAQ answer) is printed.
// The fit guard (bench/lib/route-guard.ts): the FAQ tables' labelled cases are rows of every fit (GUARD_WEIGHT) and
// bound the thresholds — no candidate that breaks one under the decision fitted on everything.
import type { Brand } from '../../src/content/brand.ts';
import { answerQuestion, buildFaqIndex, type FaqIndex, type loadFaq, routeQuestion } from '../../src/faq/index.ts';
import { type FieldQuestion, fillFieldText, questionBatch, READ_QUESTION_BATCHES } from '../../src/faq/field.ts';
import { loadRouteDecision, productProbability, type RouteDecisionData } from '../../src/faq/route-decision.ts';
import { fitRouteDecision, type RouteExample, type RouteFitOptions } from '../../src/faq/route-fit.ts';
import { cueFamilies, type CueFamily, lossStands } from '../../src/faq/route.ts';
import { modelText } from '../../src/faq/search.ts';
import type { ModelData } from '../../src/faq/model.ts';
import { MODEL_DATA } from '../../src/faq/model.generated.ts';
import { guardCases, PRODUCT_PROBES, readProbeTable } from '../../test/faq/probe-tables.ts';
import {
  GUARD_WEIGHT,
  type GuardRow,
  guardAllows,
  guardBroken,
  guardOutOfReach,
  guardRows,
  LOWEST_EDGE,
  type Thresholds,
} from './route-guard.ts';

type Faq = ReturnType<typeof loadFaq>;

// A product question given the caution line still reads the product reply: a small cost, so the band is no wider
// than the fraud side needs.
export const COST = {
  productAsScam: 10,
  fraudToProduct: 2,
  fraudUnsure: 1,
  fraudProbeAway: 5,
  productUnsure: 0.1,
} as const;
/** Fraud questions (dev batches and fraud probes) sent to the plain product reply, out of fold: at most this many. */
export const FRAUD_TO_PRODUCT_MAX = 0;
/**
 * A refit moves out-of-fold P(product) by a few hundredths (another seed, one more batch): the thresholds are chosen
 * as if every prediction moved this far the wrong way (a product question's down, a fraud question's up), so no
 * question that decides them sits on an edge.
 */
export const MARGIN = 0.05;
const PROBE_FOLDS = 5;

export interface Item {
  /** The question as written (placeholders unfilled). */
  text: string;
  /** Where it comes from: a dev batch, a probe fold, or content and the guard's tables (always trained on). */
  source: { batch: number } | { probeFold: number } | { content: true };
  product: boolean;
  probe: boolean;
  /** As a fit row (1 unless a guard case). */
  weight?: number;
  /** Per brand: modelText and cues, the rules' route, and (product questions) whether ranking answers it. */
  byBrand: { text: string; cues: CueFamily[]; rule: string; answered: boolean }[];
}

export interface RoutePrediction {
  item: Item;
  p: number;
}

/** What the threshold choice reads of one out-of-fold prediction (demo brand): kept in `faq:groups`' cache so a choice
 *  can be replayed without refitting. */
export interface ScoredPoint {
  p: number;
  product: boolean;
  probe: boolean;
  /** The rules' route; the decision applies where it is `fraud`. */
  rule: string;
  /** A product question the ranking would answer (a scam answer unless the decision moves it). */
  answered: boolean;
  /** Its fold: `b<batch>` or `p<probe fold>`. */
  fold: string;
}

export const scored = ({ item, p }: RoutePrediction): ScoredPoint => ({
  p,
  product: item.product,
  probe: item.probe,
  rule: item.byBrand[0]!.rule,
  answered: item.byBrand[0]!.answered,
  fold: key(item.source),
});

export interface RouteCv {
  items: Item[];
  predictions: RoutePrediction[];
  points: ScoredPoint[];
  thresholds: { product: number; unsure: number };
  /** The fit without each batch (thresholds as chosen), for the FAQ's cross-validated figures. */
  perBatch: Map<number, RouteDecisionData>;
  lines: string[];
  /** Fitting options other than route-fit.ts ROUTE_FIT_DEFAULTS (the full fit uses them too). */
  fit: Partial<RouteFitOptions>;
  boundary: string[];
  /** The decision fitted on every item (thresholds as chosen): what `npm run faq:fit` writes. */
  full: RouteDecisionData;
  /** The guard's cases read under the full fit. */
  guard: GuardRow[];
}

function items(faq: Faq, indexes: FaqIndex[], questions: readonly FieldQuestion[], root: string): Item[] {
  const describe = (text: string, product: boolean) =>
    indexes.map((index) => {
      const filled = fillFieldText(text, index.brand);
      const cued = modelText(index, filled);
      const decision = routeQuestion(index.router!, filled);
      // A loss the rules let stand (route.ts fraud.loss) is not the decision's: its thresholds are not chosen on it.
      const rule = lossStands(decision) ? 'loss' : decision.route;
      // Would ranking answer it (a match, straight or "did you mean")? Only asked of product questions.
      const answered =
        product && rule !== 'product' && rule !== 'smalltalk' && answerQuestion(index, filled).match !== null;
      return { text: cued, cues: cueFamilies(index.router!, cued), rule, answered };
    });
  const out: Item[] = [];
  for (const q of questions) {
    if (q.route !== 'product' && q.route !== 'fraud') continue;
    out.push({
      text: q.text,
      source: { batch: questionBatch(q.id) },
      product: q.route === 'product',
      probe: false,
      byBrand: describe(q.text, q.route === 'product'),
    });
  }
  readProbeTable(root, PRODUCT_PROBES).forEach((p, i) => {
    out.push({
      text: p.text,
      source: { probeFold: i % PROBE_FOLDS },
      product: p.kind === 'product',
      probe: true,
      byBrand: describe(p.text, p.kind === 'product'),
    });
  });
  const r = faq.routes!;
  for (const q of [...(r.product.examples?.zh ?? []), ...(r.product.examples?.en ?? [])])
    out.push({ text: q, source: { content: true }, product: true, probe: false, byBrand: describe(q, false) });
  // The guard's cases (the product probes are rows above, in their folds): always trained on, weighted.
  for (const c of guardCases(root).filter((x) => x.table !== PRODUCT_PROBES)) {
    const product = c.kind === 'product';
    out.push({
      text: c.text,
      source: { content: true },
      product,
      probe: false,
      weight: GUARD_WEIGHT,
      byBrand: describe(c.text, false),
    });
  }
  return out;
}

const examples = (list: readonly Item[]): RouteExample[] =>
  list.flatMap((it) =>
    it.byBrand.map((b) => ({
      text: b.text,
      cues: b.cues,
      product: it.product,
      ...(it.weight ? { weight: it.weight } : {}),
    })),
  );

/** A line whose text may be printed: a probe, or a dev line of the READ group. */
const listable = (s: Item['source']) => !('batch' in s) || READ_QUESTION_BATCHES.includes(s.batch);
const key = (s: Item['source']) => ('batch' in s ? `b${s.batch}` : 'probeFold' in s ? `p${s.probeFold}` : 'c');

/** Cost of the thresholds over the predictions (demo brand), where the decision applies (rule: fraud); `margin`: each
 *  prediction moved that far the wrong way first. */
function cost(points: readonly ScoredPoint[], product: number, unsure: number, margin = 0) {
  let c = 0;
  const n = { productAsScam: 0, fraudToProduct: 0, fraudUnsure: 0, fraudProbeAway: 0, productUnsure: 0 };
  for (const pt of points) {
    const p = pt.product ? pt.p - margin : pt.p + margin;
    if (pt.rule !== 'fraud') continue;
    if (pt.product) {
      if (p < unsure && pt.answered) n.productAsScam++;
      else if (p >= unsure && p < product) n.productUnsure++;
    } else if (pt.probe) {
      if (p >= unsure) n.fraudProbeAway++;
      if (p >= product) n.fraudToProduct++;
    } else if (p >= product) n.fraudToProduct++;
    else if (p >= unsure) n.fraudUnsure++;
  }
  for (const k of Object.keys(n) as (keyof typeof n)[]) c += n[k] * COST[k];
  return { cost: c, ...n };
}

/** Product answered as scams against fraud questions moved into the band, for a few band widths. */
function bandTradeoff(preds: readonly ScoredPoint[], product: number): string {
  return [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
    .filter((u) => u <= product)
    .map((u) => {
      const c = cost(preds, product, u);
      return `${u}: ${c.productAsScam} / ${c.fraudUnsure + c.fraudProbeAway}`;
    })
    .join(', ');
}

/** Shifts the smoothed cost averages over: 0 to twice the margin in SMOOTH_STEP steps (mean: the margin). */
export const SMOOTH_STEP = 0.01;

/**
 * The cost averaged over every prediction moved 0, SMOOTH_STEP, …, 2 × `margin` the wrong way: the expected cost when
 * a refit moves the predictions by an unknown amount whose mean is the margin. The cost at the one shift `margin` is a
 * step function of the edges, flat within one product question's cost from ~0.25 to ~0.4 (README, session 18): its
 * grid minimum followed which few questions sat within 0.05 of an edge, and the refit on twenty-two halves moved it
 * 0.35 → 0.3 with one batch more; averaged over the shifts, both data sets choose the same edge.
 */
export function smoothedCost(points: readonly ScoredPoint[], product: number, unsure: number, margin = MARGIN) {
  const steps = Math.round((2 * margin) / SMOOTH_STEP);
  let sum = 0;
  for (let i = 0; i <= steps; i++) sum += cost(points, product, unsure, i * SMOOTH_STEP).cost;
  return sum / (steps + 1);
}

/**
 * The two thresholds on a 0.05 grid minimising the smoothed cost over out-of-fold predictions (smoothedCost), with at
 * most FRAUD_TO_PRODUCT_MAX fraud questions sent to the plain product reply when each is moved `margin` the wrong way.
 * The counts returned are those at `margin`.
 */
export function chooseThresholds(
  predictions: readonly ScoredPoint[],
  margin = MARGIN,
  allowed: (t: Thresholds) => boolean = () => true,
) {
  let best = { product: 2, unsure: 2, ...cost(predictions, 2, 2, margin) };
  best.cost = smoothedCost(predictions, 2, 2, margin);
  if (!allowed(best)) best.cost = Number.POSITIVE_INFINITY;
  const grid: number[] = [];
  for (let t = LOWEST_EDGE; t < 0.99; t += 0.05) grid.push(Math.round(t * 100) / 100);
  // Finer at the top (a fraud question's P + the margin can pass 0.95); 2: no plain product reply at all.
  for (const product of [...grid, 0.97, 0.99, 2])
    for (const unsure of grid.filter((u) => u <= product)) {
      const c = cost(predictions, product, unsure, margin);
      if (c.fraudToProduct > FRAUD_TO_PRODUCT_MAX || !allowed({ product, unsure })) continue;
      c.cost = smoothedCost(predictions, product, unsure, margin);
      // Ties: the safer side of each edge — the higher product threshold (fewer fraud questions lose the warning), the
      // lower unsure threshold (fewer product questions answered as scams).
      const better =
        c.cost < best.cost - 1e-9 ||
        (Math.abs(c.cost - best.cost) <= 1e-9 &&
          (product > best.product || (product === best.product && unsure < best.unsure)));
      if (better) best = { product, unsure, ...c };
    }
  if (best.cost === Number.POSITIVE_INFINITY) throw new Error('the fit guard allows no thresholds');
  return best;
}

/** The choice made without each fold in turn (batch or probe fold): how far one fold's questions move it. */
export function choiceSpread(
  points: readonly ScoredPoint[],
  allowed?: (t: Thresholds) => boolean,
): { fold: string; unsure: number; product: number }[] {
  const folds = [...new Set(points.map((x) => x.fold))].sort();
  return folds.map((fold) => {
    const t = chooseThresholds(
      points.filter((x) => x.fold !== fold),
      MARGIN,
      allowed,
    );
    return { fold, unsure: t.unsure, product: t.product };
  });
}

/**
 * The thresholds the decision ships with: both edges on the safer side of the choices made without each fold in turn —
 * the unsure edge the LOWEST of them (every product question a fold's choice would cover gets the caution line rather
 * than a scam answer: a product question answered as a scam is the error issue 11 allows none of), the product edge
 * the highest (no fold's choice sends more fraud to the plain reply). The cost over ~2,000 out-of-fold predictions is
 * flat across the unsure edge from ~0.22 to ~0.45 (within one product question's cost), so its single minimum follows
 * whichever few questions a refit moves (sessions 9–10 saw 0.2–0.35); the median of the fold choices (session 11's
 * first form) shipped 0.3 and answered a product probe as a scam; the lowest choice covers it (README, session 11).
 */
export function stableThresholds(
  points: readonly ScoredPoint[],
  allowed?: (t: Thresholds) => boolean,
): { product: number; unsure: number } {
  const spread = choiceSpread(points, allowed);
  return { product: Math.max(...spread.map((x) => x.product)), unsure: Math.min(...spread.map((x) => x.unsure)) };
}

export function crossValidateRoute(
  faq: Faq,
  brands: readonly Brand[],
  questions: readonly FieldQuestion[],
  root: string,
  fit: Partial<RouteFitOptions> = {},
  guardModel: ModelData | null = MODEL_DATA,
): RouteCv {
  // Neither fitted layer: the shipped multinomial layer has seen every batch (its in-sample P(product) would hide a
  // product question the ranking answers), and where the decision applies the multinomial layer is not consulted.
  const opts = {
    lexicon: faq.lexicon!,
    ...(faq.replies ? { replies: faq.replies } : {}),
    routes: faq.routes!,
    routeDecision: null,
    model: null,
  };
  const indexes = brands.map((b) => buildFaqIndex(faq.entries, b, opts));
  const all = items(faq, indexes, questions, root);
  const none = { product: 2, unsure: 2 };
  const folds = [...new Set(all.filter((it) => !('content' in it.source)).map((it) => key(it.source)))].sort();
  const perBatch = new Map<number, RouteDecisionData>();
  const predictions: RoutePrediction[] = [];
  for (const fold of folds) {
    const data = fitRouteDecision(examples(all.filter((it) => key(it.source) !== fold)), none, fit);
    const m = loadRouteDecision(data);
    if (fold.startsWith('b')) perBatch.set(Number(fold.slice(1)), data);
    for (const item of all.filter((it) => key(it.source) === fold))
      predictions.push({ item, p: productProbability(m, item.byBrand[0]!.text, item.byBrand[0]!.cues) });
  }
  const points = predictions.map(scored);
  // The guard: the tables' cases under the decision fitted on everything, read with the multinomial layer that ships
  // beside it (`guardModel`: faq:fit's own full fit; faq:groups reads the shipped one).
  const full = fitRouteDecision(examples(all), none, fit);
  const guard = guardRows(faq, brands, guardCases(root), full, guardModel);
  const unguarded = stableThresholds(points);
  let thresholds: Thresholds;
  try {
    thresholds = stableThresholds(points, guardAllows(guard));
  } catch {
    throw new Error(['the fit guard allows no thresholds:', ...guardLines(guard, unguarded, unguarded)].join('\n'));
  }
  if (guardBroken(guard, thresholds).length) throw new Error('the fit guard: the stable thresholds break a table case');
  const at = cost(points, thresholds.product, thresholds.unsure);
  const withMargin = cost(points, thresholds.product, thresholds.unsure, MARGIN);
  for (const [b, d] of perBatch) perBatch.set(b, { ...d, ...thresholds });
  const off = cost(points, 2, 2);
  const lines = [
    `route decision (product vs fraud), thresholds chosen on cross-validated predictions (costs ${JSON.stringify(COST)}, the cost averaged over every prediction moved 0 to ${2 * MARGIN} the wrong way; the unsure edge the lowest of the choices made without each fold): product ≥ ${thresholds.product}, unsure ≥ ${thresholds.unsure}`,
    `  where the rules rank as fraud, cross-validated: product answered as scams ${off.productAsScam} → ${at.productAsScam} (${withMargin.productAsScam} with the margin), fraud to product (the warning lost; at most ${FRAUD_TO_PRODUCT_MAX} with the margin in every fold's choice) 0 → ${at.fraudToProduct}, fraud given the cautious product reply 0 → ${at.fraudUnsure}, fraud probes away 0 → ${at.fraudProbeAway}`,
    `  the band's width at product ≥ ${thresholds.product} (unsure from: product answered as scams / fraud given the cautious reply instead of its FAQ answer): ${bandTradeoff(points, thresholds.product)}`,
    ...guardLines(guard, unguarded, thresholds),
  ];
  // The out-of-fold errors themselves, to read by mechanism: probe lines and the READ group's dev lines only (never a
  // held-out line; an UNREAD batch's lines are counted per batch below, not printed, so they stay unread).
  for (const { item, p } of predictions) {
    const b = item.byBrand[0]!;
    if (b.rule !== 'fraud' || !listable(item.source)) continue;
    const scam = item.product && b.answered && p < thresholds.unsure;
    if (scam || (!item.product && p >= thresholds.product))
      lines.push(
        `  ${scam ? 'product answered as a scam' : 'fraud sent to product'} (${key(item.source)}, P ${p.toFixed(2)}): ${item.text}`,
      );
  }
  for (const fold of folds) {
    const ps = points.filter((x) => x.fold === fold);
    const c = cost(ps, thresholds.product, thresholds.unsure);
    const c0 = cost(ps, 2, 2);
    lines.push(
      `  ${fold.startsWith('b') ? `batch ${fold.slice(1)}` : `probe fold ${fold.slice(1)}`}: product as scams ${c0.productAsScam} → ${c.productAsScam} (of ${ps.filter((x) => x.product).length}), fraud to product ${c.fraudToProduct}, unsure ${c.fraudUnsure}, fraud probes away ${c.fraudProbeAway}`,
    );
  }
  // Every product question the rules alone would answer as a scam, with its out-of-fold P(product): the population the
  // band has to cover, to read by mechanism (console only).
  const boundary = predictions
    .filter(
      ({ item }) =>
        item.product && listable(item.source) && item.byBrand[0]!.rule === 'fraud' && item.byBrand[0]!.answered,
    )
    .sort((a, b) => a.p - b.p)
    .map(({ item, p }) => `  rules answer as a scam (${key(item.source)}, P ${p.toFixed(2)}): ${item.text}`);
  return {
    items: all,
    predictions,
    points,
    thresholds,
    perBatch,
    lines,
    fit,
    boundary,
    full: { ...full, ...thresholds },
    guard,
  };
}

/** The decision fitted on every item, with the chosen thresholds. */
export const fitRouteAll = (cv: RouteCv): RouteDecisionData => cv.full;

/** What the guard read: its rows, the cases the unguarded choice would have broken, any out of the decision's reach. */
function guardLines(guard: readonly GuardRow[], unguarded: Thresholds, chosen: Thresholds): string[] {
  const tables = [...new Set(guard.map((r) => r.table))].map((t) => t.replace(/^test\/faq\//, '')).join(', ');
  const row = (r: GuardRow) =>
    `${r.kind} ${r.table.replace(/^test\/faq\//, '')} (${r.brand}, P ${r.p.toFixed(2)}): ${r.text}`;
  return [
    `  fit guard: ${guard.length} cases × brand (${tables}), rows of weight ${GUARD_WEIGHT}; unguarded choice product ≥ ${unguarded.product}, unsure ≥ ${unguarded.unsure} → guarded product ≥ ${chosen.product}, unsure ≥ ${chosen.unsure}`,
    ...guardBroken(guard, unguarded).map((r) => `    the unguarded choice breaks ${row(r)}`),
    ...guardOutOfReach(guard).map((r) => `    OUT OF THE DECISION'S REACH ${row(r)}`),
  ];
}
