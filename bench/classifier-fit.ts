// `npm run classifier:fit` — fits the classifier's wording model (src/classifier/wording-model.ts) on DEV data only
// and writes src/classifier/wording-model.generated.ts. Dev data: test/field/messages-dev.tsv, every batch, with the
// placeholders of both brand files (content/brand.yaml, test/field/brand-b.yaml), and the classifier's own content
// examples (content/scam-requests.yaml: scam requests and openers; content/quiz.yaml: genuine and scam items;
// content/routes.yaml: small talk and questions about one's own loan; content/wording-examples.yaml: everyday
// genuine chats). Never
// reads a held-out file (test/field/*held*): that is the gate.
// The honest figure is cross-validated BY BATCH: fit on the other batches, score the batch left out (wording its
// writer chose without the model having seen it); thresholds are chosen on those out-of-fold predictions.
//   --dry-run   print the fit and the figures, write nothing
//   --oof FILE  also write the out-of-fold predictions (one JSON line per dev row: id, brand, batch, label, the rules'
//               verdict, soft, withoutLanguage, p) for a look at a threshold's trade-off without refitting
//   --exclude-batch N   leave batch N out of everything (fit, cross-validation, thresholds): a model and thresholds
//               chosen before batch N existed, for its honest first score
//   --out FILE  write the fitted model there instead (to compare candidates fitted side by side)
//   --guard-weight W    the weight of the guarded table cases as genuine rows (bench/fit-guard.ts; GUARD_WEIGHT)
//   --advice-train  half of our FAQ advice fitted on as genuine rows, the other half the suspicious bar's floor
//               (adviceHalf; without it all of it floors the bar, never fitted on)
//   --cache FILE  keep the fits (both models, and every row's out-of-fold probabilities) in FILE, and when it exists
//               reuse them: the bars and the figures re-chosen in seconds after a change to how the model speaks.
//               Only for the same data, options and guard (a change to the rules, content or corpus: delete it)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { createClassifier } from '../src/classifier/index.ts';
import { requestFileSchema } from '../src/classifier/requests.ts';
import type { Verdict } from '../src/classifier/types.ts';
import { FIT_DEFAULTS, type FitOptions, type FitRow, fitWording } from '../src/classifier/wording-fit.ts';
import {
  compileWording,
  type FittedWording,
  probability,
  type RulesView,
  type WordingInput,
  wordingDemotes,
  wordingLogit,
  wordingOutcome,
} from '../src/classifier/wording-model.ts';
import { loadBrand } from '../src/content/brand.ts';
import { ContentError, loadYamlFile } from '../src/content/yaml-source.ts';
import { loadQuiz, quizItems } from '../src/quiz/load.ts';
import { loadFaq } from '../src/faq/index.ts';
import { type AdviceText, adviceTexts } from '../test/field/advice-texts.ts';
import { guardBroken, guardDangerFloor, guardFitRows, guardFloor, guardRows } from './fit-guard.ts';
import { BATCHES, type Label, loadMessages, messageBatch, READ_BATCHES } from '../test/field/messages-corpus.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const GENERATED_FILE = join(ROOT, 'src/classifier/wording-model.generated.ts');
const DEV = 'test/field/messages-dev.tsv';
const BRAND_FILES = { demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' } as const;
/**
 * Content examples count this much against a field message (`--content-weight W` to try others). They are short
 * clauses, not whole messages: cross-validated by batch, batch 3's scams flagged were 87.3 % without them, 84.5 %
 * at weight 0.2, 81.7 % at 0.5 (genuine flagged the same), so they are read but not weighed by default.
 */
export const CONTENT_WEIGHT = 1;
/** The guarded table cases (bench/fit-guard.ts) count this much each as genuine rows (`--guard-weight W`). Out of
 *  fold on eighteen dev halves (session 13, both brands): weight 0 (the floor alone, binding at 0.87) read scams
 *  flagged 1438, unread 1576; weight 1: 1450 / 1586 but read genuine flagged 10 → 12; weight 3: 1448 / 1579, genuine
 *  10 / 48 as without the guard. */
export const GUARD_WEIGHT = 3;
/**
 * Genuine messages the model may add to the flagged ones, as a share of the genuine dev messages, on the
 * cross-validated predictions. The target is 3 % for all layers together, and the rules alone already flag
 * genuine messages they were not tuned on (2.6 % on dev batch 3, 4–8 % on the held-out batches): the model gets a
 * small part of the budget.
 */
export const MAX_ADDED_GENUINE = 0.005;
/**
 * Genuine lines the model may add to the flagged ones in any one batch (under each brand), in lines. Until session 18
 * the rule was a share: no batch pushed past issue 10's 3 % target by the model. On a batch of 57–60 genuine dev lines
 * that the rules already flag once, one line raised is 3.3 %, and a 3 % share of 60 lines has a binomial standard
 * error of 2.2 points: the rule measured the batch's size, not the model, and lifted the suspicious bar for all lines
 * (twenty-two halves out of fold: 0.84 → 0.88, 45 scams raised fewer for two genuine lines of batches 22 and 23). The
 * cap keeps what the share was for (the model's false flags not piled into one writer's batch); the pooled budget
 * (MAX_ADDED_GENUINE) and `groupsHeld` (each group net of the model's clearings) bound the total.
 */
export const MAX_ADDED_PER_BATCH = 1;

export interface DevRow {
  id: string;
  batch: number;
  brand: keyof typeof BRAND_FILES;
  label: Label;
  /** What the model reads; absent when the message has no words (a bare number or link). */
  input?: WordingInput;
  rules?: RulesView;
  /** The rules' verdict (the model off). */
  verdict: Verdict;
}

const isScam = (l: Label) => l === 'risky' || l === 'dangerous';

/** Every dev line under both brands, read by the classifier with the model off. */
export function devRows(): DevRow[] {
  const rows: DevRow[] = [];
  for (const [brandName, file] of Object.entries(BRAND_FILES) as [keyof typeof BRAND_FILES, string][]) {
    const brand = loadBrand(join(ROOT, file));
    const classifier = createClassifier(ROOT, brand);
    delete classifier.context.wording;
    for (const m of loadMessages(join(ROOT, DEV), brand) ?? []) {
      let seen: { input: WordingInput; rules: RulesView } | undefined;
      const r = classifier.check(m.text, { locale: m.lang, onWording: (input, rules) => (seen = { input, rules }) });
      rows.push({
        id: m.id,
        batch: messageBatch(m.id),
        brand: brandName,
        label: m.label,
        verdict: r.verdict,
        ...(seen && { input: seen.input, rules: seen.rules }),
      });
    }
  }
  return rows;
}

/** The classifier's own content examples as fit rows (scam requests and openers; quiz items by their truth). */
export function contentRows(weight = CONTENT_WEIGHT): FitRow[] {
  const brand = loadBrand(join(ROOT, BRAND_FILES.demo));
  const classifier = createClassifier(ROOT, brand);
  delete classifier.context.wording;
  const out: FitRow[] = [];
  const add = (text: string, y: 0 | 1) => {
    classifier.check(text, { onWording: (input) => weight > 0 && out.push({ input, y, weight }) });
  };
  const requests = requestFileSchema.parse(parse(readFileSync(join(ROOT, 'content/scam-requests.yaml'), 'utf8')));
  for (const entry of Object.values(requests.topics))
    for (const t of [...entry!.requests, ...(entry!.openers ?? [])]) add(t, 1);
  // Genuine words from the FAQ's routing content: small talk and users' questions about their own loan.
  const routes = parse(readFileSync(join(ROOT, 'content/routes.yaml'), 'utf8')) as RoutesFile;
  for (const locale of ['zh', 'en'] as const)
    for (const t of [...routes.smalltalk.phrases[locale], ...routes.product.examples[locale]]) add(String(t), 0);
  const everyday = loadYamlFile(join(ROOT, WORDING_EXAMPLES), wordingExamplesSchema);
  if (!everyday.value) throw new ContentError(everyday.problems);
  for (const t of [...everyday.value.genuine.zh, ...everyday.value.genuine.en]) add(t, 0);
  const quiz = loadQuiz(ROOT, brand);
  for (const phase of ['pre', 'post'] as const)
    for (const locale of ['zh', 'en'] as const)
      for (const item of quizItems(quiz, phase, locale)) add(item.text, item.truth === 'scam' ? 1 : 0);
  return out;
}

const WORDING_EXAMPLES = 'content/wording-examples.yaml';
const wordingExamplesSchema = z.strictObject({
  genuine: z.strictObject({ zh: z.array(z.string().min(2)), en: z.array(z.string().min(2)) }),
});

interface RoutesFile {
  smalltalk: { phrases: Record<'zh' | 'en', unknown[]> };
  product: { examples: Record<'zh' | 'en', string[]> };
}

const fitRowsOf = (rows: readonly DevRow[]): FitRow[] =>
  rows.filter((r) => r.input).map((r) => ({ input: r.input!, y: isScam(r.label) ? 1 : 0, weight: 1 }));

/** Out-of-fold probabilities: each batch scored by a model fitted on the other batches (and the content). */
export function crossValidate(rows: readonly DevRow[], content: readonly FitRow[], o: Partial<FitOptions> = {}) {
  const p = new Map<DevRow, number>();
  for (const b of [...new Set(rows.map((r) => r.batch))]) {
    const model = compileWording(fitWording([...fitRowsOf(rows.filter((r) => r.batch !== b)), ...content], o));
    for (const r of rows) if (r.batch === b && r.input) p.set(r, probability(wordingLogit(model, r.input)));
  }
  return p;
}

/** The verdict with the model's say at the given thresholds (check.ts: clearing first, then raising); `q`, the
 *  severity model's probability (the two-model raise, `thresholds.severe`). */
export function combined(r: DevRow, p: number | undefined, t: FittedWording['thresholds'], q?: number): Verdict {
  if (p === undefined || !r.rules) return r.verdict;
  if (wordingDemotes(p, t, r.rules)) return r.rules.withoutLanguage;
  const o = wordingOutcome(p, t, r.rules, q === undefined ? undefined : () => q);
  return o === 'none' ? r.verdict : o === 'severe' ? 'dangerous' : o;
}

/** The severity model's rows: the scams among the given dev rows, 1 for dangerous, 0 for risky. */
const severityRowsOf = (rows: readonly DevRow[]): FitRow[] =>
  rows.filter((r) => r.input && isScam(r.label)).map((r) => ({ input: r.input!, y: r.label === 'dangerous' ? 1 : 0, weight: 1 }));

/** Out-of-fold severity probabilities for every dev row with words (genuine ones too: the raise is asked of any
 *  message the rules call suspicious), each batch scored by a severity model fitted on the other batches' scams. */
export function crossValidateSeverity(rows: readonly DevRow[], o: Partial<FitOptions> = {}) {
  const q = new Map<DevRow, number>();
  for (const b of [...new Set(rows.map((r) => r.batch))]) {
    const model = compileWording(fitWording(severityRowsOf(rows.filter((r) => r.batch !== b)), o));
    for (const r of rows) if (r.batch === b && r.input) q.set(r, probability(wordingLogit(model, r.input)));
  }
  return q;
}

/**
 * The two-model raise's bars (0.05 grid), on out-of-fold predictions of both models: of the pairs at which no genuine
 * dev message becomes dangerous (nor, by `safe`, any of our advice texts with the final models), the one that gains
 * most dangerous scams judged dangerous net of the risky scams it raises (a raised opener or lure is a
 * table case turned red and a verdict that says more than the message holds); ties go to the higher bars. Undefined
 * when no pair gains.
 */
export function chooseSevere(
  rows: readonly DevRow[],
  p: ReadonlyMap<DevRow, number>,
  q: ReadonlyMap<DevRow, number>,
  t: FittedWording['thresholds'],
  safe: (severe: { scam: number; severity: number }) => boolean = () => true,
): { scam: number; severity: number } | undefined {
  const base = { ...t, severe: undefined };
  const moved = rows.filter((r) => r.rules?.verdict === 'suspicious' && combined(r, p.get(r), base) !== 'dangerous');
  let best: { scam: number; severity: number; net: number } | undefined;
  for (let a = 95; a >= 50; a -= 5)
    for (let b = 95; b >= 30; b -= 5) {
      const severe = { scam: a / 100, severity: b / 100 };
      let net = 0;
      let genuine = 0;
      for (const r of moved) {
        if (combined(r, p.get(r), { ...t, severe }, q.get(r)) !== 'dangerous') continue;
        if (!isScam(r.label)) genuine++;
        else net += r.label === 'dangerous' ? 1 : -1;
      }
      if (!genuine && net > (best?.net ?? 0) && safe(severe)) best = { ...severe, net };
    }
  return best && { scam: best.scam, severity: best.severity };
}

/**
 * The lowest thresholds (0.01 grid) on the given predictions: `suspicious` so that the genuine messages the model adds
 * to the flagged ones stay within budget over all batches and number at most MAX_ADDED_PER_BATCH in any batch under
 * either brand; `dangerous` so that
 * the model makes no genuine dev message dangerous out of fold (nor, from `dangerFloor`, any of our advice texts).
 * Until session 10 it also had to raise no scam labelled risky, which kept it out of reach (1.01): a scam called
 * dangerous rather than suspicious costs no user anything.
 */
export function chooseThresholds(
  rows: readonly DevRow[],
  p: ReadonlyMap<DevRow, number>,
  floor = 0,
  dangerFloor = 0,
): FittedWording['thresholds'] {
  const genuine = rows.filter((r) => !isScam(r.label));
  const budget = Math.floor(MAX_ADDED_GENUINE * genuine.length);
  const flagged = (v: Verdict) => v === 'suspicious' || v === 'dangerous';
  const grid = Array.from({ length: 50 }, (_, i) => Math.round(50 + i) / 100);
  const groups = [...new Set(genuine.map((r) => `${r.batch} ${r.brand}`))].map((g) =>
    genuine.filter((r) => `${r.batch} ${r.brand}` === g),
  );
  const suspicious =
    grid.find((t) => {
      if (t < floor) return false;
      const th = { suspicious: t, dangerous: 1.01 };
      const added = (rs: readonly DevRow[]) =>
        rs.filter((r) => !flagged(r.verdict) && flagged(combined(r, p.get(r), th))).length;
      // Within budget over all batches, and at most the cap's lines in any one batch.
      return added(genuine) <= budget && groups.every((g) => added(g) <= MAX_ADDED_PER_BATCH);
    }) ?? 1.01;
  // (A scam labelled risky that the model calls dangerous is still a scam flagged: only genuine messages count.)
  const notDangerous = genuine.filter((r) => r.verdict !== 'dangerous');
  const dangerous =
    grid.find(
      (t) =>
        t >= suspicious &&
        t >= dangerFloor &&
        notDangerous.every((r) => combined(r, p.get(r), { suspicious, dangerous: t }) !== 'dangerous'),
    ) ?? 1.01;
  return { suspicious, dangerous };
}

/**
 * Scams the model may clear, out of fold, when it reads a message flagged on soft evidence as genuine: none. The
 * genuine threshold is the highest (0.005 grid, up to the suspicious threshold) at which, over the predictions
 * cross-validated by batch and both brands, no scam loses its flag, none labelled dangerous stops being dangerous,
 * and none becomes official — with room to spare: still none at GENUINE_MARGIN times the threshold (a scam lost
 * costs more than a genuine flag kept; the first dev scam out of fold sat just above the margin-free choice, 0.155
 * against 0.15, on 2026-11-30).
 */
export const MAX_SCAMS_CLEARED = 0;
export const GENUINE_MARGIN = 1.5;

/** At a genuine threshold, out of fold: genuine messages cleared (and of them dangerous), scams cleared. */
export function clearing(rows: readonly DevRow[], p: ReadonlyMap<DevRow, number>, t: FittedWording['thresholds']) {
  const flagged = (v: Verdict) => v === 'suspicious' || v === 'dangerous';
  let genuine = 0;
  let genuineDangerous = 0;
  let scams = 0;
  let dangerousLost = 0;
  let scamsOfficial = 0;
  for (const r of rows) {
    const v = combined(r, p.get(r), t);
    const before = combined(r, p.get(r), { ...t, genuine: undefined });
    if (v === before) continue;
    if (!isScam(r.label)) {
      if (flagged(before) && !flagged(v)) genuine++;
      if (before === 'dangerous' && v !== 'dangerous') genuineDangerous++;
    } else {
      if (flagged(before) && !flagged(v)) scams++;
      if (r.label === 'dangerous' && before === 'dangerous' && v !== 'dangerous') dangerousLost++;
      if (v === 'official') scamsOfficial++;
    }
  }
  return { genuine, genuineDangerous, scams, dangerousLost, scamsOfficial };
}

/** The genuine threshold (MAX_SCAMS_CLEARED, GENUINE_MARGIN), given the raising thresholds. */
export function chooseGenuine(
  rows: readonly DevRow[],
  p: ReadonlyMap<DevRow, number>,
  t: FittedWording['thresholds'],
): number | undefined {
  let best: number | undefined;
  for (let k = 1; k <= 200 && k / 200 < t.suspicious; k++) {
    const c = clearing(rows, p, { ...t, genuine: Math.min(1, (k / 200) * GENUINE_MARGIN) });
    if (c.scams + c.dangerousLost + c.scamsOfficial > MAX_SCAMS_CLEARED) break;
    best = k / 200;
  }
  return best;
}

export interface Figures {
  messages: number;
  genuineFlagged: number;
  genuineDangerous: number;
  scamsFlagged: number;
  dangerousJudgedDangerous: number;
}

export function figures(rows: readonly DevRow[], verdictOf: (r: DevRow) => Verdict): Figures {
  const v = rows.map((r) => ({ r, v: verdictOf(r) }));
  const genuine = v.filter((x) => !isScam(x.r.label));
  const scams = v.filter((x) => isScam(x.r.label));
  const dangerous = v.filter((x) => x.r.label === 'dangerous');
  const flagged = (x: { v: Verdict }) => x.v === 'suspicious' || x.v === 'dangerous';
  const share = (n: number, d: number) => Number((d ? n / d : 1).toFixed(3));
  return {
    messages: rows.length,
    genuineFlagged: share(genuine.filter(flagged).length, genuine.length),
    genuineDangerous: genuine.filter((x) => x.v === 'dangerous').length,
    scamsFlagged: share(scams.filter(flagged).length, scams.length),
    dangerousJudgedDangerous: share(dangerous.filter((x) => x.v === 'dangerous').length, dangerous.length),
  };
}

/** Per batch and brand: the rules alone, and with the model (out of fold; `q` the severity model's). */
export function crossValidatedFigures(
  rows: readonly DevRow[],
  p: ReadonlyMap<DevRow, number>,
  t: FittedWording['thresholds'],
  q?: ReadonlyMap<DevRow, number>,
) {
  const out: Record<string, { rules: Figures; withModel: Figures }> = {};
  for (const b of Object.keys(BATCHES).map(Number))
    for (const brand of Object.keys(BRAND_FILES)) {
      const part = rows.filter((r) => r.batch === b && r.brand === brand);
      if (!part.length) continue;
      out[`batch ${b} × ${brand}`] = {
        rules: figures(part, (r) => r.verdict),
        withModel: figures(part, (r) => combined(r, p.get(r), t, q?.get(r))),
      };
    }
  return out;
}

/**
 * The half of our FAQ advice an advice text belongs to under `--advice-train` (0: fitted on as genuine rows, 1: the
 * suspicious bar's floor, out of sample): every other answer by id within its locale, an answer and its sentences
 * together. Without it the whole advice guards the bar, never fitted on (session 16: twenty-one halves, the floor
 * lifted the bar 0.81 → 0.9 on whole answers and sentences whose commas and common letters add up over their length).
 */
export function adviceHalf(root = ROOT): (id: string) => 0 | 1 {
  const ids = loadFaq(root).entries.map((e) => e.id).sort();
  const half = new Map<string, 0 | 1>();
  for (const locale of ['zh', 'en']) {
    const own = ids.filter((id) => id.startsWith(`${locale}-`));
    for (let i = 0; i < own.length; i++) half.set(own[i]!, (i % 2) as 0 | 1);
  }
  return (id) => half.get(id) ?? 1;
}

/** The advice texts the fit reads: all of them, or (`half`) those of one half (adviceHalf). */
function adviceOf(brand: ReturnType<typeof loadBrand>, half?: 0 | 1): AdviceText[] {
  const all = adviceTexts(ROOT, brand);
  if (half === undefined) return all;
  const of = adviceHalf();
  return all.filter((a) => of(a.id) === half);
}

/** Our advice texts of the fitted half as genuine rows (`--advice-train`: the model learns that advice names tactics). */
export function adviceFitRows(weight = CONTENT_WEIGHT): FitRow[] {
  const brand = loadBrand(join(ROOT, BRAND_FILES.demo));
  const classifier = createClassifier(ROOT, brand);
  delete classifier.context.wording;
  const out: FitRow[] = [];
  for (const a of adviceOf(brand, 0)) classifier.check(a.text, { locale: a.locale, onWording: (input) => out.push({ input, y: 0, weight }) });
  return out;
}

/** What the model reads of our own FAQ advice where it could flag it (the rules say unknown and see no warning);
 *  `half`: of that half only (adviceHalf). */
export function adviceInputs(half?: 0 | 1): WordingInput[] {
  const brand = loadBrand(join(ROOT, BRAND_FILES.demo));
  const classifier = createClassifier(ROOT, brand);
  delete classifier.context.wording;
  const out: WordingInput[] = [];
  for (const a of adviceOf(brand, half))
    classifier.check(a.text, {
      locale: a.locale,
      onWording: (input, rules) => rules.verdict === 'unknown' && !rules.warnings && out.push(input),
    });
  return out;
}

/** What the rules found on each of our advice texts with words, and what the model reads of it (the dangerous
 *  bar's guard: genuine text naming every tactic, never fitted on). */
export function adviceRows(): { input: WordingInput; rules: RulesView }[] {
  const brand = loadBrand(join(ROOT, BRAND_FILES.demo));
  const classifier = createClassifier(ROOT, brand);
  delete classifier.context.wording;
  const out: { input: WordingInput; rules: RulesView }[] = [];
  for (const a of adviceTexts(ROOT, brand)) classifier.check(a.text, { locale: a.locale, onWording: (input, rules) => out.push({ input, rules }) });
  return out;
}

/** The lowest dangerous bar (0.01 grid, from the suspicious one) at which the fitted model makes none of our advice
 *  texts dangerous. */
export function adviceDangerFloor(
  model: ReturnType<typeof compileWording>,
  advice: readonly { input: WordingInput; rules: RulesView }[],
  suspicious: number,
): number {
  const ps = advice.map((a) => probability(wordingLogit(model, a.input)));
  for (let i = Math.round(suspicious * 100); i <= 100; i++) {
    const t = { suspicious, dangerous: i / 100 };
    if (advice.every((a, k) => a.rules.verdict === 'dangerous' || wordingOutcome(ps[k]!, t, a.rules) !== 'dangerous')) return i / 100;
  }
  return 1.01;
}

/** Does the compiled model (with its severity model and bars) leave every advice text short of dangerous? */
export function adviceSafe(
  model: ReturnType<typeof compileWording>,
  advice: readonly { input: WordingInput; rules: RulesView }[],
): boolean {
  return advice.every((a) => {
    if (a.rules.verdict === 'dangerous') return true;
    const p = probability(wordingLogit(model, a.input));
    const q = () => probability(wordingLogit(model.severity!, a.input));
    const o = wordingOutcome(p, model.thresholds, a.rules, model.severity && q);
    return o !== 'dangerous' && o !== 'severe';
  });
}

/**
 * The lowest suspicious bar (0.01 grid) at which the fitted model flags at most MAX_ADDED_GENUINE of our own advice
 * texts: genuine text that names every tactic, never fitted on, so the final model's scores on it are out of sample.
 * The dev batches alone chose 0.78 on ten batches, where the model flagged 16 of 688 advice texts (the rules 43);
 * this guard keeps it to the budget.
 */
export function adviceFloor(model: ReturnType<typeof compileWording>, advice: readonly WordingInput[], total: number): number {
  const ps = advice.map((input) => probability(wordingLogit(model, input)));
  const budget = Math.floor(MAX_ADDED_GENUINE * total);
  for (let i = 50; i <= 100; i++) if (ps.filter((p) => p >= i / 100).length <= budget) return i / 100;
  return 1.01;
}

/** The genuine bar lowered (0.005 grid) until the fitted model clears none of the guard's risky rows. */
function guardGenuine(
  model: ReturnType<typeof compileWording>,
  guard: ReturnType<typeof guardRows>,
  raising: FittedWording['thresholds'],
  genuine: number | undefined,
): number | undefined {
  for (let g = genuine; g !== undefined && g > 0; g = Math.round(g * 200 - 1) / 200)
    if (!guardBroken(model, guard, { ...raising, genuine: g }).length) return g;
  return undefined;
}

/** The fits of a refit (cached by `--cache`): both models, and the out-of-fold probabilities by `id brand`. */
interface Fits {
  fitted: FittedWording;
  severity: FittedWording;
  oof: Record<string, number>;
  oofSeverity: Record<string, number>;
}

const rowKey = (r: DevRow) => `${r.id} ${r.brand}`;

function fits(rows: readonly DevRow[], content: readonly FitRow[], o: Partial<FitOptions>, cache?: string): Fits {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Fits;
  const keyed = (m: ReadonlyMap<DevRow, number>) => Object.fromEntries([...m].map(([r, p]) => [rowKey(r), p]));
  const out: Fits = {
    oof: keyed(crossValidate(rows, content, o)),
    fitted: fitWording([...fitRowsOf(rows), ...content], o),
    severity: fitWording(severityRowsOf(rows), o),
    oofSeverity: keyed(crossValidateSeverity(rows, o)),
  };
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

export function refit(
  o: Partial<FitOptions> = {},
  contentWeight = CONTENT_WEIGHT,
  excludeBatch?: number,
  guardWeight = GUARD_WEIGHT,
  cache?: string,
  adviceTrain = false,
) {
  const rows = devRows().filter((r) => r.batch !== excludeBatch);
  const guard = guardRows(ROOT, BRAND_FILES);
  const content = [...contentRows(contentWeight), ...guardFitRows(guard, guardWeight), ...(adviceTrain ? adviceFitRows() : [])];
  const floorHalf = adviceTrain ? 1 : undefined;
  const f = fits(rows, content, o, cache);
  const byRow = (m: Record<string, number>) => new Map(rows.filter((r) => m[rowKey(r)] !== undefined).map((r) => [r, m[rowKey(r)]!]));
  const oof = byRow(f.oof);
  const { fitted, severity } = f;
  const brand = loadBrand(join(ROOT, BRAND_FILES.demo));
  // The lowest suspicious bar our advice texts allow, and the guard's: no bar that flags a table's genuine case.
  const guarded = guardFloor(compileWording(fitted), guard);
  const floor = Math.max(adviceFloor(compileWording(fitted), adviceInputs(floorHalf), adviceOf(brand, floorHalf).length), guarded);
  // The dangerous bar: none of our advice texts, and no guarded case (a risky table case beside a request) raised.
  const guardedDanger = guardDangerFloor(compileWording(fitted), guard, floor);
  const dangerFloor = Math.max(adviceDangerFloor(compileWording(fitted), adviceRows(), floor), guardedDanger);
  const raising = chooseThresholds(rows, oof, floor, dangerFloor);
  const genuine = guardGenuine(compileWording(fitted), guard, raising, chooseGenuine(rows, oof, raising));
  const cleared = genuine === undefined ? raising : { ...raising, genuine };
  // The severity model and the two-model raise (session 11), guarded by our advice texts with the final models.
  const oofSeverity = byRow(f.oofSeverity);
  const advice = adviceRows();
  const severe = chooseSevere(rows, oof, oofSeverity, cleared, (bars) => {
    const m = compileWording({ ...fitted, thresholds: { ...cleared, severe: bars }, severity });
    return adviceSafe(m, advice) && !guardBroken(m, guard).length;
  });
  const thresholds = groupsHeld(rows, oof, oofSeverity, severe ? { ...cleared, severe } : cleared);
  /** The trade-off the genuine threshold was chosen on, out of fold (for the report). */
  const curve = [...new Set([0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, ...(genuine ? [genuine] : [])])]
    .sort((a, b) => a - b)
    .map((at) => ({ at, ...clearing(rows, oof, { ...raising, genuine: at }) }));
  // (The severity model is shipped only with a raise that uses it.)
  const shipped = { ...fitted, thresholds, ...(severe && { severity }) };
  const model = compileWording(shipped);
  const broken = guardBroken(model, guard);
  if (broken.length) throw new Error(`the fit guard: the model flags ${broken.map((r) => `${r.table} × ${r.brand}: ${r.text}`).join('; ')}`);
  const inSample = new Map(rows.filter((r) => r.input).map((r) => [r, probability(wordingLogit(model, r.input!))]));
  const inSampleSeverity = new Map(rows.filter((r) => r.input).map((r) => [r, probability(wordingLogit(compileWording(severity), r.input!))]));
  return {
    adviceFloor: floor,
    guard: { rows: guard.length, risky: guard.filter((r) => r.risky).length, weight: guardWeight, floor: guarded, dangerFloor: guardedDanger },
    adviceDangerFloor: dangerFloor,
    fitted: shipped,
    crossValidated: crossValidatedFigures(rows, oof, thresholds, oofSeverity),
    groups: {
      rules: groupCounts(rows, (r) => r.verdict),
      withModel: groupCounts(rows, (r) => combined(r, oof.get(r), thresholds, oofSeverity.get(r))),
    },
    dev: {
      rules: figures(rows, (r) => r.verdict),
      withModel: figures(rows, (r) => combined(r, inSample.get(r), thresholds, inSampleSeverity.get(r))),
    },
    fittedOn: [
      `${DEV} (${new Set(rows.map((r) => r.id)).size} lines × 2 brands${excludeBatch === undefined ? '' : `, batch ${excludeBatch} left out`})`,
      contentWeight > 0
        ? `content: scam-requests, quiz, routes (small talk, product questions), wording-examples (${content.length} examples, weight ${contentWeight})`
        : 'content examples not weighed (--content-weight W)',
      ...(adviceTrain ? ['our FAQ advice: every other answer (adviceHalf), whole and by sentence, as genuine rows; the other half floors the suspicious bar'] : []),
      `the guard: the genuine cases of the classifier's tables (test/classifier/genuine-table.ts, ${guard.filter((r) => !r.risky).length} under 2 brands${guardWeight > 0 ? `, weight ${guardWeight}` : ', not weighed'}), none flagged; their risky cases (suspicious-table.ts, ${guard.filter((r) => r.risky).length}), none dangerous`,
    ],
    /** Lines the model changes out of fold, for a look: genuine ones flagged, scams it catches. */
    changed: rows
      .filter((r) => r.brand === 'demo' && combined(r, oof.get(r), thresholds, oofSeverity.get(r)) !== r.verdict)
      .map(
        (r) =>
          `${r.id} ${r.label} ${r.verdict} → ${combined(r, oof.get(r), thresholds, oofSeverity.get(r))} (p ${oof.get(r)!.toFixed(2)}, severity ${oofSeverity.get(r)?.toFixed(2)})`,
      ),
    options: { ...FIT_DEFAULTS, ...o },
    curve,
    oof: rows
      .filter((r) => r.rules && oof.has(r))
      .map((r) => ({
        id: r.id,
        brand: r.brand,
        batch: r.batch,
        label: r.label,
        verdict: r.verdict,
        soft: r.rules!.soft,
        withoutLanguage: r.rules!.withoutLanguage,
        p: Number(oof.get(r)!.toFixed(4)),
        request: r.rules!.request,
        warnings: r.rules!.warnings,
        q: Number(oofSeverity.get(r)!.toFixed(4)),
        link: r.input!.signals.link,
        phone: r.input!.signals.phone,
      })),
  };
}

/** Genuine rows flagged and made dangerous, per group of batches (READ and UNREAD, both brands summed). */
function genuineByGroup(rows: readonly DevRow[], verdictOf: (r: DevRow) => Verdict): number[] {
  const read = new Set(READ_BATCHES.split(',').map(Number));
  const out = [0, 0, 0, 0];
  for (const r of rows) {
    if (isScam(r.label)) continue;
    const v = verdictOf(r);
    const g = read.has(r.batch) ? 0 : 2;
    if (v === 'suspicious' || v === 'dangerous') out[g]!++;
    if (v === 'dangerous') out[g + 1]!++;
  }
  return out;
}

/**
 * The raising bars lifted (0.01 steps, the dangerous one never below the suspicious one) until, out of fold and on
 * each group of batches, the model flags no more genuine messages than the rules alone and makes no more dangerous
 * (session 15: the nineteen-half refit's bars met the all-batch budget while its raises outweighed its clearings on
 * the held genuine lines). The clearing bar and the two-model raise stay as chosen.
 */
export function groupsHeld(
  rows: readonly DevRow[],
  p: ReadonlyMap<DevRow, number>,
  q: ReadonlyMap<DevRow, number>,
  t: FittedWording['thresholds'],
): FittedWording['thresholds'] {
  const rules = genuineByGroup(rows, (r) => r.verdict);
  let out = t;
  const up = (x: number) => Math.round(x * 100 + 1) / 100;
  for (;;) {
    const model = genuineByGroup(rows, (r) => combined(r, p.get(r), out, q.get(r)));
    if (model.every((n, i) => n <= rules[i]!)) return out;
    if ((model[0]! > rules[0]! || model[2]! > rules[2]!) && out.suspicious <= 1) {
      const suspicious = up(out.suspicious);
      out = { ...out, suspicious, dangerous: Math.max(out.dangerous, suspicious) };
    } else if (out.dangerous <= 1) out = { ...out, dangerous: up(out.dangerous) };
    else if (out.severe) out = { ...out, severe: undefined };
    else return out;
  }
}

/** Out of fold, per group of batches (READ and UNREAD, both brands): counts as messages-groups.ts prints them. */
export function groupCounts(rows: readonly DevRow[], verdictOf: (r: DevRow) => Verdict): Record<'read' | 'unread', string> {
  const read = new Set(READ_BATCHES.split(',').map(Number));
  const flagged = (v: Verdict) => v === 'suspicious' || v === 'dangerous';
  const count = (rs: readonly DevRow[]) => {
    const n = (xs: readonly DevRow[], p: (v: Verdict) => boolean) => `${xs.filter((r) => p(verdictOf(r))).length}/${xs.length}`;
    const genuine = rs.filter((r) => !isScam(r.label));
    return (
      `genuine flagged ${n(genuine, flagged)} (${genuine.filter((r) => verdictOf(r) === 'dangerous').length} dangerous)  ` +
      `scams flagged ${n(rs.filter((r) => isScam(r.label)), flagged)}  dangerous→dangerous ${n(rs.filter((r) => r.label === 'dangerous'), (v) => v === 'dangerous')}`
    );
  };
  return { read: count(rows.filter((r) => read.has(r.batch))), unread: count(rows.filter((r) => !read.has(r.batch))) };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const line = (f: Figures) =>
  `genuine flagged ${pct(f.genuineFlagged)} (${f.genuineDangerous} dangerous), scams flagged ${pct(f.scamsFlagged)}, dangerous judged dangerous ${pct(f.dangerousJudgedDangerous)}`;

function render(fit: ReturnType<typeof refit>): string {
  const f = fit.fitted;
  const pairs = (xs: FittedWording['grams']) => xs.map(([k, w]) => `    [${JSON.stringify(k)}, ${w}],`).join('\n');
  return `// GENERATED by \`npm run classifier:fit\` (bench/classifier-fit.ts) — do not edit by hand; refit after changes to the
// classifier's rules or content or to the dev half. Fitted on dev data only (fittedOn); the held-out half is the gate.
// A logistic regression over character 1–3-grams of the normalised words, English words and word pairs, the concept
// families found in the sender's words, and the other layers' signals (src/classifier/wording-model.ts). thresholds: chosen on predictions cross-validated by
// batch so the model adds at most ${pct(MAX_ADDED_GENUINE)} of genuine dev messages to the flagged ones and makes none dangerous.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants typed by hand
import type { FittedWording } from './wording-model.ts';

export const FITTED_ON = ${JSON.stringify(fit.fittedOn)};

/** Figures cross-validated by batch (each batch scored by a model fitted without it): rules alone, with the model. */
export const CROSS_VALIDATED = ${JSON.stringify(fit.crossValidated, null, 2)};

export const FITTED_WORDING: FittedWording = {
  bias: ${f.bias},
  signals: ${JSON.stringify(f.signals)},
  thresholds: ${JSON.stringify(f.thresholds)},
  grams: [
${pairs(f.grams)}
  ],
  words: [
${pairs(f.words)}
  ],${f.families ? `\n  families: [\n${pairs(f.families)}\n  ],` : ''}${
    f.severity
      ? `\n  // Dangerous against risky, fitted on the dev scams alone (the two-model raise, thresholds.severe).\n  severity: {\n    bias: ${f.severity.bias},\n    signals: ${JSON.stringify(f.severity.signals)},\n    thresholds: ${JSON.stringify(f.severity.thresholds)},\n    grams: [\n${pairs(f.severity.grams).replace(/^/gm, '  ')}\n    ],\n    words: [\n${pairs(f.severity.words).replace(/^/gm, '  ')}\n    ],${f.severity.families ? `\n    families: [\n${pairs(f.severity.families).replace(/^/gm, '  ')}\n    ],` : ''}\n  },`
      : ''
  }
};
`;
}

export function printFit(fit: ReturnType<typeof refit>): void {
  console.log(`fitted on: ${fit.fittedOn.join('; ')}; options ${JSON.stringify(fit.options)}`);
  console.log(
    `features: ${fit.fitted.grams.length} grams, ${fit.fitted.words.length} words; thresholds ${JSON.stringify(fit.fitted.thresholds)} (floors: suspicious ${fit.adviceFloor} — the guard's ${fit.guard.floor} —, dangerous ${fit.adviceDangerFloor} — the guard's ${fit.guard.dangerFloor})`,
  );
  console.log(`signals: ${JSON.stringify(fit.fitted.signals)}, bias ${fit.fitted.bias}`);
  if (fit.fitted.severity)
    console.log(`severity model: ${fit.fitted.severity.grams.length} grams, ${fit.fitted.severity.words.length} words; two-model raise ${JSON.stringify(fit.fitted.thresholds.severe ?? 'none')}`);
  console.log('cross-validated by batch (each batch scored by a model fitted without it):');
  for (const [k, v] of Object.entries(fit.crossValidated)) {
    console.log(`  ${k}  rules:      ${line(v.rules)}`);
    console.log(`  ${k}  with model: ${line(v.withModel)}`);
  }
  for (const g of ['read', 'unread'] as const)
    console.log(`  ${g} group, out of fold: rules ${fit.groups.rules[g]}\n${' '.repeat(26 + g.length)}with model ${fit.groups.withModel[g]}`);
  console.log('clearing soft flags, out of fold (both brands): genuine threshold → genuine cleared (dangerous), scams cleared, dangerous lost, scams official');
  for (const c of fit.curve)
    console.log(
      `  ${c.at.toFixed(3)}${c.at === fit.fitted.thresholds.genuine ? ' (chosen)' : ''} → ${c.genuine} (${c.genuineDangerous}), ${c.scams}, ${c.dangerousLost}, ${c.scamsOfficial}`,
    );
  console.log(`dev, all batches, both brands (in sample): rules ${line(fit.dev.rules)}`);
  console.log(`                                     with model ${line(fit.dev.withModel)}`);
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const at = argv.indexOf('--content-weight');
  // Options to try (chosen by the cross-validated figures): --families on|off, --l2 X, --keep N.
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const o: Partial<FitOptions> = {};
  if (value('--families')) o.families = value('--families') === 'on';
  if (value('--l2')) o.l2 = Number(value('--l2'));
  if (value('--keep')) o.keep = Number(value('--keep'));
  const excluded = value('--exclude-batch');
  const guardWeight = value('--guard-weight');
  const fit = refit(
    o,
    at >= 0 ? Number(argv[at + 1]) : CONTENT_WEIGHT,
    excluded === undefined ? undefined : Number(excluded),
    guardWeight === undefined ? GUARD_WEIGHT : Number(guardWeight),
    value('--cache'),
    argv.includes('--advice-train'),
  );
  printFit(fit);
  if (argv.includes('--changed')) for (const c of fit.changed) console.log(`  ${c}`);
  const oofFile = value('--oof');
  if (oofFile) writeFileSync(oofFile, fit.oof.map((x) => JSON.stringify(x)).join('\n'));
  if (argv.includes('--dry-run')) return;
  const out = value('--out') ?? GENERATED_FILE;
  writeFileSync(out, render(fit));
  console.log(`wrote ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
