// `npx tsx bench/fit-unseen.ts CACHE` — the shipped fitted layers on the dev batches they were never fitted on, beside
// a refit's out-of-fold scores, from a `npm run classifier:combine -- --cache CACHE` file (no fit is run: seconds).
// The wording model: the cache's out-of-fold scores are a proxy of its refit (each batch scored by a main model fitted
// on the other dev halves and the content, without the guard rows and the severity model), at the shipped bars and at
// bars re-chosen out of fold as the fit does (without the advice and guard floors). The danger gate: the shipped one
// on the batches after those it was fitted on. Both brands summed; the rules were tuned on every one of these batches.
import { readFileSync } from 'node:fs';
import type { Verdict } from '../src/classifier/types.ts';
import { compileCombiner, dangerScore, type Evidence, gateMayRead } from '../src/classifier/verdict-combiner.ts';
import { FITTED_COMBINER } from '../src/classifier/verdict-combiner.generated.ts';
import { compileWording, probability, wordingLogit } from '../src/classifier/wording-model.ts';
import { FITTED_WORDING } from '../src/classifier/wording-model.generated.ts';
import { chooseGenuine, chooseThresholds, combined, type DevRow, groupsHeld } from './classifier-fit.ts';

/** The dev batches the shipped wording model (2026-12-01, nineteen halves) and danger gate (2026-11-30, fourteen) were fitted on. */
const WORDING_SEEN = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20]);
const GATE_SEEN = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);

interface CachedRow {
  batch: number;
  p?: number | null;
  dev: DevRow;
  evidence: Omit<Evidence, 'families'> & { families?: string[] };
}

const isScam = (l: string) => l === 'risky' || l === 'dangerous';
const flagged = (v: Verdict) => v === 'suspicious' || v === 'dangerous';
const logit = (p: number | undefined) =>
  p === undefined || p <= 0 ? Number.NEGATIVE_INFINITY : p >= 1 ? 40 : Math.log(p / (1 - p));

function tally(rows: readonly DevRow[], v: (r: DevRow) => Verdict): string {
  const genuine = rows.filter((r) => !isScam(r.label));
  const scams = rows.filter((r) => isScam(r.label));
  const dangerous = rows.filter((r) => r.label === 'dangerous');
  const n = (xs: readonly DevRow[], p: (x: Verdict) => boolean) => xs.filter((r) => p(v(r))).length;
  return `genuine flagged ${n(genuine, flagged)}/${genuine.length} (${n(genuine, (x) => x === 'dangerous')} dangerous)  scams flagged ${n(scams, flagged)}/${scams.length}  dd ${n(dangerous, (x) => x === 'dangerous')}/${dangerous.length}`;
}

function main(file: string | undefined): void {
  if (!file)
    throw new Error('usage: npx tsx bench/fit-unseen.ts CACHE (from npm run classifier:combine -- --cache CACHE)');
  const cached = (JSON.parse(readFileSync(file, 'utf8')) as CachedRow[]).filter((r) => r.batch > 0);
  const dev = cached.map((r) => r.dev);
  const p = new Map(cached.filter((r) => r.p != null).map((r) => [r.dev, r.p as number]));
  const raising = chooseThresholds(dev, p);
  const genuine = chooseGenuine(dev, p, raising);
  const own = groupsHeld(dev, p, new Map(), genuine === undefined ? raising : { ...raising, genuine });
  const shippedBars = { ...FITTED_WORDING.thresholds, severe: undefined };
  const shipped = compileWording(FITTED_WORDING);
  const severity = FITTED_WORDING.severity && compileWording(FITTED_WORDING.severity);
  const withShipped = (r: DevRow): Verdict =>
    r.input
      ? combined(
          r,
          probability(wordingLogit(shipped, r.input)),
          FITTED_WORDING.thresholds,
          severity && probability(wordingLogit(severity, r.input)),
        )
      : r.verdict;
  const withShippedNoSevere = (r: DevRow): Verdict =>
    r.input ? combined(r, probability(wordingLogit(shipped, r.input)), shippedBars) : r.verdict;
  console.log(`the wording model; the refit's bars re-chosen out of fold: ${JSON.stringify(own)}`);
  for (const [name, part] of [
    ['batches the shipped model never saw (17, 21 on)', dev.filter((r) => !WORDING_SEEN.has(r.batch))],
    ['batches it was fitted on (in sample for it)', dev.filter((r) => WORDING_SEEN.has(r.batch))],
  ] as const) {
    console.log(`  ${name}, both brands`);
    console.log(`    rules alone                     ${tally(part, (r) => r.verdict)}`);
    console.log(`    shipped                         ${tally(part, withShipped)}`);
    console.log(`    shipped, two-model raise off    ${tally(part, withShippedNoSevere)}`);
    console.log(`    refit out of fold, shipped bars ${tally(part, (r) => combined(r, p.get(r), shippedBars))}`);
    console.log(`    refit out of fold, its own bars ${tally(part, (r) => combined(r, p.get(r), own))}`);
  }
  // The gate as `npm run classifier:combine` replays today: the rules and the out-of-fold wording score.
  const gate = compileCombiner(FITTED_COMBINER);
  const today = (r: CachedRow): Verdict => combined(r.dev, r.p ?? undefined, FITTED_WORDING.thresholds);
  const gated = (r: CachedRow): Verdict => {
    const v = today(r);
    if (v !== 'dangerous') return v;
    const e: Evidence = {
      ...r.evidence,
      families: r.evidence.families && new Set(r.evidence.families),
      wordingZ: logit(r.p ?? undefined),
    };
    return gateMayRead(gate, e) && dangerScore(gate, e) < FITTED_COMBINER.bar ? 'suspicious' : v;
  };
  const unseen = cached.filter((r) => !GATE_SEEN.has(r.batch));
  const byDev = new Map(unseen.map((r) => [r.dev, r]));
  console.log(`the shipped danger gate (bar ${FITTED_COMBINER.bar}) on the batches after its fit, both brands`);
  console.log(`    today            ${tally([...byDev.keys()], (d) => today(byDev.get(d)!))}`);
  console.log(`    with the gate    ${tally([...byDev.keys()], (d) => gated(byDev.get(d)!))}`);
}

main(process.argv[2]);
