// The Redis fast path (hourly partials beside the records) gives exactly the report of aggregating the records
// directly, for any filter and range, stays exact as records keep arriving (old hours included), and counts each
// record once when two instances report at the same time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SESSIONS, DEMO_START, demoOutcomes } from '../../src/reports/demo.ts';
import { createRedisReports, reportFromRecords, reportSource } from '../../src/reports/index.ts';
import type { StateStore } from '../../src/store/index.ts';
import type { OutcomeRecord } from '../../src/store/types.ts';
import { type Space, title, useBackends } from '../store/backends.ts';
import { HAND, REPORT_QUERIES } from './fixtures.ts';

const DAY = 86_400_000;
const H = 3_600_000;
const redisBackend = useBackends().find((b) => b.kind === 'redis')!;

describe.skipIf(!!redisBackend.skip)(`Redis hourly partials: ${title(redisBackend)}`, () => {
  let space: Space;
  let store: StateStore;
  const all: OutcomeRecord[] = demoOutcomes({ count: 3000, seed: 5 });
  const partials = () => {
    const { client, prefix } = store.outcomes.redis as { client: never; prefix: string };
    return createRedisReports(client, prefix);
  };

  beforeAll(async () => {
    space = await redisBackend.space();
    store = await space.open();
    await store.outcomes.addMany(all);
  });
  afterAll(async () => {
    await space?.dispose();
  });

  it('is what reportSource picks for a Redis store', () => {
    expect(reportSource(store).mode).toBe('redis');
  });

  it.each(REPORT_QUERIES)('same report as the records themselves: %o', async (q) => {
    expect(await partials().report(q)).toEqual(reportFromRecords(all, q));
  });

  it('copies each record into its hour once, and tops up hours as records arrive (old hours too)', async () => {
    const reports = partials();
    expect(await reports.distribute()).toBe(0); // the reports above copied everything already
    const more = demoOutcomes({ count: 500, seed: 6, start: DEMO_START + 10 * DAY, days: 30 });
    // Records of hours that already have partials (the first days again) and of new ones.
    const late = demoOutcomes({ count: 200, seed: 7, days: 5 });
    await store.outcomes.addMany([...more, ...late]);
    all.push(...more, ...late);
    for (const q of [{ tz: 480 }, {}, { from: DEMO_START + 25 * DAY + 3 * H, tz: 480, channel: 'app' as const }]) {
      expect(await reports.report(q)).toEqual(reportFromRecords(all, q));
    }
    expect(await reports.distribute()).toBe(0);
    // HAND records are years apart from the demo: new hours, and records without a session.
    await store.outcomes.addMany(HAND);
    all.push(...HAND);
    expect(await reports.report({})).toEqual(reportFromRecords(all, {}));
    expect(await reports.report({ tz: -330, session: 'A' })).toEqual(reportFromRecords(all, { tz: -330, session: 'A' }));
  });

  it('two instances reporting at once over new records: each record counted once', async () => {
    const more = demoOutcomes({ count: 25_000, seed: 8 });
    await store.outcomes.addMany(more);
    all.push(...more);
    const other = await space.open();
    const { client, prefix } = other.outcomes.redis as { client: never; prefix: string };
    const b = createRedisReports(client, prefix);
    const q = { session: DEMO_SESSIONS[0], tz: 480 };
    const [ra, rb] = await Promise.all([partials().report({}), b.report(q)]);
    expect(ra).toEqual(reportFromRecords(all, {}));
    expect(rb).toEqual(reportFromRecords(all, q));
    expect(await partials().report(q)).toEqual(reportFromRecords(all, q));
  });
});
