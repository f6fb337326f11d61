// `npm run classifier:combine` — fits the verdict combiner (src/classifier/verdict-combiner.ts) on DEV data only and
// writes src/classifier/verdict-combiner.generated.ts. Dev data: every batch's dev half under both brand files, and
// the genuine probe table (test/classifier/genuine-probes.tsv, genuine, always fitted on). Never reads a held-out
// file; genuine-probes-public.tsv and our own FAQ advice are transfer measures, never fitted on.
// Measured ONLY by leave-one-batch-out: each batch's dev half scored by a combiner fitted on the other batches (its
// wording-model score, too, from a wording model fitted without that batch); the thresholds are chosen on those
// out-of-fold predictions: no genuine message dangerous, genuine flagged ≤ 3 %, no scam official, then recall.
//   --dry-run            print the figures, write nothing
//   --cache FILE         the read rows (evidence and out-of-fold wording scores) are kept in FILE and read from it
//                        when it exists (the wording model's eleven fits are the slow part)
//   --exclude-batch N    leave batch N out of everything (a combiner as it was before batch N, for its first score)
//   --score-batch N      with --exclude-batch N: score batch N's dev half once, today's classifier and the combiner
//   --l2 X               the penalty (COMBINER_L2)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClassifier } from '../src/classifier/index.ts';
import type { Verdict } from '../src/classifier/types.ts';
import { COMBINER_L2, type CombinerRow, chooseHard, fitLogistic, type IndicatorCount, namedWeights } from '../src/classifier/combiner-fit.ts';
import {
  compileCombiner,
  type Combiner,
  combinerScores,
  type Evidence,
  evidenceFeatures,
  FEATURES,
  type FittedCombiner,
  type HardIndicator,
  hasIndicator,
  levelOf,
} from '../src/classifier/verdict-combiner.ts';
import { compileWording, probability, type RulesView, type WordingInput, wordingLogit } from '../src/classifier/wording-model.ts';
import { FITTED_WORDING } from '../src/classifier/wording-model.generated.ts';
import { loadBrand } from '../src/content/brand.ts';
import { REASON_SEVERITY } from '../src/classifier/reasons.ts';
import { TOPIC_IDS } from '../src/content/topics.ts';
import { EVIDENCE_CODES } from '../src/classifier/verdict-combiner.ts';
import { loadProbes, PUBLIC_PROBE_FILE } from '../test/classifier/genuine-probes.ts';
import { adviceTexts } from '../test/field/advice-texts.ts';
import { type Label, loadMessages, messageBatch } from '../test/field/messages-corpus.ts';
import { combined, contentRows, crossValidate, type DevRow } from './classifier-fit.ts';
import { fitWording } from '../src/classifier/wording-fit.ts';

const fitRowsOf = (rows: readonly DevRow[]) =>
  rows.filter((r) => r.input).map((r) => ({ input: r.input!, y: isScam(r.label) ? (1 as const) : (0 as const), weight: 1 }));
