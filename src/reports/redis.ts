// The Redis fast path. Reading a million outcome records out of Redis takes seconds, so reports keep partials (Redis
// cannot GROUP BY: these are serialised Accumulators, the tally SQLite's rollups mirror in SQL):
// - the store appends every record to one list (src/store/redis/outcomes.ts). Reports copy what is new there into one
//   list per UTC hour (`report:hour:<h>`, their hours in the set `report:hours`) and move the mark `report:upto`, in
//   one MULTI per page, under a Redis lock: each record lands in its hour exactly once, whichever instance copies it;
// - per time zone, a hash `report:cells:<tz>` holds for each hour the Accumulators of its first `n` records per
//   (session, channel). An hour whose list has grown is topped up from its new records and written back. A cell
//   always says how many records it holds, so two instances topping up at once cannot double-count;
// - a report merges the cells of the whole hours in its range and reads the records of the (at most two) hours it
//   cuts through. Results are identical to aggregating the records directly (test/reports/redis.test.ts).
import type { Redis } from 'ioredis';
import { createRedisLock } from '../store/redis/lock.ts';
import { matchesFilter } from '../store/outcome-filter.ts';
import type { OutcomeRecord } from '../store/types.ts';
import { Accumulator, type AccumulatorJSON } from './accumulate.ts';
import { finalizeReport } from './finalize.ts';
import { HOUR_MS } from './time.ts';
import type { Report, ReportQuery } from './types.ts';

/** Records copied per MULTI while distributing into hour lists. */
const PAGE = 10_000;
/** Bump when the stored cell layout or the Accumulator's serialised form changes: cells of another version are rebuilt. */
const CELLS_VERSION = 3;

/** One hour's partials: its first `n` records, per (session or null, channel). */
interface HourCells {
  v: number;
  n: number;
  cells: [session: string | null, channel: string, acc: AccumulatorJSON][];
}

export interface RedisReports {
  /** Copies records new in the store's list into the hour lists (what every report does first). */
  distribute(): Promise<number>;
  report(query?: ReportQuery): Promise<Report>;
}

