// `npm run faq:calibrate` — refits the FAQ's confidence model and its two thresholds on DEV data only and writes
// src/faq/calibration.generated.ts (hand-set knobs stay in src/faq/config.ts).
// Dev data: half A of test/faq/dev-set.yaml (splitDevSet), test/field/questions-dev.tsv when present, and the
// pasted messages of test/field/messages-dev.tsv that reach the FAQ in the bot (no number or link: those are
// checked first), with the brand placeholders filled from content/brand.yaml. Never reads a held-out file
// (*held*) nor half B: those are the gates (test/faq/eval.test.ts, test/faq/field.test.ts).
//   --dry-run   print the fit and what it gives, write nothing
//   --message-weight W   the pasted messages' weight in the logistic fit (to compare; default MESSAGE_WEIGHT)
//   --no-form   without the form signals (form.ts), to compare
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { createClassifier } from '../src/classifier/index.ts';
import { type Brand, loadBrand } from '../src/content/brand.ts';
import { detectLocale } from '../src/content/lang.ts';
import {
  type CalibrationRow,
  chooseByCost,
  confidenceOf,
  fitCalibration,
  operatingPoints,
} from '../src/faq/calibrate.ts';
import { devSetSchema, splitDevSet } from '../src/faq/evaluate.ts';
import { fillFieldText, parseFieldQuestions } from '../src/faq/field.ts';
import {
  buildFaqIndex,
  type FaqIndex,
  loadFaq,
  modelText,
  queryTerms,
  routeQuestion,
  searchFaq,
} from '../src/faq/index.ts';
import { fittedCall } from '../src/faq/answer.ts';
import { combineRoute } from '../src/faq/route-model.ts';
import { loadMessages } from '../test/field/messages-corpus.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const GENERATED_FILE = join(ROOT, 'src/faq/calibration.generated.ts');
const FIELD_DEV = join(ROOT, 'test/field/questions-dev.tsv');
const MESSAGES_DEV = join(ROOT, 'test/field/messages-dev.tsv');
/** Out-of-scope questions answered straight (high band): the limit. */
const MAX_CONFIDENT_FALSE = 0.05;
/** Out-of-scope questions that reach the ranking get an unsure answer at most this often ("did you mean" is no lottery). */
const MAX_UNSURE_FALSE = 0.15;
/**
 * The straight-answer limit is applied to the dev rows at this share of its value: unseen wording does worse than the dev
 * data the cues and lexicon were written against (2026-11-30: out of scope answered straight 0 % on dev, 7.8 % on
 * the held-out half), so the dev figure must sit well inside the limit for the unseen one to stay under it.
 */
const DEV_MARGIN = 0.5;
/**
 * The costs that place the bands. Any FAQ answer — straight or "did you mean" — replaces the classifier's check of
 * a pasted message (src/bot/route.ts), so a wrong one costs as much as a right one helps: `threshold` is where
 * answering starts to pay over questions and pasted messages (break-even near P(right) = 0.5). A straight wrong
 * answer costs two unsure ones: `high` is where a straight answer pays at that price (near P(right) = 0.67), and
 * no lower than the out-of-scope limit allows. Between them sits the "did you mean" band.
 */
const UNSURE_WRONG_COST = 1;
const STRAIGHT_WRONG_COST = 2;
/**
 * Pasted messages count this much in the logistic fit (questions 1): the FAQ is there for questions, and the
 * messages' many unknown words otherwise teach the model that a question with a few unknown words is wrong.
 * Measured 2026-11-30 over 0 / 0.25 / 0.5 / 0.75 / 1 (threshold and high refitted each time): dev questions answered
 * right 95.7 / 95.1 / 95.3 / 95.1 / 95.1 %, pasted messages answered on a wrong topic or genuine 31.8 / 23.5 / 23.7 /
 * 23.2 / 23.1 %; "我已经按他说的转了两万块，现在先做什么" (test/faq/right-first.test.ts) stays answered only up to 0.25.
 */
