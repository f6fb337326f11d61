// Exploration harness (session 11): out-of-fold (leave-one-batch-out) wording scores and dangerous-vs-risky scores
// on the dev half, and candidate raising rules measured per group (READ 1,3,5,7,9,11,13 / UNREAD the rest).
// `npx tsx bench/wording-severity.ts [--cache FILE] [--oof FILE] [--grid A,…:B,…] [--severity-l2 X] [--read 1,3,…]`.
// `--oof FILE`: both models' out-of-fold scores from `npm run classifier:fit -- --oof FILE` (no refit here). Dev half
// only; never reads a held-out file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Verdict } from '../src/classifier/types.ts';
import { FITTED_WORDING } from '../src/classifier/wording-model.generated.ts';
import { READ_BATCHES } from '../test/field/messages-corpus.ts';
import { chooseSevere, combined, contentRows, crossValidate, crossValidateSeverity, type DevRow, devRows } from './classifier-fit.ts';

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const READ = new Set((opt('--read') ?? READ_BATCHES).split(',').map(Number));
const cache = opt('--cache');
const oofFile = opt('--oof');
const isScam = (l: string) => l === 'risky' || l === 'dangerous';

const rows = devRows();
const key = (r: DevRow) => `${r.brand}:${r.id}`;
let P: Record<string, number>;
let Q: Record<string, number>;
// `--severity-l2 X`: the severity model refitted out of fold at another l2 (the scam model's scores from the cache).
const l2 = argv.includes('--severity-l2') ? Number(argv[argv.indexOf('--severity-l2') + 1]) : undefined;
if (oofFile) {
  const lines = readFileSync(oofFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  P = Object.fromEntries(lines.map((o) => [`${o.brand}:${o.id}`, o.p]));
  Q = Object.fromEntries(lines.map((o) => [`${o.brand}:${o.id}`, o.q]));
} else if (cache && existsSync(cache)) {
  ({ P, Q } = JSON.parse(readFileSync(cache, 'utf8')));
  if (l2 !== undefined) Q = Object.fromEntries([...crossValidateSeverity(rows, { l2 })].map(([r, x]) => [key(r), x]));
}
else {
  const p = crossValidate(rows, contentRows());
  const q = crossValidateSeverity(rows);
  P = Object.fromEntries([...p].map(([r, x]) => [key(r), x]));
  Q = Object.fromEntries([...q].map(([r, x]) => [key(r), x]));
  if (cache) writeFileSync(cache, JSON.stringify({ P, Q }));
}

const { severe: _shipped, ...t } = FITTED_WORDING.thresholds;
type Rule = (r: DevRow, v: Verdict, p: number | undefined, q: number | undefined) => Verdict;
const base: Rule = (_r, v) => v;
/** Raise a rules-suspicious message (no warning) when the scam model reaches a and the severity model reaches b. */
const both =
  (a: number, b: number, fromUnknown = false): Rule =>
  (r, v, p, q) =>
    r.rules && !r.rules.warnings && (r.rules.verdict === 'suspicious' || (fromUnknown && r.rules.verdict === 'unknown')) &&
    v !== 'dangerous' && p !== undefined && q !== undefined && p >= a && q >= b
      ? 'dangerous'
      : v;

function measure(rule: Rule) {
  const out: Record<string, string> = {};
  for (const [g, inGroup] of [['READ', (b: number) => READ.has(b)], ['UNREAD', (b: number) => !READ.has(b)]] as const) {
    const c = { g: 0, gf: 0, gd: 0, s: 0, sf: 0, d: 0, dd: 0, r: 0, rd: 0 };
    for (const r of rows) {
      if (r.brand !== 'demo' || !inGroup(r.batch)) continue;
      const p = P[key(r)];
      const v = rule(r, combined(r, p, t), p, Q[key(r)]);
      const f = v === 'suspicious' || v === 'dangerous';
      if (!isScam(r.label)) {
        c.g++;
        if (f) c.gf++;
        if (v === 'dangerous') c.gd++;
      } else {
        c.s++;
        if (f) c.sf++;
        if (r.label === 'dangerous') {
          c.d++;
          if (v === 'dangerous') c.dd++;
        } else {
          c.r++;
          if (v === 'dangerous') c.rd++;
        }
      }
    }
    out[g] = `dd ${c.dd}/${c.d} scams ${c.sf}/${c.s} genuine ${c.gf}/${c.g} (${c.gd} dang) risky→dang ${c.rd}/${c.r}`;
  }
  // Genuine lines of both brands made dangerous by the rule (the guard).
  const gd = rows.filter((r) => !isScam(r.label) && rule(r, combined(r, P[key(r)], t), P[key(r)], Q[key(r)]) === 'dangerous' && combined(r, P[key(r)], t) !== 'dangerous').length;
  return `${out.READ}\n      ${out.UNREAD}\n      genuine newly dangerous (both brands) ${gd}`;
}

console.log(`thresholds ${JSON.stringify(t)}`);
{
  const pm = new Map(rows.map((r) => [r, P[key(r)]!] as const).filter(([, x]) => x !== undefined));
  const qm = new Map(rows.map((r) => [r, Q[key(r)]!] as const).filter(([, x]) => x !== undefined));
  const chosen = chooseSevere(rows, pm, qm, { ...t, severe: undefined });
  console.log(`chooseSevere (out of fold, no advice guard): ${JSON.stringify(chosen)}`);
  if (chosen) console.log(`chosen  ${measure(both(chosen.scam, chosen.severity))}`);
}
console.log(`base  ${measure(base)}`);
const grid = (argv.includes('--grid') ? argv[argv.indexOf('--grid') + 1]! : '0.5,0.6,0.7,0.8:0.3,0.5,0.6,0.7').split(':').map((x) => x.split(',').map(Number));
for (const a of grid[0]!) console.log(`any p≥${a}  ${measure(both(a, 0))}`);
for (const a of grid[0]!) for (const b of grid[1]!) console.log(`p≥${a} q≥${b}  ${measure(both(a, b))}`);
for (const a of grid[0]!) for (const b of grid[1]!) console.log(`+unknown p≥${a} q≥${b}  ${measure(both(a, b, true))}`);

// Scams judged unknown (missed entirely) with the shipped rule, by the evidence they hold (counts only).
for (const [g, inGroup] of [['READ', (b: number) => READ.has(b)], ['UNREAD', (b: number) => !READ.has(b)]] as const) {
  const bins = new Map<string, number>();
  for (const r of rows) {
    if (r.brand !== 'demo' || !inGroup(r.batch) || !isScam(r.label)) continue;
    const p = P[key(r)];
    if (combined(r, p, t) !== 'unknown') continue;
    const bin = !r.input
      ? 'no words'
      : p === undefined || p === 0
        ? 'too short'
        : `${r.label} p${p >= 0.9 ? '≥.9' : p >= t.suspicious ? '≥sus' : p >= 0.5 ? '≥.5' : '<.5'} fam${Math.min(r.input.families?.length ?? 0, 3)}${r.rules?.request ? ' request' : ''}${r.rules?.warnings ? ' warned' : ''}`;
    bins.set(bin, (bins.get(bin) ?? 0) + 1);
  }
  console.log(`${g} scams unknown: ${[...bins].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}× ${k}`).join('; ')}`);
}
