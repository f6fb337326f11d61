// `npm run classifier:combine` — fits the verdict combiner's danger gate (src/classifier/verdict-combiner.ts) on DEV
// data only and writes src/classifier/verdict-combiner.generated.ts. Dev data: every batch's dev half under both
// brand files, and the genuine probe table (test/classifier/genuine-probes.tsv, genuine, always fitted on). Never
// reads a held-out file; genuine-probes-public.tsv and our own FAQ advice are transfer measures, never fitted on.
// Measured ONLY by NESTED leave-one-batch-out: each batch's dev half is scored by a gate fitted on the other batches
// (its wording-model score, too, from a wording model fitted without that batch), with the gate's bar chosen by a
// leave-one-batch-out inside those other batches — no figure of a batch ever chose anything that scores it. The bar:
// the highest at which the inner out-of-fold predictions lower no message labelled dangerous that today's classifier
// judges dangerous (`--dd-loss K`: up to K of them), so the gate trades nothing it has seen.
//   --dry-run            print the figures, write nothing
//   --cache FILE         the read rows (evidence and out-of-fold wording scores) are kept in FILE and read from it
//                        when it exists (the wording model's fits are the slow part)
//   --exclude-batch N    leave batch N out of everything (a gate as it was before batch N, for its first score)
//   --score-batch N      with --exclude-batch N: score batch N's dev half once, today's classifier and the gate
//   --l2 X               the penalty (COMBINER_L2); --l2-grid: nested figures for each of 0.3, 1, 3, 10, 30
//   --rows dangerous|flagged   fit on the messages today judges dangerous (default) or on every flagged one
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClassifier } from '../src/classifier/index.ts';
import type { Verdict } from '../src/classifier/types.ts';
import { COMBINER_L2, type CombinerRow, chooseHard, fitLogistic, type IndicatorCount, namedWeights } from '../src/classifier/combiner-fit.ts';
import {
  compileCombiner,
  type Combiner,
  dangerScore,
  type Evidence,
  evidenceFeatures,
  FEATURES,
  type FittedCombiner,
  gateLowers,
  gateMayRead,
  type HardIndicator,
  hasIndicator,
} from '../src/classifier/verdict-combiner.ts';
import { compileWording, probability, type RulesView, type WordingInput, wordingLogit } from '../src/classifier/wording-model.ts';
import { FITTED_WORDING } from '../src/classifier/wording-model.generated.ts';
import { loadBrand } from '../src/content/brand.ts';
import { TOPIC_IDS } from '../src/content/topics.ts';
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

const evidenceOf = (r: Row): Evidence => ({ ...r.evidence, wordingZ: logit(r.p) });

function features(r: Row): Float64Array {
  const x = new Float64Array(FEATURES.length);
  evidenceFeatures(evidenceOf(r), x);
  return x;
}

/** Candidate hard indicators beyond the high item codes (always kept): a high request for a code or for money to a
 *  "safe" account; `--hard-topics` tries every topic's high hit. The figures choose among them (chooseHard). */
const HARD_TOPICS = ['verification-code', 'safe-account'] as const;
let indicators: HardIndicator[] = HARD_TOPICS.map((t) => `topic-high:${t}` as const);

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

/** Today's classifier replayed out of fold: the rules and the wording model scored without the row's batch. */
const today = (r: Row) => combined(r.dev, r.p, FITTED_WORDING.thresholds);

let FIT_ROWS: 'dangerous' | 'flagged' = 'dangerous';
let GENUINE_WEIGHT = 1;
let DD_LOSS = 0;

/** The rows a gate is fitted on and applies to: judged dangerous (or flagged) today, with words, readable by it. */
function gateRows(rows: readonly Row[], hard: readonly HardIndicator[]): Row[] {
  const probe = compileCombiner({ danger: { bias: 0, weights: {} }, bar: 0, hard });
  return rows.filter((r) => {
    const v = today(r);
    return (FIT_ROWS === 'dangerous' ? v === 'dangerous' : flagged(v)) && gateMayRead(probe, evidenceOf(r));
  });
}

/** The gate's model fitted on these rows (bar given by the caller). */
function fitGate(rows: readonly Row[], l2: number, xs: Map<Row, Float64Array>): Omit<FittedCombiner, 'bar'> {
  const hard = chooseHard(indicatorCounts(rows));
  const fit = gateRows(rows, hard).map(
    (r) => ({ x: xs.get(r)!, y: r.label === 'dangerous' ? 1 : 0, weight: isScam(r.label) ? 1 : GENUINE_WEIGHT }) satisfies CombinerRow,
  );
  const m = fitLogistic(fit, l2);
  return { danger: { bias: m.bias, weights: namedWeights(m.w) }, hard };
}

