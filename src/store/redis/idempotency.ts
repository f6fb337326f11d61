// Remembered replies for webhook retries: plain strings with a TTL, so Redis expires them itself.
import type { Redis } from 'ioredis';
import type { IdempotencyStore } from '../types.ts';

export function createRedisIdempotency(redis: Redis, prefix: string): IdempotencyStore {
  const ns = `${prefix}idem:`;
  return {
    async get(key) {
      const json = await redis.get(ns + key);
      return json === null ? undefined : JSON.parse(json);
    },
    async put(key, value, ttlSeconds) {
      if (value === undefined) throw new TypeError('idempotency: value must be JSON-serialisable, not undefined');
      // PX rather than EX: same millisecond precision as the SQLite store.
      await redis.set(ns + key, JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlSeconds * 1000)));
    },
  };
}