const ROOT = join(import.meta.dirname, '..');
export const GENERATED_FILE = join(ROOT, 'src/classifier/verdict-combiner.generated.ts');
const DEV = 'test/field/messages-dev.tsv';
const BRAND_FILES = { demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' } as const;
type BrandName = keyof typeof BRAND_FILES;
const isScam = (l: Label) => l === 'risky' || l === 'dangerous';
const flagged = (v: Verdict) => v === 'suspicious' || v === 'dangerous';

/** One read message: its evidence (z filled from the out-of-fold wording model), today's inputs, the label. */
interface Row {
  id: string;
  /** 0: a genuine probe (always fitted on, never scored). */
  batch: number;
  brand: BrandName;
  label: Label;
  evidence: Evidence;
  /** What today's classifier (rules + wording model) needs to be replayed out of fold (classifier-fit.ts combined). */
  dev: DevRow;
  /** The out-of-fold wording probability (undefined without words). */
  p?: number;
}

/** The evidence as it stands when the hook fires (items are changed later in check(): copied here). */
function frozen(e: Evidence): Evidence {
  return {
    ...e,
    counted: e.counted.map((i) => ({ kind: i.kind, verdict: i.verdict, reasons: i.reasons.map((r) => ({ code: r.code })) })),
    hits: e.hits.map((h) => ({ ...h })),
    families: e.families && new Set(e.families),
  };
}

function read(brand: BrandName, texts: readonly { id: string; batch: number; label: Label; text: string; lang?: 'zh' | 'en' }[]) {
  const b = loadBrand(join(ROOT, BRAND_FILES[brand]));
  const classifier = createClassifier(ROOT, b);
  delete classifier.context.wording;
  return texts.map((m): Row => {
    let evidence: Evidence | undefined;
    let input: WordingInput | undefined;
    let rules: RulesView | undefined;
    const r = classifier.check(m.text, {
      ...(m.lang && { locale: m.lang }),
      onEvidence: (e, w) => {
        evidence = frozen(e);
        input = w;
      },
      onWording: (_, v) => (rules = v),
    });
    const dev: DevRow = { id: m.id, batch: m.batch, brand, label: m.label, verdict: r.verdict, ...(input && rules && { input, rules }) };
    return { id: m.id, batch: m.batch, brand, label: m.label, evidence: evidence!, dev };
  });
}

/** Every dev line under both brands and the genuine probes, with out-of-fold wording probabilities. */
function readAll(excludeBatch?: number, scoreBatch?: number): Row[] {
  const rows: Row[] = [];
  for (const brand of Object.keys(BRAND_FILES) as BrandName[]) {
    const b = loadBrand(join(ROOT, BRAND_FILES[brand]));
    const dev = (loadMessages(join(ROOT, DEV), b) ?? [])
      .map((m) => ({ ...m, batch: messageBatch(m.id) as number }))
      .filter((m) => m.batch !== excludeBatch || m.batch === scoreBatch);
    rows.push(...read(brand, dev));
    const probes = loadProbes(b).map((p) => ({ id: `probe:${p.line}`, batch: 0, label: 'benign' as Label, text: p.text }));
    rows.push(...read(brand, probes));
  }
  // The wording model out of fold: each batch scored by a model fitted on the other batches (and the content). A
  // batch held out of everything is scored by the model fitted on all the others, as it would be when it lands.
  const content = contentRows();
  const devRows = rows.filter((r) => r.batch > 0).map((r) => r.dev);
  const fitOn = devRows.filter((r) => r.batch !== excludeBatch);
  const oof = crossValidate(fitOn, content);
  if (scoreBatch !== undefined) {
    const model = compileWording(fitWording([...fitRowsOf(fitOn), ...content]));
    for (const r of devRows) if (r.batch === scoreBatch && r.input) oof.set(r, probability(wordingLogit(model, r.input)));
  }
  const full = compileWording(FITTED_WORDING);
  for (const r of rows) {
    if (r.batch === 0) r.p = r.dev.input && probability(wordingLogit(full, r.dev.input));
    else r.p = oof.get(r.dev);
  }
  return rows;
}

const logit = (p: number | undefined) =>
  p === undefined || p <= 0 ? Number.NEGATIVE_INFINITY : p >= 1 ? 40 : Math.log(p / (1 - p));

function features(r: Row): Float64Array {
  const x = new Float64Array(FEATURES.length);
  evidenceFeatures({ ...r.evidence, wordingZ: logit(r.p) }, x);
  return x;
}

/** Candidate hard indicators: the item codes the rules already call high (a lookalike of the brand's domain, an
 *  overseas number …) and the two requests no genuine sender makes of the reader (a code, money to a "safe"
 *  account); `--hard-topics` tries every topic's high hit too. The figures choose among them (chooseHard). */
const HARD_TOPICS = ['verification-code', 'safe-account'] as const;
let indicators: HardIndicator[] = [
  ...EVIDENCE_CODES.filter((c) => REASON_SEVERITY[c] === 'high').map((c) => `code:${c}` as const),
  ...HARD_TOPICS.map((t) => `topic-high:${t}` as const),
];

function indicatorCounts(rows: readonly Row[]): IndicatorCount[] {
  return indicators.map((indicator) => {
    const holding = rows.filter((r) => hasIndicator(r.evidence, indicator));
    return {
      indicator,
      genuine: holding.filter((r) => !isScam(r.label)).length,
      scams: holding.filter((r) => isScam(r.label)).length,
      dangerous: holding.filter((r) => r.label === 'dangerous').length,
    };
  });
}

let DANGER_SCAMS_ONLY = false;

/** The combiner fitted on these rows (thresholds given by the caller). */
function fitCombiner(rows: readonly Row[], l2: number, xs: Map<Row, Float64Array>): Omit<FittedCombiner, 'thresholds'> {
  const flag = fitLogistic(rows.map((r) => ({ x: xs.get(r)!, y: isScam(r.label) ? 1 : 0, weight: 1 }) satisfies CombinerRow), l2);
  // The danger model reads every row (a genuine message is not dangerous) unless DANGER_SCAMS_ONLY (a trial).
  const dangerRows = DANGER_SCAMS_ONLY ? rows.filter((r) => isScam(r.label)) : rows;
  const danger = fitLogistic(dangerRows.map((r) => ({ x: xs.get(r)!, y: r.label === 'dangerous' ? 1 : 0, weight: 1 })), l2);
  return {
    flag: { bias: flag.bias, weights: namedWeights(flag.w) },
    danger: { bias: danger.bias, weights: namedWeights(danger.w) },
    hard: chooseHard(indicatorCounts(rows)),
  };
}

type Scores = { flag: number; danger: number; hard: boolean };

/** The combiner's verdict on a row as check() gives it: a message without words is the rules' to judge. */
const judged = (r: Row, s: Scores, t: FittedCombiner['thresholds']): Verdict => (r.evidence.text ? levelOf(s, t, r.evidence.rules) : r.dev.verdict);

/** Leave-one-batch-out scores of every dev row. */
function lobo(rows: readonly Row[], l2: number, xs: Map<Row, Float64Array>): Map<Row, Scores> {
  const out = new Map<Row, Scores>();
  const batches = [...new Set(rows.map((r) => r.batch))].filter((b) => b > 0).sort((a, b) => a - b);
  for (const b of batches) {
    const c = compileCombiner({ ...fitCombiner(rows.filter((r) => r.batch !== b), l2, xs), thresholds: { flag: 0.5, danger: 0.5 } });
    for (const r of rows) if (r.batch === b) out.set(r, scoreRow(c, r));
  }
  return out;
}

function scoreRow(c: Combiner, r: Row): Scores {
  return combinerScores(c, { ...r.evidence, wordingZ: logit(r.p) });
}

export interface Figures {
  genuine: number;
  genuineFlagged: number;
  genuineDangerous: number;
  scams: number;
  scamsFlagged: number;
  dangerous: number;
  dangerousDangerous: number;
  scamsOfficial: number;
}

function figures(rows: readonly Row[], v: (r: Row) => Verdict): Figures {
  const f: Figures = { genuine: 0, genuineFlagged: 0, genuineDangerous: 0, scams: 0, scamsFlagged: 0, dangerous: 0, dangerousDangerous: 0, scamsOfficial: 0 };
  for (const r of rows) {
    const x = v(r);
    if (!isScam(r.label)) {
      f.genuine++;
      if (flagged(x)) f.genuineFlagged++;
      if (x === 'dangerous') f.genuineDangerous++;
    } else {
      f.scams++;
      if (flagged(x)) f.scamsFlagged++;
      if (x === 'official') f.scamsOfficial++;
      if (r.label === 'dangerous') {
        f.dangerous++;
        if (x === 'dangerous') f.dangerousDangerous++;
      }
    }
  }
  return f;
}

/** Issue 10's recall targets: where no pair of bars keeps every genuine message below dangerous AND meets them, the
 *  fewest genuine messages dangerous at which they hold (a dangerous level that catches a third of the dangerous
 *  scams is no level). */
const RECALL_TARGETS = { scamsFlagged: 0.93, dangerousDangerous: 0.9 } as const;

/** Thresholds on the out-of-fold scores (0.01 grid), the targets as constraints in this order: genuine flagged ≤ 3 %
 *  always; the fewest genuine messages dangerous (none where the recall targets still hold), then the fewest scams
 *  official (a scam the rules call official stays so below the flag bar); then the most scams flagged, then the most
 *  labelled dangerous judged dangerous. Ties go to the highest bars. */
export function chooseThresholds(rows: readonly Row[], s: ReadonlyMap<Row, Scores>, maxGenuine = 0.03) {
  let best: { t: FittedCombiner['thresholds']; f: Figures; meets: boolean } | undefined;
  const better = (f: Figures, meets: boolean, b: { f: Figures; meets: boolean }) =>
    meets !== b.meets
      ? meets
      : f.genuineDangerous !== b.f.genuineDangerous
        ? f.genuineDangerous < b.f.genuineDangerous
        : f.scamsOfficial !== b.f.scamsOfficial
          ? f.scamsOfficial < b.f.scamsOfficial
          : f.scamsFlagged !== b.f.scamsFlagged
          ? f.scamsFlagged > b.f.scamsFlagged
          : f.dangerousDangerous > b.f.dangerousDangerous;
  for (let i = 99; i >= 1; i--)
    for (let j = 99; j >= 1; j--) {
      const t = { flag: i / 100, danger: j / 100 };
      const f = figures(rows, (r) => judged(r, s.get(r)!, t));
      if (f.genuineFlagged > maxGenuine * f.genuine) continue;
      const meets =
        f.scamsFlagged >= RECALL_TARGETS.scamsFlagged * f.scams && f.dangerousDangerous >= RECALL_TARGETS.dangerousDangerous * f.dangerous;
      if (!best || better(f, meets, best)) best = { t, f, meets };
    }
  return best?.t ?? { flag: 1.01, danger: 1.01 };
}

/** The trade-off on the out-of-fold scores: for each count of genuine messages dangerous allowed, the most scams
 *  flagged with genuine flagged ≤ 3 % (and the bars). */
function frontier(rows: readonly Row[], s: ReadonlyMap<Row, Scores>) {
  const best = new Map<number, { t: FittedCombiner['thresholds']; f: Figures }>();
  for (let i = 99; i >= 1; i--)
    for (let j = 99; j >= 1; j--) {
      const t = { flag: i / 100, danger: j / 100 };
      const f = figures(rows, (r) => judged(r, s.get(r)!, t));
      if (f.genuineFlagged > 0.03 * f.genuine) continue;
      const b = best.get(f.genuineDangerous);
      if (!b || f.scamsFlagged > b.f.scamsFlagged || (f.scamsFlagged === b.f.scamsFlagged && f.dangerousDangerous > b.f.dangerousDangerous))
        best.set(f.genuineDangerous, { t, f });
    }
  for (const [k, b] of [...best].sort((x, y) => x[0] - y[0])) console.log(`  genuine dangerous ${k}: ${JSON.stringify(b.t)} ${line(b.f)}`);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
const line = (f: Figures) =>
  `genuine flagged ${pct(f.genuineFlagged, f.genuine)} (${f.genuineFlagged}/${f.genuine}), dangerous ${f.genuineDangerous}; scams flagged ${pct(f.scamsFlagged, f.scams)} (${f.scamsFlagged}/${f.scams}); dangerous→dangerous ${pct(f.dangerousDangerous, f.dangerous)}; scams official ${f.scamsOfficial}`;

/** Today's classifier replayed out of fold: the rules and the wording model scored without the row's batch. */
const today = (r: Row) => combined(r.dev, r.p, FITTED_WORDING.thresholds);

/** Genuine texts (public probes, our advice) under a brand: flagged today and by the combiner (full models). */
function transfer(fitted: FittedCombiner, brand: BrandName) {
  const b = loadBrand(join(ROOT, BRAND_FILES[brand]));
  const classifier = createClassifier(ROOT, b);
  const c = compileCombiner(fitted);
  const measure = (texts: readonly { text: string; locale?: 'zh' | 'en' }[]) => {
    let before = 0;
    let after = 0;
    for (const t of texts) {
      let e: Evidence | undefined;
      const r = classifier.check(t.text, { ...(t.locale && { locale: t.locale }), onEvidence: (x) => (e = frozen(x)) });
      if (flagged(r.verdict)) before++;
      if (flagged(e!.text ? levelOf(combinerScores(c, e!), c.thresholds, e!.rules) : r.verdict)) after++;
    }
    return { texts: texts.length, before, after };
  };
  return { publicProbes: measure(loadProbes(b, PUBLIC_PROBE_FILE)), advice: measure(adviceTexts(ROOT, b)) };
}

function cached(file: string | undefined, make: () => Row[]): Row[] {
  if (file && existsSync(file)) {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as (Omit<Row, 'evidence'> & { evidence: Evidence & { families?: string[]; wordingZ: number | null } })[];
    return raw.map((r) => ({
      ...r,
      evidence: { ...r.evidence, families: r.evidence.families && new Set(r.evidence.families), wordingZ: Number.NEGATIVE_INFINITY },
    }));
  }
  const rows = make();
  if (file)
    writeFileSync(file, JSON.stringify(rows, (_, v) => (v instanceof Set ? [...v] : v === Number.NEGATIVE_INFINITY ? null : v)));
  return rows;
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const l2 = value('--l2') ? Number(value('--l2')) : COMBINER_L2;
  const exclude = value('--exclude-batch') === undefined ? undefined : Number(value('--exclude-batch'));
  const scoreBatch = value('--score-batch') === undefined ? undefined : Number(value('--score-batch'));
  if (argv.includes('--hard-topics')) indicators = [...new Set([...indicators, ...TOPIC_IDS.map((t) => `topic-high:${t}` as const)])];
  if (argv.includes('--no-hard')) indicators = [];
  DANGER_SCAMS_ONLY = argv.includes('--danger-scams');
  const all = cached(value('--cache'), () => readAll(exclude, scoreBatch));
  const rows = all.filter((r) => r.batch !== exclude);
  const xs = new Map(all.map((r) => [r, features(r)]));
  const s = lobo(rows, l2, xs);
  const dev = rows.filter((r) => r.batch > 0);
  const t = chooseThresholds(dev, s);
  console.log(`leave-one-batch-out, l2 ${l2}: thresholds ${JSON.stringify(t)}`);
  const report: Record<string, { today: Figures; combiner: Figures }> = {};
  const batches = [...new Set(dev.map((r) => r.batch))].sort((a, b) => a - b);
  for (const b of [...batches, 0]) {
    const part = dev.filter((r) => !b || r.batch === b);
    const key = b ? `batch ${b}` : 'pooled';
    report[key] = { today: figures(part, today), combiner: figures(part, (r) => judged(r, s.get(r)!, t)) };
    console.log(`${key.padEnd(9)} today     ${line(report[key].today)}`);
    console.log(`${''.padEnd(9)} combiner  ${line(report[key].combiner)}`);
  }
  if (argv.includes('--frontier')) frontier(dev, s);
  const final: FittedCombiner = { ...fitCombiner(rows, l2, xs), thresholds: t };
  console.log(`hard indicators (no genuine dev or probe row, ≥ 3 scams, ≥ 80 % dangerous): ${final.hard.join(', ') || 'none'}`);
  if (argv.includes('--indicators'))
    for (const c of indicatorCounts(rows).filter((c) => c.scams + c.genuine > 0))
      console.log(`  ${c.indicator}: genuine ${c.genuine}, scams ${c.scams} (dangerous ${c.dangerous})`);
  if (exclude !== undefined && scoreBatch === exclude) {
    const unseen = all.filter((r) => r.batch === exclude);
    const c = compileCombiner(final);
    console.log(`UNSEEN batch ${exclude} (combiner fitted without it) today    ${line(figures(unseen, today))}`);
    console.log(`UNSEEN batch ${exclude} (combiner fitted without it) combiner ${line(figures(unseen, (r) => judged(r, scoreRow(c, r), t)))}`);
  }
  if (argv.includes('--lines'))
    for (const r of dev) {
      const a = today(r);
      const v = judged(r, s.get(r)!, t);
      if (a !== v && r.brand === 'demo') console.log(`  ${r.id} ${r.label} ${a} → ${v} (flag ${s.get(r)!.flag.toFixed(2)} danger ${s.get(r)!.danger.toFixed(2)})`);
    }
  if (argv.includes('--genuine'))
    for (const r of dev)
      if (!isScam(r.label) && r.brand === 'demo' && (s.get(r)!.flag >= 0.2 || s.get(r)!.hard))
        console.log(`  ${r.id} b${r.batch} ${r.label} rules ${r.evidence.rules} today ${today(r)} flag ${s.get(r)!.flag.toFixed(2)} danger ${s.get(r)!.danger.toFixed(2)}${s.get(r)!.hard ? ' HARD' : ''} hits ${r.evidence.hits.map((h) => `${h.topic}:${h.severity}`).join(',')}`);
  if (argv.includes('--transfer'))
    for (const brand of Object.keys(BRAND_FILES) as BrandName[]) console.log(`transfer × ${brand}: ${JSON.stringify(transfer(final, brand))}`);
  if (argv.includes('--dry-run')) return;
  writeFileSync(GENERATED_FILE, render(final, report, l2));
  console.log(`wrote ${GENERATED_FILE}`);
}

function render(f: FittedCombiner, report: Record<string, { today: Figures; combiner: Figures }>, l2: number): string {
  return `// GENERATED by \`npm run classifier:combine\` (bench/verdict-combiner-fit.ts) — do not edit by hand; refit after changes
// to the classifier's rules, content, wording model or the dev half. Fitted on dev data and genuine-probes.tsv only.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants typed by hand
import type { FittedCombiner } from './verdict-combiner.ts';

/** Leave-one-batch-out figures (each batch's dev half scored by a combiner fitted without it), both brands. */
export const LEAVE_ONE_BATCH_OUT = ${JSON.stringify(report, null, 2)};

/** Fitted with l2 ${l2}. */
export const FITTED_COMBINER: FittedCombiner = ${JSON.stringify(f, null, 2)};
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
