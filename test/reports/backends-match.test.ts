// The same records give the same report on both backends: SQLite (GROUP BY over rollups) and Redis (hourly
// Accumulator partials) — JSON, every CSV section and the terminal tables, for every filter shape the fast paths
// must answer — and both equal the report of the records themselves.
import { describe, expect, it } from 'vitest';
import { DEMO_START, demoOutcomes } from '../../src/reports/demo.ts';
import { CSV_SECTIONS, reportFromRecords, reportSource, reportTable, sectionCsv } from '../../src/reports/index.ts';
import { title, useBackends } from '../store/backends.ts';
import { HAND, REPORT_QUERIES } from './fixtures.ts';

const DAY = 86_400_000;
const backends = useBackends();
const redis = backends.find((b) => b.kind === 'redis')!;
const sqlite = backends.find((b) => b.kind === 'sqlite')!;

describe.skipIf(!!redis.skip)(`SQLite and Redis reports match: ${title(redis)}`, () => {
  it('same report, CSV and tables from the same seeded records', async () => {
    const records = [...demoOutcomes({ count: 2000, seed: 11 }), ...HAND];
    const later = demoOutcomes({ count: 300, seed: 12, start: DEMO_START + 20 * DAY, days: 15 });
    const spaces = [await sqlite.space(), await redis.space()];
    try {
      const stores = await Promise.all(spaces.map((s) => s.open()));
      const sources = stores.map((s) => reportSource(s));
      expect(sources.map((s) => s.mode)).toEqual(['sqlite', 'redis']);
      for (const s of stores) await s.outcomes.addMany(records);
      // A first report builds the partials; the later records are then folded in on top.
      for (const s of sources) await s.report({ tz: 480 });
      for (const s of stores) await s.outcomes.addMany(later);
      const all = [...records, ...later];
      for (const q of REPORT_QUERIES) {
        const [onSqlite, onRedis] = await Promise.all(sources.map((s) => s.report(q)));
        expect(onSqlite).toEqual(onRedis);
        expect(onSqlite).toEqual(reportFromRecords(all, q));
        for (const section of CSV_SECTIONS) expect(sectionCsv(onSqlite!, section)).toBe(sectionCsv(onRedis!, section));
        expect(reportTable(onSqlite!)).toBe(reportTable(onRedis!));
      }
    } finally {
      for (const s of spaces) await s.dispose();
    }
  }, 60_000);
});
