// The SQLite report (GROUP BY over day and hour rollups) gives exactly the report of aggregating the records
// directly, for any filter — including ranges that cut through a day or an hour — and stays exact as rows keep arriving. The list() path gives
// the same figures on both store kinds (Redis included).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SESSIONS, DEMO_START, demoOutcomes } from '../../src/reports/demo.ts';
import { listReportSource, reportFromRecords, reportSource } from '../../src/reports/index.ts';
import { createSqliteReports, ROLLUP_VERSION } from '../../src/reports/sqlite.ts';
import { openStore, type StateStore } from '../../src/store/index.ts';
import { type DB, openDb } from '../../src/store/sqlite/db.ts';
import { title, useBackends } from '../store/backends.ts';
import { HAND, REPORT_QUERIES } from './fixtures.ts';

const DAY = 86_400_000;
const H = 3_600_000;

describe('SQLite report (GROUP BY over rollups)', () => {
  let dir: string;
  let store: StateStore;
  let db: DB;
  const first = demoOutcomes({ count: 3000, seed: 5 });
  const all = [...first];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scam-coach-reports-'));
    // Written through the real store, read through a second connection (as `scam-coach report` does).
    store = await openStore({ dataDir: dir });
    await store.outcomes.addMany(first);
    db = openDb(dir);
  });
  afterAll(async () => {
    db?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(REPORT_QUERIES)('same report as the records themselves: %o', (q) => {
    const sql = createSqliteReports(db);
    expect(sql.report(q)).toEqual(reportFromRecords(first, q));
  });

  it('folds new rows in incrementally and stays exact', async () => {
    const sql = createSqliteReports(db);
    sql.report({ tz: 480 });
    const more = demoOutcomes({ count: 500, seed: 6, start: DEMO_START + 10 * DAY, days: 30 });
    await store.outcomes.addMany(more);
    all.push(...more);
    // Another process (a second connection) folds them first: no row may be counted twice. The rollups serve
    // every time zone, so nothing is left to fold for any of them.
    const otherDb = openDb(dir);
    expect(createSqliteReports(otherDb).refresh().rows).toBe(500);
    otherDb.close();
    expect(sql.refresh().rows).toBe(0);
    for (const q of [{ tz: 480 }, {}, { from: DEMO_START + 25 * DAY + 3 * H, tz: 480, channel: 'app' as const }]) {
      expect(sql.report(q)).toEqual(reportFromRecords(all, q));
    }
    // HAND records are years apart from the demo: new days, new cells.
    await store.outcomes.addMany(HAND);
    all.push(...HAND);
    expect(sql.report({})).toEqual(reportFromRecords(all, {}));
  });

  it('two folders racing over the same rows (another process): each row counted once', async () => {
    const more = demoOutcomes({ count: 25_000, seed: 8 });
    await store.outcomes.addMany(more);
    all.push(...more);
    const otherDb = openDb(dir);
    try {
      const a = createSqliteReports(db, { passRows: 5000 });
      const b = createSqliteReports(otherDb);
      // A folds pass by pass and yields between passes; B folds everything left meanwhile: every row once.
      const racing = a.refreshAsync();
      await new Promise<void>((resolve) => setImmediate(resolve));
      const byB = b.refresh().rows;
      const byA = (await racing).rows;
      expect(byA).toBeGreaterThan(0);
      expect(byB).toBeGreaterThan(0);
      expect(byA + byB).toBe(more.length);
      expect(a.report({})).toEqual(reportFromRecords(all, {}));
      expect(b.report({ session: DEMO_SESSIONS[0] })).toEqual(reportFromRecords(all, { session: DEMO_SESSIONS[0] }));
    } finally {
      otherDb.close();
    }
  }, 60_000); // 25,000 rows folded into eight spans of blocks, on a shared 2-core machine

  it('rebuilds the rollups when their version changes', () => {
    db.prepare('UPDATE report_mark SET version = ?').run(ROLLUP_VERSION - 1);
    const sql = createSqliteReports(db);
    expect(sql.refresh().rows).toBe(all.length);
    expect(sql.report({})).toEqual(reportFromRecords(all, {}));
  });

  it('reportSource picks the fast path when given the handle, list() otherwise', async () => {
    expect(reportSource(store, db).mode).toBe('sqlite');
    // A store whose outcome store exposes its handle as `db` gets the fast path by itself.
    expect(reportSource({ outcomes: { ...store.outcomes, db } as typeof store.outcomes }).mode).toBe('sqlite');
    expect(reportSource(store).mode).toBe((store.outcomes as { db?: unknown }).db ? 'sqlite' : 'list');
    const q = { session: DEMO_SESSIONS[2], tz: 480 };
    expect(await reportSource(store, db).report(q)).toEqual(await listReportSource(store.outcomes).report(q));
  });
});

describe('list() path on both store kinds', () => {
  const backends = useBackends();
  const records = demoOutcomes({ count: 800, seed: 9 });
  for (const b of backends) {
    describe.skipIf(b.skip)(title(b), () => {
      it('same figures as aggregating the records', async () => {
        const space = await b.space();
        try {
          const store = await space.open();
          await store.outcomes.addMany(records);
          const source = listReportSource(store.outcomes);
          for (const q of [
            {},
            { session: DEMO_SESSIONS[0], tz: 480 },
            { channel: 'app' as const, from: DEMO_START + 3 * DAY + 5 * H },
          ]) {
            expect(await source.report(q)).toEqual(reportFromRecords(records, q));
          }
        } finally {
          await space.dispose();
        }
      });
    });
  }
});