export function createRedisReports(redis: Redis, prefix: string): RedisReports {
  const list = `${prefix}outcomes`;
  const hourList = (h: number) => `${prefix}report:hour:${h}`;
  const hoursKey = `${prefix}report:hours`;
  const upToKey = `${prefix}report:upto`;
  const cellsKey = (tz: number) => `${prefix}report:cells:${tz}`;
  // Copying a large backlog takes a while: a second instance waits for it rather than copying the same records.
  const lock = createRedisLock(redis, prefix, { ttlMs: 30_000, waitMs: 120_000 });
  /** `${tz}:${hour}` → that hour's cells as last read or written here (hour lists only grow, so `n` says if current). */
  const parsedCells = new Map<string, HourCells>();

  async function distribute(): Promise<number> {
    return lock.run('report:distribute', async () => {
      let from = Number((await redis.get(upToKey)) ?? 0);
      let copied = 0;
      for (;;) {
        const page = await redis.lrange(list, from, from + PAGE - 1);
        if (!page.length) return copied;
        const byHour = new Map<number, string[]>();
        for (const json of page) {
          const h = Math.floor((JSON.parse(json) as OutcomeRecord).at / HOUR_MS);
          const items = byHour.get(h);
          if (items) items.push(json);
          else byHour.set(h, [json]);
        }
        const tx = redis.multi();
        for (const [h, items] of byHour) tx.rpush(hourList(h), ...items);
        tx.sadd(hoursKey, ...byHour.keys());
        tx.set(upToKey, from + page.length);
        for (const [err] of (await tx.exec()) ?? []) if (err) throw err;
        from += page.length;
        copied += page.length;
        if (page.length < PAGE) return copied;
      }
    });
  }

  async function readHour(h: number, start: number, end: number): Promise<OutcomeRecord[]> {
    if (end <= start) return [];
    return (await redis.lrange(hourList(h), start, end - 1)).map((json) => JSON.parse(json) as OutcomeRecord);
  }

  /** Every hour's cells for time zone `tz`, topped up to the records its list holds now. */
  async function hourCells(tz: number): Promise<Map<number, HourCells>> {
    const hours = (await redis.smembers(hoursKey)).map(Number).sort((a, b) => a - b);
    const out = new Map<number, HourCells>();
    if (!hours.length) return out;
    const lengths = redis.pipeline();
    for (const h of hours) lengths.llen(hourList(h));
    const counts = ((await lengths.exec()) ?? []).map(([err, n]) => {
      if (err) throw err;
      return n as number;
    });
    // Cells this process parsed before and that still hold every record of their hour need no read at all.
    const stale = hours.filter((h, i) => parsedCells.get(`${tz}:${h}`)?.n !== counts[i]);
    const stored = stale.length ? await redis.hmget(cellsKey(tz), ...stale.map(String)) : [];
    const storedOf = new Map(stale.map((h, i) => [h, stored[i] ?? null]));
    const changed: [number, HourCells][] = [];
    for (const [i, h] of hours.entries()) {
      const length = counts[i]!;
      let hc = parsedCells.get(`${tz}:${h}`);
      if (hc?.n !== length) {
        const json = storedOf.get(h);
        const parsed = json ? (JSON.parse(json) as HourCells) : undefined;
        hc = parsed?.v === CELLS_VERSION && parsed.n <= length ? parsed : { v: CELLS_VERSION, n: 0, cells: [] };
        if (hc.n < length) {
          hc = topUp(hc, await readHour(h, hc.n, length), tz);
          changed.push([h, hc]);
        }
        parsedCells.set(`${tz}:${h}`, hc);
      }
      out.set(h, hc);
    }
    if (changed.length)
      await redis.hset(cellsKey(tz), ...changed.flatMap(([h, hc]) => [String(h), JSON.stringify(hc)]));
    return out;
  }

  async function report(query: ReportQuery = {}): Promise<Report> {
    const tz = query.tz ?? 0;
    await distribute();
    const hours = await hourCells(tz);
    const acc = new Accumulator(tz);
    const sessions = new Set<string>();
    const channels = new Set<string>();
    for (const [h, hc] of hours) {
      for (const [session, channel] of hc.cells) {
        if (session) sessions.add(session);
        channels.add(channel);
      }
      const start = h * HOUR_MS;
      const end = start + HOUR_MS;
      if ((query.from !== undefined && end <= query.from) || (query.to !== undefined && start >= query.to)) continue;
      const whole = (query.from === undefined || start >= query.from) && (query.to === undefined || end <= query.to);
      if (whole) {
        for (const [session, channel, cell] of hc.cells) {
          if (query.session !== undefined && (session ?? undefined) !== query.session) continue;
          if (query.channel !== undefined && channel !== query.channel) continue;
          acc.merge(cell);
        }
      } else {
        // An hour the range cuts through: its records themselves (those the cells hold, for one consistent count).
        for (const rec of await readHour(h, 0, hc.n)) if (matchesFilter(rec, query)) acc.add(rec);
      }
    }
    return finalizeReport(acc, query, { sessions, channels });
  }

  return { distribute, report };
}

/** Folds an hour's new records into its cells. */
function topUp(hc: HourCells, records: OutcomeRecord[], tz: number): HourCells {
  const byKey = new Map<string, [string | null, string, Accumulator]>();
  for (const [session, channel, json] of hc.cells) {
    byKey.set(JSON.stringify([session, channel]), [session, channel, Accumulator.fromJSON(json)]);
  }
  for (const rec of records) {
    const session = rec.session ?? null;
    const key = JSON.stringify([session, rec.channel]);
    let entry = byKey.get(key);
    if (!entry) {
      entry = [session, rec.channel, new Accumulator(tz)];
      byKey.set(key, entry);
    }
    entry[2].add(rec);
  }
  return {
    v: CELLS_VERSION,
    n: hc.n + records.length,
    cells: [...byKey.values()].map(([session, channel, acc]) => [session, channel, acc.toJSON()]),
  };
}
