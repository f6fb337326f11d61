// SQLite report time of this checkout beside other checkouts', in one process, in interleaved rounds: on a shared
// machine the load moves between runs, so two benches run one after the other compare the load as much as the code.
// One database is seeded with this checkout's demo outcomes and copied once per checkout (each keeps its own report
// tables in its copy); every checkout folds its copy, then each round runs every query once per checkout (order
// alternating) and records CPU ms per report (process.cpuUsage). Medians over the rounds and ratios to this checkout.
// `npx tsx bench/reports-compare.ts OTHER_CHECKOUT… [--rows N] [--rounds N]` (OTHER_CHECKOUT: e.g. `git archive REV |
// tar -x -C DIR` with node_modules linked).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DAY_MS, DEMO_SESSIONS, DEMO_START, demoOutcomes } from '../src/reports/demo.ts';
import type { ReportQuery } from '../src/reports/types.ts';
import { DB_FILE, openDb } from '../src/store/sqlite/db.ts';
import { createSqliteOutcomes } from '../src/store/sqlite/outcomes.ts';
import { fmt, percentile, table } from './harness.ts';

interface Tree {
  name: string;
  report(q: ReportQuery): unknown;
  /** Appends records to this tree's copy (through this checkout's store code: the outcomes table is the same). */
  add(recs: ReturnType<typeof demoOutcomes>): Promise<void>;
}

/** New rows arriving before a report (the fold is part of the report's time): this hour's, or a late import. */
const ARRIVALS: [string, (round: number) => ReturnType<typeof demoOutcomes>][] = [
  ['1,000 new rows this hour, then everything', (r) =>
    demoOutcomes({ count: 1000, seed: 100 + r, start: DEMO_START + 28 * DAY_MS - 3_600_000, days: 1 / 24 })],
  ['late import of 1,000 rows over 28 days, then everything', (r) =>
    demoOutcomes({ count: 1000, seed: 200 + r, start: DEMO_START, days: 28 })],
];

const HOUR = 3_600_000;
const MID = DEMO_START + 7 * DAY_MS;
/** Local midnight at +08:00 of a UTC day. */
const CST = (ms: number) => ms - 8 * HOUR;
export const COMPARE_QUERIES: [string, ReportQuery][] = [
  ['everything', {}],
  ['everything, UTC+08:00', { tz: 480 }],
  ['one session', { session: DEMO_SESSIONS[0] }],
  ['14 whole days', { from: MID, to: MID + 14 * DAY_MS }],
  ['14 whole days, UTC+08:00', { from: CST(MID), to: CST(MID + 14 * DAY_MS), tz: 480 }],
  ['range cutting 2 days', { from: MID + 5 * HOUR, to: MID + 14 * DAY_MS + 9 * HOUR }],
  ['range cutting 2 days at odd minutes', { from: MID + 5 * HOUR + 17 * 60_000, to: MID + 14 * DAY_MS + 9 * HOUR + 41 * 60_000 }],
  ['1 whole day, one session', { from: MID, to: MID + DAY_MS, session: DEMO_SESSIONS[1] }],
  ['3 whole days, UTC+05:30', { from: MID - 330 * 60_000, to: MID + 3 * DAY_MS - 330 * 60_000, tz: 330 }],
];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rows: { type: 'string', default: '300000' }, rounds: { type: 'string', default: '15' } },
  });
  const rows = Number(values.rows);
  const rounds = Number(values.rounds);
  const dir = mkdtempSync(join(tmpdir(), 'scam-coach-reports-compare-'));
  try {
    const seedDb = openDb(join(dir, 'seed'));
    const outcomes = createSqliteOutcomes(seedDb);
    const recs = demoOutcomes({ count: rows, seed: 7, users: Math.max(5, Math.floor(rows / 8)) });
    for (let i = 0; i < recs.length; i += 100_000) await outcomes.addMany(recs.slice(i, i + 100_000));
    seedDb.pragma('wal_checkpoint(TRUNCATE)');
    seedDb.close();

    const trees: Tree[] = [];
    for (const [i, root] of [resolve('.'), ...positionals.map((p) => resolve(p))].entries()) {
      const copy = join(dir, `tree${i}`);
      mkdirSync(copy);
      copyFileSync(join(dir, 'seed', DB_FILE), join(copy, DB_FILE));
      const dbMod = (await import(join(root, 'src/store/sqlite/db.ts'))) as { openDb(d: string): unknown };
      const sqlMod = (await import(join(root, 'src/reports/sqlite.ts'))) as {
        createSqliteReports(db: unknown): { report(q: ReportQuery): unknown };
      };
      const db = dbMod.openDb(copy);
      const sql = sqlMod.createSqliteReports(db);
      const store = createSqliteOutcomes(db as Parameters<typeof createSqliteOutcomes>[0]);
      const build = performance.now();
      for (const [, q] of COMPARE_QUERIES) sql.report(q); // builds rollups / cells (per time zone in older trees)
      console.log(`${i === 0 ? 'this checkout' : root}: first reports (build) ${fmt(performance.now() - build)} ms`);
      trees.push({ name: i === 0 ? 'this' : root, report: (q) => sql.report(q), add: (recs) => store.addMany(recs) });
    }

    const cpuMs = new Map<string, number[]>();
    for (let r = 0; r < rounds; r++) {
      for (const [name, q] of COMPARE_QUERIES) {
        for (const t of r % 2 ? [...trees].reverse() : trees) {
          const cpu = process.cpuUsage();
          t.report(q);
          const used = process.cpuUsage(cpu);
          const key = `${name}\u0000${t.name}`;
          cpuMs.set(key, [...(cpuMs.get(key) ?? []), (used.user + used.system) / 1000]);
        }
      }
      for (const [name, recs] of ARRIVALS) {
        const batch = recs(r);
        for (const t of r % 2 ? [...trees].reverse() : trees) {
          await t.add(batch);
          const cpu = process.cpuUsage();
          t.report({});
          const used = process.cpuUsage(cpu);
          const key = `${name}\u0000${t.name}`;
          cpuMs.set(key, [...(cpuMs.get(key) ?? []), (used.user + used.system) / 1000]);
        }
      }
    }
    const median = (name: string, tree: string) => percentile([...cpuMs.get(`${name}\u0000${tree}`)!].sort((a, b) => a - b), 50);
    console.log(`\n## reports compare (SQLite, ${fmt(rows)} outcomes, ${rounds} rounds, CPU ms per report, median)`);
    console.log(
      table([
        ['query', ...trees.map((t) => t.name), ...trees.slice(1).map((t) => `${t.name} / this`)],
        ...[...COMPARE_QUERIES, ...ARRIVALS].map(([name]) => {
          const mine = median(name, 'this');
          const others = trees.slice(1).map((t) => median(name, t.name));
          return [name, fmt(mine, 2), ...others.map((m) => fmt(m, 2)), ...others.map((m) => `${fmt(m / mine, 2)}x`)];
        }),
      ]),
    );
    console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