const MESSAGE_WEIGHT = 0.25;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function row(
  index: FaqIndex,
  q: string,
  topics: readonly string[] | null,
  locale?: 'zh' | 'en',
  message = false,
): CalibrationRow {
  const outOfScope = topics === null;
  // The route answerQuestion takes: the rules, with the statistical layer's lean to product (route-model.ts).
  const rule = index.router ? routeQuestion(index.router, q) : undefined;
  const model = rule ? queryTerms(index, q).model : undefined;
  const route = rule
    ? combineRoute(rule, model, index.config, fittedCall(index, rule, modelText(index, q), undefined, undefined, model))
    : 'fraud';
  // Routed to product (with or without the caution line) or small talk: never answered from the FAQ, but counted,
  // as the field figures count it.
  if (route === 'product' || route === 'smalltalk' || route === 'unsure')
    return { best: undefined, correct: false, outOfScope, routed: true, ...(message ? { message } : {}) };
  // Ranked within the language the question is written in, as answerQuestion does.
  const best = searchFaq(index, q, { locale: detectLocale(q, locale ?? 'zh') })[0];
  const correct =
    !!best && !!topics && topics.some((t) => (index.entries[best.entry]!.entry.topics as string[]).includes(t));
  return { best, correct, outOfScope, uncued: route === 'other', ...(message ? { message } : {}) };
}

/**
 * Pasted messages the FAQ would answer in the bot: the messages dev corpus without a number or link (those are
 * checked first). A scam message's answer is right on its own topic; a genuine message is out of scope.
 */
function messageRows(index: FaqIndex, brand: Brand): CalibrationRow[] {
  const messages = loadMessages(MESSAGES_DEV, brand);
  if (!messages) return [];
  const classifier = createClassifier(ROOT, brand);
  return messages
    .filter((m) => !classifier.hasItems(m.text))
    .map((m) => {
      const scam = m.label === 'dangerous' || m.label === 'risky';
      return row(index, m.text, scam ? [m.topic] : null, m.lang, true);
    });
}

/**
 * Calibration rows from the dev data, every question (the denominators of the field figures). Questions routed to
 * product or small talk are never answered from the FAQ; questions with no cue either way (route other) are not
 * answered either, but are kept as if they were: an unseen off-topic question may hold a stray cue, and the dev
 * data's off-topic questions mostly hold none, so they stand in for those.
 */
