// Field questions (test/field/questions-*.tsv, format in README "Field questions"): questions as users type them,
// labelled with the route they should take and, for fraud questions, the topic(s) a right answer carries.
// Parsing (file:line errors, brand placeholders filled from the brand under test) and measuring; pure.
import type { Brand } from '../content/brand.ts';
import { batchOf } from '../content/id-batches.ts';
import { TOPIC_IDS, type TopicId } from '../content/topics.ts';
import type { ContentProblem } from '../content/yaml-source.ts';
import { answerQuestion } from './answer.ts';
import type { FaqIndex } from './build.ts';
import { FAQ_ROUTES, type FaqRoute } from './route.ts';
import { searchFaq } from './search.ts';

export type FieldRoute = FaqRoute | 'other';
export const FIELD_STYLES = ['plain', 'voice', 'typo', 'mixed', 'casual-en', 'traditional', 'story', 'pinyin'] as const;
export type FieldStyle = (typeof FIELD_STYLES)[number];

export interface FieldQuestion {
  id: string;
  route: FieldRoute;
  /** Fraud questions: acceptable topics, best first; empty for the other routes. */
  topics: TopicId[];
  style: FieldStyle;
  lang: 'zh' | 'en';
  /** As written in the file (placeholders unfilled). */
  text: string;
  line: number;
}

/**
 * Batches of the field questions, each written separately and split once (test/field/QUESTIONS.md). Figures are
 * reported per batch: a batch's dev half only stops being "unseen" once someone tunes on it.
 */
export const QUESTION_BATCHES = Object.freeze({
  1: { first: 'q0001', last: 'q0467' },
  2: { first: 'q0468', last: 'q0755' },
  3: { first: 'q0756', last: 'q0985' },
  4: { first: 'q1101', last: 'q1417' },
  5: { first: 'q1501', last: 'q1754' },
  6: { first: 'q1801', last: 'q2099' },
  7: { first: 'q2101', last: 'q2399' },
  8: { first: 'q2401', last: 'q2699' },
  9: { first: 'q2701', last: 'q2999' },
  10: { first: 'q3001', last: 'q3299' },
  11: { first: 'q3301', last: 'q3599' },
  12: { first: 'q3601', last: 'q3899' },
  13: { first: 'q3901', last: 'q4199' },
  14: { first: 'q4201', last: 'q4499' },
  15: { first: 'q4501', last: 'q4799' },
  17: { first: 'q5101', last: 'q5399' },
  18: { first: 'q5401', last: 'q5699' },
  19: { first: 'q5701', last: 'q5999' },
  20: { first: 'q6001', last: 'q6299' },
  21: { first: 'q6301', last: 'q6599' },
  22: { first: 'q6601', last: 'q6899' },
  23: { first: 'q6901', last: 'q7199' },
  24: { first: 'q7201', last: 'q7499' },
  25: { first: 'q7501', last: 'q7799' },
  26: { first: 'q7801', last: 'q8099' },
  27: { first: 'q8101', last: 'q8399' },
  28: { first: 'q8401', last: 'q8699' },
  29: { first: 'q8701', last: 'q8999' },
  30: { first: 'q9001', last: 'q9299' },
  31: { first: 'q9301', last: 'q9599' },
  32: { first: 'q9601', last: 'q9899' },
  33: { first: 'q9901', last: 'q10199' },
  34: { first: 'q10201', last: 'q10499' },
  35: { first: 'q10501', last: 'q10799' },
  36: { first: 'q10801', last: 'q11099' },
  37: { first: 'q11101', last: 'q11399' },
  38: { first: 'q11401', last: 'q11699' },
  39: { first: 'q11701', last: 'q11999' },
  40: { first: 'q12001', last: 'q12299' },
  41: { first: 'q12301', last: 'q12599' },
  42: { first: 'q12601', last: 'q12899' },
  43: { first: 'q12901', last: 'q13199' },
  44: { first: 'q13201', last: 'q13499' },
  45: { first: 'q13501', last: 'q13799' },
  46: { first: 'q13801', last: 'q14099' },
});
export type QuestionBatch = keyof typeof QUESTION_BATCHES;

