// Chat lines on Redis: one list per key, RPUSH then LTRIM in one MULTI, so readers never see more than `keep`.
import type { Redis } from 'ioredis';
import type { HistoryStore } from '../types.ts';

export type RedisHistory = HistoryStore & { append(key: string, lines: unknown[], keep: number): Promise<void> };

export function createRedisHistory(redis: Redis, prefix: string): RedisHistory {
  const ns = `${prefix}history:`;
  return {
    async clear(key) {
      await redis.del(ns + key);
    },
    async recent(key, limit) {
      if (limit <= 0) return [];
      return (await redis.lrange(ns + key, -limit, -1)).map((json) => JSON.parse(json) as unknown);
    },
    async append(key, lines, keep) {
      if (!lines.length) return;
      const results = await redis
        .multi()
        .rpush(ns + key, ...lines.map((l) => JSON.stringify(l)))
        .ltrim(ns + key, -Math.max(1, keep), -1)
        .exec();
      const failed = results?.find(([err]) => err);
      if (failed) throw failed[0];
    },
  };
}
