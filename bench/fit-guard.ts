// The fit guard (issue 10): the genuine cases of the classifier's own tables (test/classifier/genuine-table.ts) as
// constraints on the wording model's fit (bench/classifier-fit.ts). They enter it twice: as genuine rows with a
// weight, and as a check in choosing the bars — no bar that flags one of them under the model shipped. A refit on
// seventeen dev halves (session 12) raised dangerous→dangerous on the unread group but flagged two of them: nothing
// in the fit knew them. The severe side (session 14): the tables' risky cases (test/classifier/suspicious-table.ts)
// are no fit rows, only a check — no dangerous bar or two-model raise that makes one dangerous, no genuine bar that
// clears one; the eighteen-half refit of session 13 raised a table opener to dangerous through the raise.
// Session 15: the world probe tables' read halves join the genuine rows (never their score halves, the transfer
// measure): the nineteen-half refit raised held genuine lines the tables' kinds of notice and chat stand for.
import { join } from 'node:path';
import { createClassifier } from '../src/classifier/index.ts';
import type { Verdict } from '../src/classifier/types.ts';
import type { FitRow } from '../src/classifier/wording-fit.ts';
import {
  type compileWording,
  probability,
  type RulesView,
  type WordingInput,
  wordingDemotes,
  wordingLogit,
  wordingOutcome,
} from '../src/classifier/wording-model.ts';
import { loadBrand } from '../src/content/brand.ts';
import { worldReadHalves } from '../test/classifier/genuine-probes.ts';
import { guardedGenuine } from '../test/classifier/genuine-table.ts';
import { guardedSuspicious } from '../test/classifier/suspicious-table.ts';

type Model = ReturnType<typeof compileWording>;

export interface GuardRow {
  text: string;
  brand: string;
  table: string;
  /** The table says official (else official or unknown). */
  official: boolean;
  /** The table says suspicious (a risky scam): never dangerous by the model, never cleared. */
  risky: boolean;
  /** The rules' verdict (the model off). */
  verdict: Verdict;
  input?: WordingInput;
  rules?: RulesView;
}

/** Every guarded case under each brand file (the genuine ones, the world tables' read halves, then the risky ones),
 *  read by the classifier with the model off. */
export function guardRows(root: string, brandFiles: Readonly<Record<string, string>>): GuardRow[] {
  const out: GuardRow[] = [];
  for (const [brandName, file] of Object.entries(brandFiles)) {
    const brand = loadBrand(join(root, file));
    const demo = brandName === 'demo';
    const classifier = createClassifier(root, brand);
    delete classifier.context.wording;
    const cases = [
      ...guardedGenuine(brand, demo).map((c) => ({ ...c, risky: false })),
      ...worldReadHalves(brand).map((p) => ({ text: p.text, official: p.group === 'brand', table: p.table, risky: false })),
      ...guardedSuspicious(demo).map((c) => ({ ...c, official: false, risky: true })),
    ];
    for (const c of cases) {
      let seen: { input: WordingInput; rules: RulesView } | undefined;
      const r = classifier.check(c.text, { onWording: (input, rules) => (seen = { input, rules }) });
      out.push({ ...c, brand: brandName, verdict: r.verdict, ...seen });
    }
  }
  return out;
}

/** The guard's rows for the fit: the genuine ones, at the given weight (each brand's reading counts once). */
export const guardFitRows = (rows: readonly GuardRow[], weight: number): FitRow[] =>
  weight > 0 ? rows.filter((r) => r.input && !r.risky).map((r) => ({ input: r.input!, y: 0, weight })) : [];

/** The verdict check.ts gives a guard row under the model at its bars (clearing first, then raising). */
export function guardVerdict(model: Model, r: GuardRow, t: Model['thresholds'] = model.thresholds): Verdict {
  if (!r.input || !r.rules) return r.verdict;
  const p = probability(wordingLogit(model, r.input));
  if (wordingDemotes(p, t, r.rules)) return r.rules.withoutLanguage === 'official' ? 'unknown' : r.rules.withoutLanguage;
  const severity = r.verdict === 'suspicious' && model.severity ? () => probability(wordingLogit(model.severity!, r.input!)) : undefined;
  const o = wordingOutcome(p, t, r.rules, severity);
  return o === 'none' ? r.verdict : o === 'severe' ? 'dangerous' : o;
}

/** Does the genuine row keep the verdict its table states? */
export const guardKept = (r: GuardRow, v: Verdict) => (r.official ? v === 'official' : v === 'official' || v === 'unknown');

/** Does the model's verdict `v` turn the row from what its table states, where the rules alone kept it? A genuine row
 *  flagged (or not official); a risky row made dangerous, or cleared from the rules' suspicious. */
export function guardTurned(r: GuardRow, v: Verdict): boolean {
  if (!r.risky) return guardKept(r, r.verdict) && !guardKept(r, v);
  return v !== r.verdict && (v === 'dangerous' || r.verdict === 'suspicious');
}

/** The guard's rows the model at these bars turns from what their table states (the rules' own misses aside). */
export function guardBroken(model: Model, rows: readonly GuardRow[], t: Model['thresholds'] = model.thresholds): GuardRow[] {
  return rows.filter((r) => guardTurned(r, guardVerdict(model, r, t)));
}

/** The lowest dangerous bar (0.01 grid, from the suspicious one; no two-model raise) at which the model turns none
 *  of the guard's rows: a risky table case the rules call suspicious beside a request is the raise's to make. */
export function guardDangerFloor(model: Model, rows: readonly GuardRow[], suspicious: number): number {
  for (let i = Math.round(suspicious * 100); i <= 100; i++)
    if (!guardBroken(model, rows, { suspicious, dangerous: i / 100 }).length) return i / 100;
  return 1.01;
}

/** The lowest suspicious bar (0.01 grid, dangerous above it) at which the model turns none of the guard's rows. */
export function guardFloor(model: Model, rows: readonly GuardRow[]): number {
  for (let i = 50; i <= 100; i++) {
    const t = { suspicious: i / 100, dangerous: 1.01 };
    if (!guardBroken(model, rows, t).length) return i / 100;
  }
  return 1.01;
}