/** Leave-one-batch-out probabilities (undefined: the gate does not read the row) of every dev row of `rows`. */
function lobo(rows: readonly Row[], l2: number, xs: Map<Row, Float64Array>): Map<Row, number | undefined> {
  const out = new Map<Row, number | undefined>();
  const batches = [...new Set(rows.map((r) => r.batch))].filter((b) => b > 0).sort((a, b) => a - b);
  for (const b of batches) {
    const c = compileCombiner({ ...fitGate(rows.filter((r) => r.batch !== b), l2, xs), bar: 0 });
    for (const r of rows) if (r.batch === b) out.set(r, score(c, r));
  }
  return out;
}

/** The gate's probability of a row, undefined where it may not lower it (not dangerous today, hard, a bad item). */
function score(c: Combiner, r: Row): number | undefined {
  if (today(r) !== 'dangerous') return undefined;
  const e = evidenceOf(r);
  return gateMayRead(c, e) ? dangerScore(c, e) : undefined;
}

/** The verdict with the gate at this bar. */
const gated = (r: Row, p: number | undefined, bar: number): Verdict => (p !== undefined && p < bar ? 'suspicious' : today(r));

/** The highest bar (0.01 grid) at which the predictions lower at most DD_LOSS rows labelled dangerous. */
export function chooseBar(rows: readonly Row[], s: ReadonlyMap<Row, number | undefined>): number {
  const scores = rows.filter((r) => r.batch > 0 && r.label === 'dangerous').map((r) => s.get(r)).filter((p) => p !== undefined).sort((a, b) => a - b);
  for (let i = 99; i >= 0; i--) {
    const bar = i / 100;
    if (scores.filter((p) => p < bar).length <= DD_LOSS) return bar;
  }
  return 0;
}

