// Outcome records on Redis: one JSON string per record, appended to the list `<prefix>outcomes`. Reading walks the
// list in pages, so a large list never makes one huge reply, and filters on the way.
import type { Redis } from 'ioredis';
import { matchesFilter } from '../outcome-filter.ts';
import type { OutcomeRecord, OutcomeStore } from '../types.ts';

const PUSH_CHUNK = 1000;
const READ_PAGE = 10_000;

export function createRedisOutcomes(redis: Redis, prefix: string): OutcomeStore {
  const key = `${prefix}outcomes`;
  return {
    redis: { client: redis, prefix },
    async add(rec) {
      await redis.rpush(key, JSON.stringify(rec));
    },
    async addMany(recs) {
      if (recs.length === 0) return;
      const pipeline = redis.pipeline();
      for (let i = 0; i < recs.length; i += PUSH_CHUNK) {
        pipeline.rpush(key, ...recs.slice(i, i + PUSH_CHUNK).map((r) => JSON.stringify(r)));
      }
      for (const [err] of (await pipeline.exec()) ?? []) if (err) throw err;
    },
    async list(filter = {}) {
      const out: OutcomeRecord[] = [];
      for (let start = 0; ; start += READ_PAGE) {
        const page = await redis.lrange(key, start, start + READ_PAGE - 1);
        for (const json of page) {
          const rec = JSON.parse(json) as OutcomeRecord;
          if (matchesFilter(rec, filter)) out.push(rec);
        }
        if (page.length < READ_PAGE) break;
      }
      // The list is in arrival order; seeded or late records may be older. Array sort is stable, so records with
      // the same `at` keep their insertion order, as in SQLite's ORDER BY at, id.
      return out.sort((a, b) => a.at - b.at);
    },
    async count() {
      return redis.llen(key);
    },
  };
}
