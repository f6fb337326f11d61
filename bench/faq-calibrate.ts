// `npm run faq:calibrate` — refits the FAQ's confidence model and its two thresholds on DEV data only and writes
// src/faq/calibration.generated.ts (hand-set knobs stay in src/faq/config.ts).
// Dev data: half A of test/faq/dev-set.yaml (splitDevSet) and test/field/questions-dev.tsv when present, with the
// brand placeholders filled from content/brand.yaml. Never reads a held-out file (*held*) nor half B: those are
// the gates (test/faq/eval.test.ts, test/faq/field.test.ts).
//   --dry-run   print the fit and what it gives, write nothing
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { loadBrand } from '../src/content/brand.ts';
import { detectLocale } from '../src/content/lang.ts';
import {
  type CalibrationRow,
  chooseThreshold,
  chooseUncuedFloor,
  confidenceOf,
  fitCalibration,
  operatingPoints,
} from '../src/faq/calibrate.ts';
import { devSetSchema, splitDevSet } from '../src/faq/evaluate.ts';
import { fillFieldText, parseFieldQuestions } from '../src/faq/field.ts';
import { buildFaqIndex, type FaqIndex, loadFaq, routeQuestion, searchFaq } from '../src/faq/index.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const GENERATED_FILE = join(ROOT, 'src/faq/calibration.generated.ts');
const FIELD_DEV = join(ROOT, 'test/field/questions-dev.tsv');
/** Out-of-scope questions answered straight (high band): the limit. */
const MAX_CONFIDENT_FALSE = 0.05;
/** The "did you mean" band starts where out-of-scope questions get an unsure answer at most this often. */
const MAX_UNSURE_FALSE = 0.15;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function row(index: FaqIndex, q: string, topics: readonly string[] | null, locale?: 'zh' | 'en'): CalibrationRow {
  // Ranked within the language the question is written in, as answerQuestion does.
  const best = searchFaq(index, q, { locale: detectLocale(q, locale ?? 'zh') })[0];
  const correct =
    !!best && !!topics && topics.some((t) => (index.entries[best.entry]!.entry.topics as string[]).includes(t));
  const uncued = !!index.router && routeQuestion(index.router, q).route === 'other';
  return { best, correct, outOfScope: topics === null, uncued };
}

/** Calibration rows from the dev data: only what reaches the ranking (routed questions never do). */
export function devRows(index: FaqIndex): { rows: CalibrationRow[]; sources: string[] } {
  const dev = devSetSchema.parse(parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')));
  const { A } = splitDevSet(dev);
  const rows: CalibrationRow[] = [];
  const ranked = (q: string) => {
    const route = index.router ? routeQuestion(index.router, q).route : 'fraud';
    return route === 'fraud' || route === 'other';
  };
  for (const x of A.questions) if (ranked(x.q)) rows.push(row(index, x.q, [x.topic], x.locale));
  for (const x of A.out_of_scope) if (ranked(x.q)) rows.push(row(index, x.q, null, x.locale));
  const sources = [`test/faq/dev-set.yaml half A (${A.questions.length} + ${A.out_of_scope.length} out of scope)`];
  if (existsSync(FIELD_DEV)) {
    const { questions, problems } = parseFieldQuestions(
      readFileSync(FIELD_DEV, 'utf8'),
      'test/field/questions-dev.tsv',
    );
    if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n'));
    for (const q of questions) {
      const asked = fillFieldText(q.text, index.brand);
      if (!ranked(asked)) continue;
      rows.push(row(index, asked, q.route === 'fraud' ? q.topics : null));
    }
    sources.push(`test/field/questions-dev.tsv (${questions.length})`);
  }
  return { rows, sources };
}

export function refit(index: FaqIndex) {
  const { rows, sources } = devRows(index);
  const calibration = fitCalibration(rows, { outOfScopeWeight: 2 });
  // The bands are chosen on every ranked row, the uncued ones too: the dev set's out-of-scope questions mostly
  // hold no fraud cue, and choosing on cued rows alone would leave almost none to set the limits by (an unseen
  // off-topic question that happens to hold a cue must still not be answered straight).
  const cued = rows.filter((r) => !r.uncued);
  const high = chooseThreshold(rows, calibration, MAX_CONFIDENT_FALSE);
  const low = chooseThreshold(rows, calibration, MAX_UNSURE_FALSE);
  // The band exists only below `high`; a fit where both limits land together gets no band rather than a fake one.
  const threshold = Math.min(low.threshold, high.threshold);
  const uncuedFloor = chooseUncuedFloor(rows, calibration, threshold);
  const inScope = rows.filter((r) => !r.outOfScope);
  const band = inScope.filter((r) => {
    const c = confidenceOf(calibration, r.best);
    return c >= threshold && c < high.threshold;
  });
  return {
    calibration,
    threshold,
    high: high.threshold,
    uncuedFloor,
    fittedOn: sources,
    measured: {
      rows: rows.length,
      uncuedRows: rows.length - cued.length,
      answeredRightHigh: Number(high.answeredCorrect.toFixed(3)),
      outOfScopeConfident: Number(high.falseMatch.toFixed(3)),
      answeredRightAtThreshold: Number(low.answeredCorrect.toFixed(3)),
      outOfScopeAtThreshold: Number(low.falseMatch.toFixed(3)),
      inBand: band.length,
      inBandRight: Number((band.filter((r) => r.correct).length / Math.max(1, band.length)).toFixed(3)),
    },
    points: operatingPoints(rows, calibration),
  };
}

function render(fit: ReturnType<typeof refit>): string {
  const { points: _points, ...data } = fit;
  return `// GENERATED by \`npm run faq:calibrate\` (bench/faq-calibrate.ts) — do not edit by hand; refit after content,
// routing or dev-data changes. Fitted on dev data only (listed in fittedOn); the held-out halves are the gates.
// calibration: logistic weights of the ranking signals (src/faq/search.ts); high: from here an answer is given
// straight (out-of-scope answered straight ≤ ${pct(MAX_CONFIDENT_FALSE)} on the dev rows); threshold: from here up to
// high the answer comes as "did you mean" with alternatives; below it the honest fallback. uncuedFloor: a question
// with no fraud cue and no product cue is offered its closest entry ("did you mean") only from here (no uncued
// out-of-scope dev row reaches it); below, the fallback.
export const FITTED = ${JSON.stringify(data, null, 2)} as const;
`;
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const faq = loadFaq(ROOT);
  const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
  const index = buildFaqIndex(faq.entries, brand, { ...(faq.routes ? { routes: faq.routes } : {}) });
  const fit = refit(index);
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