/** Nested leave-one-batch-out: each batch scored by a gate fitted without it, at a bar chosen without it. */
function nested(rows: readonly Row[], l2: number, xs: Map<Row, Float64Array>) {
  const verdicts = new Map<Row, Verdict>();
  const bars: Record<number, number> = {};
  const batches = [...new Set(rows.map((r) => r.batch))].filter((b) => b > 0).sort((a, b) => a - b);
  for (const b of batches) {
    const train = rows.filter((r) => r.batch !== b);
    const bar = chooseBar(train, lobo(train, l2, xs));
    bars[b] = bar;
    const c = compileCombiner({ ...fitGate(train, l2, xs), bar });
    for (const r of rows) if (r.batch === b) verdicts.set(r, gated(r, score(c, r), bar));
  }
  return { verdicts, bars };
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

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
const line = (f: Figures) =>
  `genuine flagged ${pct(f.genuineFlagged, f.genuine)} (${f.genuineFlagged}/${f.genuine}), dangerous ${f.genuineDangerous}; scams flagged ${pct(f.scamsFlagged, f.scams)} (${f.scamsFlagged}/${f.scams}); dangerous→dangerous ${pct(f.dangerousDangerous, f.dangerous)} (${f.dangerousDangerous}/${f.dangerous}); scams official ${f.scamsOfficial}`;

/** Genuine texts (public probes, our advice) under a brand: dangerous today and with the gate (full model). */
function transfer(fitted: FittedCombiner, brand: BrandName) {
  const b = loadBrand(join(ROOT, BRAND_FILES[brand]));
  const classifier = createClassifier(ROOT, b);
  const c = compileCombiner(fitted);
  const measure = (texts: readonly { text: string; locale?: 'zh' | 'en' }[]) => {
    let flaggedToday = 0;
    let before = 0;
    let after = 0;
    for (const t of texts) {
      let e: Evidence | undefined;
      const r = classifier.check(t.text, { ...(t.locale && { locale: t.locale }), onEvidence: (x) => (e = frozen(x)) });
      if (flagged(r.verdict)) flaggedToday++;
      if (r.verdict !== 'dangerous') continue;
      before++;
      if (!gateLowers(c, e!)) after++;
    }
    return { texts: texts.length, flagged: flaggedToday, dangerousToday: before, dangerousGated: after };
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

type Report = Record<string, { today: Figures; gate: Figures }>;

function report(dev: readonly Row[], verdicts: ReadonlyMap<Row, Verdict>, print = true): Report {
  const out: Report = {};
  const batches = [...new Set(dev.map((r) => r.batch))].sort((a, b) => a - b);
  for (const b of [...batches, 0]) {
    const part = dev.filter((r) => !b || r.batch === b);
    const key = b ? `batch ${b}` : 'pooled';
    out[key] = { today: figures(part, today), gate: figures(part, (r) => verdicts.get(r)!) };
    if (!print) continue;
    console.log(`${key.padEnd(9)} today  ${line(out[key].today)}`);
    console.log(`${''.padEnd(9)} gate   ${line(out[key].gate)}`);
  }
  return out;
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const l2 = value('--l2') ? Number(value('--l2')) : COMBINER_L2;
  const exclude = value('--exclude-batch') === undefined ? undefined : Number(value('--exclude-batch'));
  const scoreBatch = value('--score-batch') === undefined ? undefined : Number(value('--score-batch'));
  if (argv.includes('--hard-topics')) indicators = [...new Set([...indicators, ...TOPIC_IDS.map((t) => `topic-high:${t}` as const)])];
  if (argv.includes('--no-hard')) indicators = [];
  if (value('--rows')) FIT_ROWS = value('--rows') as typeof FIT_ROWS;
  if (value('--genuine-weight')) GENUINE_WEIGHT = Number(value('--genuine-weight'));
  if (value('--dd-loss')) DD_LOSS = Number(value('--dd-loss'));
  const all = cached(value('--cache'), () => readAll(exclude, scoreBatch));
  const rows = all.filter((r) => r.batch !== exclude);
  const xs = new Map(all.map((r) => [r, features(r)]));
  const dev = rows.filter((r) => r.batch > 0);
  if (argv.includes('--l2-grid')) {
    for (const k of [0.3, 1, 3, 10, 30]) {
      const n = nested(rows, k, xs);
      const pooled = report(dev, n.verdicts, false).pooled!;
      console.log(`l2 ${k}: nested gate ${line(pooled.gate)}; bars ${JSON.stringify(n.bars)}`);
    }
    return;
  }
  if (argv.includes('--diagnose')) {
    // Where the genuine rows judged dangerous today stand among the dangerous scams (out-of-fold scores); ids of the
    // READ batches only (the unread group's lines stay unread).
    const s = lobo(rows, l2, xs);
    const READ = new Set([1, 3, 5, 7, 9, 11, 12]);
    const ds = dev.filter((r) => r.label === 'dangerous' && s.get(r) !== undefined).map((r) => s.get(r)!).sort((a, b) => a - b);
    const gd = dev.filter((r) => !isScam(r.label) && today(r) === 'dangerous');
    console.log(`genuine judged dangerous today: ${gd.length}; readable by the gate: ${gd.filter((r) => s.get(r) !== undefined).length}; dangerous scams readable: ${ds.length} of ${dev.filter((r) => r.label === 'dangerous' && today(r) === 'dangerous').length}`);
    for (const r of gd) {
      const p = s.get(r);
      const below = p === undefined ? '-' : ds.filter((q) => q < p).length;
      console.log(`  ${READ.has(r.batch) ? r.id : '(unread)'} b${r.batch} ${r.brand} p ${p?.toFixed(3) ?? 'not readable'} (dangerous scams below it: ${below}) rules ${r.evidence.rules} without ${r.evidence.withoutLanguage} hits ${r.evidence.hits.map((h) => `${h.topic}:${h.severity}`).join(',')} codes ${r.evidence.counted.flatMap((i) => i.reasons.map((x) => x.code)).join(',')}`);
    }
    return;
  }
  const n = nested(rows, l2, xs);
  console.log(`nested leave-one-batch-out, l2 ${l2}, fitted on the rows judged ${FIT_ROWS} today; bars per held batch ${JSON.stringify(n.bars)}`);
  const figuresByBatch = report(dev, n.verdicts);
  const bar = chooseBar(rows, lobo(rows, l2, xs));
  const final: FittedCombiner = { ...fitGate(rows, l2, xs), bar };
  console.log(`final bar ${bar}; hard (beside every high item code): ${final.hard.join(', ') || 'none'}`);
  if (argv.includes('--indicators'))
    for (const c of indicatorCounts(rows).filter((c) => c.scams + c.genuine > 0))
      console.log(`  ${c.indicator}: genuine ${c.genuine}, scams ${c.scams} (dangerous ${c.dangerous})`);
  if (exclude !== undefined && scoreBatch === exclude) {
    const unseen = all.filter((r) => r.batch === exclude);
    const c = compileCombiner(final);
    console.log(`UNSEEN batch ${exclude} (gate fitted without it) today ${line(figures(unseen, today))}`);
    console.log(`UNSEEN batch ${exclude} (gate fitted without it) gate  ${line(figures(unseen, (r) => gated(r, score(c, r), bar)))}`);
  }
  if (argv.includes('--transfer'))
    for (const brand of Object.keys(BRAND_FILES) as BrandName[]) console.log(`transfer × ${brand}: ${JSON.stringify(transfer(final, brand))}`);
  if (argv.includes('--dry-run')) return;
  writeFileSync(GENERATED_FILE, render(final, figuresByBatch, l2));
  console.log(`wrote ${GENERATED_FILE}`);
}

function render(f: FittedCombiner, figures: Report, l2: number): string {
  return `// GENERATED by \`npm run classifier:combine\` (bench/verdict-combiner-fit.ts) — do not edit by hand; refit after changes
// to the classifier's rules, content, wording model or the dev half. Fitted on dev data and genuine-probes.tsv only.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants typed by hand
import type { FittedCombiner } from './verdict-combiner.ts';

/** Nested leave-one-batch-out figures (each batch's dev half scored by a gate fitted, and its bar chosen, without
 *  it), both brands: today's classifier and today's with the gate. */
export const LEAVE_ONE_BATCH_OUT = ${JSON.stringify(figures, null, 2)};

/** Fitted with l2 ${l2}. */
export const FITTED_COMBINER: FittedCombiner = ${JSON.stringify(f, null, 2)};
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
