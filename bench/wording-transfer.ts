// `npx tsx bench/wording-transfer.ts [--candidate FILE] [--brand demo|b]` — the wording model judged on text neither
// its fit nor any rule author has seen: the public genuine probes, the world tables' score halves (genuine and scams)
// and our FAQ advice texts, the shipped model (wording-model.generated.ts) beside a candidate file written by
// `npm run classifier:fit -- --out FILE`, and the rules alone. One process: each model is swapped into the
// classifier's context, so the shipped file is never touched. Prints the ship rule's verdict (README, session 20).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClassifier } from '../src/classifier/index.ts';
import type { Verdict } from '../src/classifier/types.ts';
import { compileWording, type FittedWording } from '../src/classifier/wording-model.ts';
import { FITTED_WORDING } from '../src/classifier/wording-model.generated.ts';
import { loadBrand } from '../src/content/brand.ts';
import { genuineTransferTables } from '../test/classifier/genuine-probes.ts';
import { scamTransferTables } from '../test/classifier/scam-probes.ts';
import { adviceTexts } from '../test/field/advice-texts.ts';

const ROOT = join(import.meta.dirname, '..');
const BRANDS = { demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' } as const;
const flagged = (v: Verdict) => v === 'suspicious' || v === 'dangerous';

interface Tally {
  flagged: number;
  dangerous: number;
  of: number;
}
/** Per table: genuine (flagged, dangerous), scams (flagged, dangerous→dangerous of the dangerous ones). */
export type Row = { table: string; kind: 'genuine' | 'scam' | 'advice'; t: Tally };

export function transfer(brandFile: string, wording: FittedWording | undefined): Row[] {
  const brand = loadBrand(join(ROOT, brandFile));
  const classifier = createClassifier(ROOT, brand);
  if (wording) classifier.context.wording = compileWording(wording);
  else delete classifier.context.wording;
  const rows: Row[] = [];
  for (const { table, probes } of genuineTransferTables(brand)) {
    const vs = probes.map((p) => classifier.check(p.text).verdict);
    rows.push({
      table,
      kind: 'genuine',
      t: { flagged: vs.filter(flagged).length, dangerous: vs.filter((v) => v === 'dangerous').length, of: vs.length },
    });
  }
  for (const { table, probes } of scamTransferTables()) {
    const vs = probes.map((p) => ({ label: p.label, v: classifier.check(p.text).verdict }));
    const d = vs.filter((x) => x.label === 'dangerous');
    rows.push({
      table,
      kind: 'scam',
      t: {
        flagged: vs.filter((x) => flagged(x.v)).length,
        dangerous: d.filter((x) => x.v === 'dangerous').length,
        of: vs.length,
      },
    });
  }
  const advice = adviceTexts(ROOT, brand).map((a) => classifier.check(a.text, { locale: a.locale }).verdict);
  rows.push({
    table: 'advice texts',
    kind: 'advice',
    t: {
      flagged: advice.filter(flagged).length,
      dangerous: advice.filter((v) => v === 'dangerous').length,
      of: advice.length,
    },
  });
  return rows;
}

const sum = (rows: readonly Row[], kind: Row['kind']) =>
  rows
    .filter((r) => r.kind === kind)
    .reduce(
      (a, r) => ({ flagged: a.flagged + r.t.flagged, dangerous: a.dangerous + r.t.dangerous, of: a.of + r.t.of }),
      { flagged: 0, dangerous: 0, of: 0 },
    );

/** The ship rule: genuine and advice flagged / dangerous do not rise, scams flagged / dd do not fall (summed). */
export function passes(shipped: readonly Row[], candidate: readonly Row[]): string[] {
  const fails: string[] = [];
  for (const kind of ['genuine', 'advice'] as const) {
    const [a, b] = [sum(shipped, kind), sum(candidate, kind)];
    if (b.flagged > a.flagged) fails.push(`${kind} flagged ${a.flagged} → ${b.flagged}`);
    if (b.dangerous > a.dangerous) fails.push(`${kind} dangerous ${a.dangerous} → ${b.dangerous}`);
  }
  const [a, b] = [sum(shipped, 'scam'), sum(candidate, 'scam')];
  if (b.flagged < a.flagged) fails.push(`scams flagged ${a.flagged} → ${b.flagged}`);
  if (b.dangerous < a.dangerous) fails.push(`scams dd ${a.dangerous} → ${b.dangerous}`);
  return fails;
}

const cell = (t: Tally) => `${t.flagged} (${t.dangerous})`;

async function main(argv: string[]) {
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const file = value('--candidate');
  const candidate = file
    ? ((await import(pathToFileURL(resolve(file)).href)) as { FITTED_WORDING: FittedWording }).FITTED_WORDING
    : undefined;
  const brands = value('--brand')
    ? [value('--brand') as keyof typeof BRANDS]
    : (Object.keys(BRANDS) as (keyof typeof BRANDS)[]);
  for (const name of brands) {
    const rules = transfer(BRANDS[name], undefined);
    const shipped = transfer(BRANDS[name], FITTED_WORDING);
    const cand = candidate && transfer(BRANDS[name], candidate);
    console.log(
      `## brand ${name}: table — rules alone | shipped | candidate — genuine: flagged (dangerous); scams: flagged (dd)`,
    );
    for (const [i, r] of shipped.entries())
      console.log(
        `  ${r.table.padEnd(22)} of ${String(r.t.of).padStart(4)}: ${cell(rules[i]!.t)} | ${cell(r.t)}${cand ? ` | ${cell(cand[i]!.t)}` : ''}`,
      );
    for (const kind of ['genuine', 'scam', 'advice'] as const)
      console.log(
        `  sum ${kind.padEnd(18)}: ${cell(sum(rules, kind))} | ${cell(sum(shipped, kind))}${cand ? ` | ${cell(sum(cand, kind))}` : ''}`,
      );
    if (cand) {
      const fails = passes(shipped, cand);
      console.log(`  ship rule (brand ${name}): ${fails.length ? `fails — ${fails.join('; ')}` : 'passes'}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
