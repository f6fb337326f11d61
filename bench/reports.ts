// Report query time with 1,000,000 stored outcomes (SQLite), beside baselines measured in the same run: a plain
// `SELECT count(*)`, one plain GROUP BY scan of the table, and the list()-and-aggregate path (what Redis uses).
// Target: < 200 ms per report query. Run alone: `node --import tsx bench/reports.ts`.
// Env: BENCH_REPORT_ROWS (default 1000000); BENCH_REPORT_DIR to keep the seeded database and reuse it next run;
// BENCH_REPORT_LIST=0 to skip the slow list() baseline.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY_MS, DEMO_SESSIONS, DEMO_START, demoOutcomes } from '../src/reports/demo.ts';
import { type ReportQuery, reportFromRecords } from '../src/reports/index.ts';
import { createSqliteReports } from '../src/reports/sqlite.ts';
import { FACTS } from '../src/reports/sqlite/facts.ts';
import { DB_FILE, openDb } from '../src/store/sqlite/db.ts';
import { createSqliteOutcomes } from '../src/store/sqlite/outcomes.ts';
import { fmt, percentile, table } from './harness.ts';

const TARGET_MS = 200;

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function runs(n: number, fn: () => unknown): { median: number; p95: number } {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push(time(fn).ms);
  ms.sort((a, b) => a - b);
  return { median: percentile(ms, 50), p95: percentile(ms, 95) };
}

export async function benchReports(): Promise<void> {
  const rows = Number(process.env.BENCH_REPORT_ROWS ?? 1_000_000);
  const keep = process.env.BENCH_REPORT_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'scam-coach-bench-reports-'));
  const reuse = keep !== undefined && existsSync(join(dir, DB_FILE));
  const db = openDb(dir);
  const outcomes = createSqliteOutcomes(db);
  console.log(`\n## reports (SQLite, ${fmt(rows)} outcomes)`);
  try {
    const have = await outcomes.count();
    if (!reuse || have !== rows) {
      if (have) throw new Error(`${dir} holds ${have} outcomes, not ${rows}: point BENCH_REPORT_DIR elsewhere`);
      const seeded = await timeAsync(async () => {
        const recs = demoOutcomes({ count: rows, seed: 7, users: Math.max(5, Math.floor(rows / 8)) });
        for (let i = 0; i < recs.length; i += 100_000) await outcomes.addMany(recs.slice(i, i + 100_000));
      });
      console.log(`seeded ${fmt(rows)} demo outcomes in ${fmt(seeded.ms / 1000, 1)} s (${dir})`);
    } else console.log(`reusing ${dir}`);
    // Measure the build of the rollups from scratch, as on the first report after an upgrade.
    db.exec('DROP TABLE IF EXISTS report_mark');

    const countStmt = db.prepare('SELECT count(*) FROM outcomes').pluck();
    const groupStmt = db.prepare('SELECT kind, channel, count(*) FROM outcomes GROUP BY kind, channel');
    const count = runs(5, () => countStmt.get());
    const groupBy = runs(3, () => groupStmt.all());

    const sql = createSqliteReports(db);
    const build = time(() => sql.refresh());
    const cells = Object.values(FACTS)
      .map((f) => db.prepare(`SELECT count(*) FROM ${f.table}`).pluck().get() as number)
      .reduce((a, b) => a + b, 0);

    const mid = DEMO_START + 7 * DAY_MS;
    const queries: [string, ReportQuery][] = [
      ['report: everything', {}],
      ['report: everything, UTC+08:00', { tz: 480 }],
      ['report: everything, UTC+05:30 (checks per day from the rows)', { tz: 330 }],
      ['report: one session', { session: DEMO_SESSIONS[0] }],
      ['report: session + channel', { session: DEMO_SESSIONS[1], channel: 'app' }],
      ['report: 14 whole days', { from: mid, to: mid + 14 * DAY_MS }],
      ['report: range cutting 2 days', { from: mid + 5 * 3_600_000, to: mid + 14 * DAY_MS + 9 * 3_600_000 }],
    ];
    const measured = queries.map(([name, q]) => ({ name, ...runs(20, () => sql.report(q)) }));

    // New outcomes keep arriving (in the current hour), or a batch lands spread over the whole period (a late
    // import): fold 1,000 rows in, then report.
    const afterAdding = async (spread: boolean) => {
      const ms: number[] = [];
      for (let round = 0; round < 5; round++) {
        const start = spread ? DEMO_START : DEMO_START + 28 * DAY_MS - 3_600_000;
        const days = spread ? 28 : 1 / 24;
        await outcomes.addMany(demoOutcomes({ count: 1000, seed: 100 + round, start, days }));
        ms.push(time(() => sql.report({})).ms);
      }
      return ms.sort((a, b) => a - b);
    };
    const today = await afterAdding(false);
    const spread = await afterAdding(true);
    const total = rows + 10_000;

    let listMs: number | undefined;
    if (process.env.BENCH_REPORT_LIST !== '0') {
      listMs = (await timeAsync(async () => reportFromRecords(await outcomes.list(), {}))).ms;
    }

    const base = groupBy.median;
    const line = (name: string, median: number, p95?: number) => [
      name,
      fmt(median, 1),
      p95 === undefined ? '' : fmt(p95, 1),
      `${fmt(median / base, 3)}x`,
    ];
    console.log(
      table([
        ['what', 'median ms', 'p95 ms', 'vs one GROUP BY scan'],
        line('baseline: SELECT count(*)', count.median, count.p95),
        line('baseline: one GROUP BY kind, channel scan', groupBy.median, groupBy.p95),
        ...measured.map((m) => line(m.name, m.median, m.p95)),
        line('report after 1,000 new rows this hour (fold + query)', percentile(today, 50), percentile(today, 95)),
        line('report after a late import of 1,000 rows over 28 days', percentile(spread, 50), percentile(spread, 95)),
        ...(listMs === undefined ? [] : [line('baseline: list() + aggregate in JS (Redis path)', listMs)]),
        line(`one-time build of the rollups: hours, days, all time (${fmt(cells)} rows)`, build.ms),
      ]),
    );
    const worst = Math.max(...measured.map((m) => m.p95), percentile(today, 95));
    console.log(
      `load average while measuring: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${availableParallelism()} cores`,
    );
    console.log(
      `target: report query < ${TARGET_MS} ms at ${fmt(total)} outcomes (queries and the fold of new rows; the late import` +
        ` and the one-time build are not report queries) → ${worst < TARGET_MS ? 'met' : 'NOT met'} (worst p95 ${fmt(worst, 1)} ms)`,
    );
  } finally {
    // A kept database goes back to exactly `rows` outcomes, ready for the next run.
    if (keep && db.open) db.prepare('DELETE FROM outcomes WHERE id > ?').run(rows);
    db.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchReports();