/**
 * Dev batches whose questions are not yet in the shipped fits (model.generated.ts, route-decision.generated.ts). Batch
 * 20 (session 14): the refit that took it in sent two fraud questions of the boundary tables to the product reply, so
 * it was not shipped; the next refit takes it in (with the tables' fraud cases as a guard) and empties this list — the
 * model tests fail on a listed batch the generated files already hold, and on an unlisted one they lack. Batch 21
 * (session 15) joined after the session-15 refit was measured and not shipped (it broke three right-first / boundary
 * tests); session 16's refit (with the loss cue) broke two route tests and was not shipped either; batch 22 joined
 * unfitted. Batch 23 (session 17) joined unfitted: the session's refit on twenty-two dev halves (world table 4 in the
 * guard) kept every unit test green but lost READ LOBO top-1 1086 → 1072 of 1,134 against the unrefitted fits on the
 * same merged code (UNREAD 896 → 894 of 956 with batch 23's dev half), so it was not shipped. Batch 24 (session 18)
 * joined unfitted: the session's refit with faq-fit18's procedure (smoothed threshold cost, three seeds) on twenty-four
 * dev halves (world tables 4 and 5 in the guard) lost READ LOBO top-1 1175 → 1166 of 1,224 on batches 1–22 against the
 * unrefitted fits on the same merged code (UNREAD 724 → 726 of 770), so it was not shipped either. Session 19's refit
 * took batches 23 and 24 (and world tables 4 and 5) in, judged on data no fit had seen and no rule author had read —
 * batch 25's dev half and every world table's score half (and table 6 whole) — rather than on READ LOBO, which the rule
 * authors had tuned against the old fits' errors; batch 25 (session 19) waits for the next refit.
 */
export const QUESTION_BATCHES_AWAITING_FIT: readonly number[] = Object.freeze([
  25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46,
]);

/**
 * The READ group: dev batches whose lines engineers have read and may list (`npm run faq:groups`, `npm run faq:fit`);
 * every other dev batch is UNREAD — figures only, so a change can be judged on lines nobody tuned on. Batch 17 joined
 * in session 12; batches 19 and 21 in session 16 (fresh misses to read; eleven batches stay UNREAD).
 */
export const READ_QUESTION_BATCHES: readonly number[] = Object.freeze([
  1, 3, 5, 7, 9, 11, 13, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
  41, 42, 43, 44, 45,
]);

/** The batch a question's id belongs to. */
export const questionBatch = (id: string): QuestionBatch =>
  batchOf(QUESTION_BATCHES, id, 'QUESTION_BATCHES (src/faq/field.ts)');

const HEADER = ['id', 'route', 'topic', 'style', 'lang', 'text', 'source'];
const ROUTES = new Set<string>([...FAQ_ROUTES, 'other']);
const TOPICS = new Set<string>(TOPIC_IDS);
const STYLES = new Set<string>(FIELD_STYLES);