export function devRows(index: FaqIndex): { rows: CalibrationRow[]; sources: string[] } {
  const dev = devSetSchema.parse(parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')));
  const { A } = splitDevSet(dev);
  const rows: CalibrationRow[] = [];
  for (const x of A.questions) rows.push(row(index, x.q, [x.topic], x.locale));
  for (const x of A.out_of_scope) rows.push(row(index, x.q, null, x.locale));
  const sources = [`test/faq/dev-set.yaml half A (${A.questions.length} + ${A.out_of_scope.length} out of scope)`];
  if (existsSync(FIELD_DEV)) {
    const { questions, problems } = parseFieldQuestions(
      readFileSync(FIELD_DEV, 'utf8'),
      'test/field/questions-dev.tsv',
    );
    if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n'));
    for (const q of questions) {
      rows.push(row(index, fillFieldText(q.text, index.brand), q.route === 'fraud' ? q.topics : null));
    }
    sources.push(`test/field/questions-dev.tsv (${questions.length})`);
  }
  const messages = messageRows(index, index.brand);
  if (messages.length)
    sources.push(`test/field/messages-dev.tsv, pasted messages without a number or link (${messages.length})`);
  return { rows: [...rows, ...messages], sources };
}

export function refit(index: FaqIndex, messageWeight = MESSAGE_WEIGHT, form = true) {
  const { rows, sources } = devRows(index);
  // The ablation without the form signals (form.ts): every row reads as neither a notice nor a question.
  if (!form) for (const r of rows) if (r.best) r.best = { ...r.best, notice: 0, addressed: 0, asks: 0 };
  const questions = rows.filter((r) => !r.message);
  const messages = rows.filter((r) => r.message && !r.routed);
  // The model is fitted on what the FAQ ranks in the bot: the questions and the pasted messages that reach it.
  const calibration = fitCalibration(
    rows.filter((r) => !r.routed),
    { outOfScopeWeight: 2, messageWeight },
  );
  const conf = (r: CalibrationRow) => (r.routed ? 0 : confidenceOf(calibration, r.best));
  const share = (list: CalibrationRow[], t: number) =>
    list.filter((r) => conf(r) >= t).length / Math.max(1, list.length);
  // Limits on questions as the field figures count them: out of scope answered straight (over every non-fraud
  // question, DEV_MARGIN of the limit), unsure answers to out-of-scope questions that reach the ranking.
  const oos = questions.filter((r) => r.outOfScope);
  const oosRanked = oos.filter((r) => !r.routed);
  const low = chooseByCost(rows, calibration, UNSURE_WRONG_COST, (t) => share(oosRanked, t) <= MAX_UNSURE_FALSE);
  const high = chooseByCost(
    rows,
    calibration,
    STRAIGHT_WRONG_COST,
    (t) => t > low.threshold && share(oos, t) <= MAX_CONFIDENT_FALSE * DEV_MARGIN,
  );
  const inScope = questions.filter((r) => !r.outOfScope);
  const right = (list: CalibrationRow[], t: number) =>
    list.filter((r) => r.correct && conf(r) >= t).length / Math.max(1, list.length);
  const band = inScope.filter((r) => conf(r) >= low.threshold && conf(r) < high.threshold);
  const r3 = (x: number) => Number(x.toFixed(3));
  return {
    calibration,
    threshold: low.threshold,
    high: high.threshold,
    fittedOn: sources,
    measured: {
      rows: rows.length,
      routedRows: rows.filter((r) => r.routed).length,
      uncuedRows: rows.filter((r) => r.uncued).length,
      answeredRightHigh: r3(right(inScope, high.threshold)),
      outOfScopeConfident: r3(share(oos, high.threshold)),
      answeredRightAtThreshold: r3(right(inScope, low.threshold)),
      outOfScopeAtThreshold: r3(share(oosRanked, low.threshold)),
      inBand: band.length,
      inBandRight: r3(band.filter((r) => r.correct).length / Math.max(1, band.length)),
      messagesRanked: messages.length,
      messagesAnswered: r3(share(messages, low.threshold)),
      messagesAnsweredWrong: r3(
        messages.filter((r) => !r.correct && conf(r) >= low.threshold).length / Math.max(1, messages.length),
      ),
    },
    points: operatingPoints(questions, calibration),
  };
}

function render(fit: ReturnType<typeof refit>): string {
  const { points: _points, ...data } = fit;
  return `// GENERATED by \`npm run faq:calibrate\` (bench/faq-calibrate.ts) — do not edit by hand; refit after content,
// routing or dev-data changes. Fitted on dev data only (listed in fittedOn); the held-out halves are the gates.
// calibration: logistic weights of the ranking signals (src/faq/search.ts); high: from here an answer is given
// straight (a wrong one costing ${STRAIGHT_WRONG_COST}× a right one, pasted messages weighing ${MESSAGE_WEIGHT} in the fit; out-of-scope answered straight ≤ ${pct(MAX_CONFIDENT_FALSE * DEV_MARGIN)} on the dev
// questions, half the limit); threshold: from here up to high the answer comes as "did you mean" with alternatives
// (where answering pays: a wrong answer costing ${UNSURE_WRONG_COST}× a right one), below it the honest fallback — and, in the
// bot, the classifier's check of a pasted message. Rows: every dev question (product and small-talk ones as never
// answered, ones with no cue either way as if answered) and the pasted dev messages that reach the FAQ (right only
// on the message's own scam topic).
export const FITTED = ${JSON.stringify(data, null, 2)} as const;
`;
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const faq = loadFaq(ROOT);
  const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
  const index = buildFaqIndex(faq.entries, brand, {
    lexicon: faq.lexicon!,
    ...(faq.routes ? { routes: faq.routes } : {}),
  });
  const at = argv.indexOf('--message-weight');
  const fit = refit(index, at >= 0 ? Number(argv[at + 1]) : MESSAGE_WEIGHT, !argv.includes('--no-form'));
  console.log(`fitted on: ${fit.fittedOn.join('; ')} — ${fit.measured.rows} ranked rows`);
  console.log(`calibration: ${JSON.stringify(fit.calibration)}`);
  console.log(`threshold ${fit.threshold}, high ${fit.high}; measured ${JSON.stringify(fit.measured)}`);
  for (const p of fit.points.filter((_, i) => i % 10 === 9))
    console.log(
      `  t=${p.threshold.toFixed(2)} answered right ${pct(p.answeredCorrect)}, out of scope ${pct(p.falseMatch)}`,
    );
  if (argv.includes('--dry-run')) return;
  writeFileSync(GENERATED_FILE, render(fit));
  console.log(`wrote ${GENERATED_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
