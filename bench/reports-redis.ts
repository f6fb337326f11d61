// Report query time on the Redis store with 1,000,000 outcomes (hourly partials, src/reports/redis.ts), beside the
// list()-and-aggregate baseline measured in the same run. Needs a `redis-server` binary (a throwaway one is started
// on a free port). Target as on SQLite: < 200 ms per report query once the partials exist.
//   node --import tsx bench/reports-redis.ts        BENCH_REPORT_ROWS=200000 for a quicker run
import { DAY_MS, DEMO_SESSIONS, DEMO_START, demoOutcomes } from '../src/reports/demo.ts';
import { createRedisReports, listReportSource, type ReportQuery } from '../src/reports/index.ts';
import { openStore } from '../src/store/index.ts';
import { redisSkipReason, spawnRedis } from '../test/store/redis-server.ts';
import { fmt, percentile, table } from './harness.ts';

const ROWS = Number(process.env.BENCH_REPORT_ROWS) || 1_000_000;
const TARGET_MS = 200;

async function ms(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function benchRedisReports(): Promise<void> {
  if (redisSkipReason) return console.log(`\n## reports (Redis): skipped — ${redisSkipReason}`);
  const redis = await spawnRedis();
  const store = await openStore({ dataDir: '/nonexistent', redisUrl: redis.url, redisPrefix: 'bench:' });
  try {
    for (let i = 0; i < ROWS; i += 100_000) {
      await store.outcomes.addMany(demoOutcomes({ count: Math.min(100_000, ROWS - i), seed: i + 1, days: 28 }));
    }
    const { client, prefix } = store.outcomes.redis as { client: never; prefix: string };
    const reports = createRedisReports(client, prefix);
    const build = await ms(() => reports.report({}));
    const queries: [string, ReportQuery][] = [
      ['full report', {}],
      ['one session', { session: DEMO_SESSIONS[0] }],
      ['14 days cut mid-hour', { from: DEMO_START + 3 * DAY_MS + 1_800_000, to: DEMO_START + 17 * DAY_MS + 900_000 }],
    ];
    const rows: (string | number)[][] = [];
    let worst = 0;
    for (const [name, q] of queries) {
      const times: number[] = [];
      for (let k = 0; k < 7; k++) times.push(await ms(() => reports.report(q)));
      times.sort((a, b) => a - b);
      worst = Math.max(worst, percentile(times, 95));
      rows.push([name, fmt(percentile(times, 50), 1), fmt(percentile(times, 95), 1)]);
    }
    const baseline = await ms(() => listReportSource(store.outcomes).report({}));
    console.log(`\n## reports (Redis, ${fmt(ROWS)} outcomes)`);
    console.log(
      table([
        ['query', 'median ms', 'p95 ms', 'vs baseline'],
        ...rows.map((r) => [...r, `${fmt(Number(String(r[1]).replace(/,/g, '')) / baseline, 3)}x`]),
        ['baseline: list() + aggregate in JS', fmt(baseline, 1), '', '1.000x'],
        ['one-time copy into hour lists + build of the partials', fmt(build, 1), '', `${fmt(build / baseline, 3)}x`],
      ]),
    );
    console.log(`target: report query < ${TARGET_MS} ms → ${worst < TARGET_MS ? 'met' : 'NOT met'} (worst p95 ${fmt(worst, 1)} ms)`);
  } finally {
    await store.close();
    await redis.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRedisReports();