/** Parse a questions TSV; every bad line is a problem `file:line:col`, the good lines are kept. */
export function parseFieldQuestions(
  text: string,
  file: string,
): { questions: FieldQuestion[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const questions: FieldQuestion[] = [];
  const lines = text.split(/\r?\n/);
  let header = false;
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    const bad = (message: string, col = 1) => {
      problems.push({ file, line, col, message });
    };
    if (!raw.trim() || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (!header) {
      header = true;
      if (cells.join('\t') !== HEADER.join('\t')) bad(`header must be: ${HEADER.join(' ⇥ ')}`);
      continue;
    }
    if (cells.length !== HEADER.length) {
      bad(`expected ${HEADER.length} tab-separated fields, got ${cells.length}`);
      continue;
    }
    const [id, route, topic, style, lang, body] = cells as [string, string, string, string, string, string];
    const col = (k: number) => cells.slice(0, k).reduce((n, c) => n + c.length + 1, 1);
    if (!/^q\d+$/.test(id)) {
      bad(`bad id "${id}" (q0001…)`);
      continue;
    }
    if (!ROUTES.has(route)) {
      bad(`unknown route "${route}" (fraud, product, smalltalk, other)`, col(1));
      continue;
    }
    if (!STYLES.has(style)) {
      bad(`unknown style "${style}"`, col(3));
      continue;
    }
    if (lang !== 'zh' && lang !== 'en') {
      bad(`unknown lang "${lang}" (zh, en)`, col(4));
      continue;
    }
    if (!body.trim()) {
      bad('empty text', col(5));
      continue;
    }
    let topics: TopicId[] = [];
    if (route === 'fraud') {
      const ids = topic.split('|');
      const unknown = ids.find((t) => !TOPICS.has(t));
      if (unknown !== undefined) {
        bad(`unknown topic "${unknown}" (see content/topics.yaml)`, col(2));
        continue;
      }
      topics = ids as TopicId[];
    } else if (topic !== 'none') {
      bad(`a ${route} question has topic "none", not "${topic}"`, col(2));
      continue;
    }
    questions.push({
      id,
      route: route as FieldRoute,
      topics,
      style: style as FieldStyle,
      lang,
      text: body.replace(/\\n/g, '\n'),
      line,
    });
  }
  if (!header) problems.push({ file, line: 1, col: 1, message: 'no header line' });
  return { questions, problems };
}

/** The corpus's brand placeholders filled from the brand under test. */
export function fillFieldText(text: string, brand: Brand): string {
  const vars: Record<string, string> = {
    brand: brand.name.zh,
    brand_en: brand.name.en,
    hotline: brand.official_numbers[0]!.number,
    domain: brand.official_domains[0]!,
  };
  return text.replace(/\{(brand_en|brand|hotline|domain)\}/g, (_, k: string) => vars[k]!);
}

export interface FieldRow {
  q: FieldQuestion;
  /** The question as asked (placeholders filled). */
  asked: string;
  route: FaqRoute;
  /** Best-ranked entry's topics (fraud route only). */
  rankedTopics: TopicId[];
  confidence: 'high' | 'mid' | 'none';
  matchTopics: TopicId[] | null;
  /** Given the product reply with its caution line (the fitted decision unsure). */
  caution: boolean;
  /** Fraud question routed to the FAQ with an acceptable topic ranked first. */
  top1: boolean;
}

export interface FieldMetrics {
  fraud: number;
  /** Fraud questions whose best-ranked entry carries an acceptable topic (misrouted ones count as wrong). */
  top1: number;
  /** …and answered (match, high or mid band) with it: what a user reads. */
  answeredRight: number;
  /** Fraud questions routed away from the FAQ (to product or small talk). */
  fraudRoutedAway: number;
  /** …of which given the product reply with its caution line (warned, but not their FAQ answer). */
  fraudCautioned: number;
  outOfScope: number;
  /** Product / small-talk / other questions answered confidently (high band) from a fraud entry. */
  outOfScopeConfident: number;
  product: number;
  /** Product questions that got any fraud answer (a match, high or mid). */
  productAsScam: number;
  /** Top-1 over fraud questions of style `mixed`. */
  mixed: { n: number; top1: number };
  byStyle: Record<string, { n: number; top1: number }>;
  /** Share of all questions taking their labelled route (other counts as fraud: it goes to ranking). */
  routeAccuracy: number;
  rows: FieldRow[];
}

const ratio = (a: number, b: number) => (b ? a / b : 1);

export function evaluateField(index: FaqIndex, questions: readonly FieldQuestion[]): FieldMetrics {
  const rows: FieldRow[] = questions.map((q) => {
    const asked = fillFieldText(q.text, index.brand);
    const a = answerQuestion(index, asked);
    // `other` questions were ranked too (nothing close enough to offer): their best entry still tells top-1.
    const ranked = a.route === 'fraud' || a.route === 'other';
    const best = ranked ? searchFaq(index, asked, { locale: a.locale, limit: 1 })[0] : undefined;
    const rankedTopics = best ? [...index.entries[best.entry]!.entry.topics] : [];
    return {
      q,
      asked,
      route: a.route,
      rankedTopics,
      confidence: a.confidence,
      matchTopics: a.match ? a.match.topics : null,
      caution: a.caution === true,
      top1: q.route === 'fraud' && ranked && q.topics.some((t) => rankedTopics.includes(t)),
    };
  });
  const fraud = rows.filter((r) => r.q.route === 'fraud');
  const oos = rows.filter((r) => r.q.route !== 'fraud');
  const product = rows.filter((r) => r.q.route === 'product');
  const byStyle: Record<string, { n: number; top1: number }> = {};
  for (const r of fraud) {
    const s = byStyle[r.q.style] ?? { n: 0, top1: 0 };
    byStyle[r.q.style] = s;
    s.n++;
    if (r.top1) s.top1++;
  }
  for (const s of Object.values(byStyle)) s.top1 = ratio(s.top1, s.n);
  // An off-topic question is routed right when it is not sent to product or small talk and gets no straight answer.
  const routedRight = (r: FieldRow) =>
    r.q.route === 'other'
      ? (r.route === 'other' || r.route === 'fraud') && r.confidence !== 'high'
      : r.route === r.q.route;
  return {
    fraud: fraud.length,
    top1: ratio(fraud.filter((r) => r.top1).length, fraud.length),
    answeredRight: ratio(
      fraud.filter((r) => r.matchTopics && r.q.topics.some((t) => r.matchTopics!.includes(t))).length,
      fraud.length,
    ),
    fraudRoutedAway: fraud.filter((r) => r.route === 'product' || r.route === 'smalltalk').length,
    fraudCautioned: fraud.filter((r) => r.caution).length,
    outOfScope: oos.length,
    outOfScopeConfident: ratio(oos.filter((r) => r.confidence === 'high' && r.matchTopics).length, oos.length),
    product: product.length,
    productAsScam: product.filter((r) => r.matchTopics !== null).length,
    mixed: byStyle.mixed ?? { n: 0, top1: 1 },
    byStyle,
    routeAccuracy: ratio(rows.filter(routedRight).length, rows.length),
    rows,
  };
}
