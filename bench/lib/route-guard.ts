// The route decision's fit guard (issue 11, session 15): the labelled cases of the FAQ's own tables
// (test/faq/probe-tables.ts guardCases — the boundary table, the product, own-loan and account-state probes, the world
// tables' tune halves) as constraints on the product/fraud decision's fit (bench/lib/route-cv.ts), as the classifier's
// wording fit has its tables' cases (bench/fit-guard.ts). They enter it twice: as rows with a weight (GUARD_WEIGHT,
// each brand's reading once; the product probes were rows already), and as a check in choosing the thresholds — no
// candidate that sends a table's fraud case to the product reply (plain or cautious) or answers a product case as a
// scam, read through the whole answer path (answer.ts: the decision, the multinomial layer, the own-loan and
// account-state nets). The refit on nineteen dev halves of session 14 sent two boundary fraud cases to the product
// reply: nothing in the fit knew them.
import type { Brand } from '../../src/content/brand.ts';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion, buildFaqIndex, type FaqIndex, type loadFaq } from '../../src/faq/index.ts';
import { loadModel, type ModelData } from '../../src/faq/model.ts';
import {
  loadRouteDecision,
  type ProductCall,
  productProbability,
  type RouteDecisionData,
} from '../../src/faq/route-decision.ts';
import { CueReading, cueFamilies, routeQuestion } from '../../src/faq/route.ts';
import { questionForms } from '../../src/faq/search.ts';
import type { GuardCase } from '../../test/faq/probe-tables.ts';

type Faq = ReturnType<typeof loadFaq>;

/** A guard case's weight as a fit row (a dev question's is 1). */
export const GUARD_WEIGHT = 2;
/** The lowest edge the threshold grid holds (route-cv.ts chooseThresholds): below it a P is read as fraud whatever the
 *  choice. */
export const LOWEST_EDGE = 0.05;

export interface GuardRow extends GuardCase {
  brand: string;
  /** The decision's P(product) for the question as answering reads it. */
  p: number;
  /** Whether the whole answer keeps what the table states under each call of the decision (a fraud case: the fraud
   *  route; a product case: no scam entry and not the fraud route). */
  ok: Record<ProductCall, boolean>;
}

export type Thresholds = { product: number; unsure: number };

const CALLS: Record<ProductCall, Thresholds> = {
  product: { product: -1, unsure: -1 },
  unsure: { product: 2, unsure: -1 },
  fraud: { product: 2, unsure: 2 },
};

export const callAt = (p: number, t: Thresholds): ProductCall =>
  p >= t.product ? 'product' : p >= t.unsure ? 'unsure' : 'fraud';

const keeps = (c: GuardCase, index: FaqIndex, text: string): boolean => {
  const a = answerQuestion(index, text);
  return c.kind === 'fraud' ? a.route === 'fraud' : a.route !== 'fraud' && a.match === null;
};

/** Every guard case under each brand, read with the decision `data` (weights; its thresholds are set per call) and the
 *  multinomial layer `model` (null: none). */
export function guardRows(
  faq: Faq,
  brands: readonly Brand[],
  cases: readonly GuardCase[],
  data: RouteDecisionData,
  model: ModelData | null,
): GuardRow[] {
  const m = loadRouteDecision(data);
  const opts = { lexicon: faq.lexicon!, ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
  const out: GuardRow[] = [];
  for (const brand of brands) {
    const index = buildFaqIndex(faq.entries, brand, {
      ...opts,
      model: model ? loadModel(model) : null,
      routeDecision: m,
    });
    const at = (t: Thresholds): FaqIndex => ({ ...index, routeDecision: { ...m, data: { ...m.data, ...t } } });
    const forced = { product: at(CALLS.product), unsure: at(CALLS.unsure), fraud: at(CALLS.fraud) };
    for (const c of cases) {
      const text = fillFieldText(c.text, brand);
      const forms = questionForms(index, text);
      const p = productProbability(m, forms.scan, cueFamilies(index.router!, new CueReading(forms.cued)));
      // The rules' product and small-talk routes never consult the decision: one answer says it for every call.
      const rule = routeQuestion(index.router!, text, forms).route;
      const once = rule === 'product' || rule === 'smalltalk' ? keeps(c, index, text) : undefined;
      const ok = {
        product: once ?? keeps(c, forced.product, text),
        unsure: once ?? keeps(c, forced.unsure, text),
        fraud: once ?? keeps(c, forced.fraud, text),
      };
      out.push({ ...c, brand: brand.name?.en ?? '', p, ok });
    }
  }
  return out;
}

/** Can some thresholds of the grid keep the row? The fraud call always (no unsure band); the product reply only from the
 *  grid's lowest edge up. */
const inReach = (r: GuardRow): boolean => r.ok.fraud || ((r.ok.unsure || r.ok.product) && r.p >= LOWEST_EDGE);

/** Rows no thresholds keep: no call keeps them (the rules' or the multinomial layer's own misses), or only a product
 *  reply the fitted P is too low for. Not the thresholds' to mend — printed by `npm run faq:fit`, counted by
 *  test/faq/route-guard.test.ts; the weighted rows are the fit's way to them. */
export const guardOutOfReach = (rows: readonly GuardRow[]): GuardRow[] => rows.filter((r) => !inReach(r));

/** The rows the decision at thresholds `t` turns from what their table states (rows out of its reach aside). */
export const guardBroken = (rows: readonly GuardRow[], t: Thresholds): GuardRow[] =>
  rows.filter((r) => inReach(r) && !r.ok[callAt(r.p, t)]);

/** A threshold candidate the guard allows. */
export const guardAllows = (rows: readonly GuardRow[]) => (t: Thresholds) => guardBroken(rows, t).length === 0;
