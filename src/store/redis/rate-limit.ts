// Rate limits shared by every instance on one Redis: the same GCRA as src/store/rate-limit.ts, run as one Lua
// script (atomic across instances, one round trip for all of a request's buckets) on Redis's own clock.
import type { Redis } from 'ioredis';
import type { RateLimiter } from '../types.ts';
import { defineScript, TAKE_RATE } from './scripts.ts';

export function createRedisRateLimiter(redis: Redis, prefix: string): RateLimiter {
  const take = defineScript(redis, 'scamCoachTakeRate', TAKE_RATE);
  return {
    async take(buckets) {
      if (!buckets.length) return { ok: true, retryAfterMs: 0 };
      const reply = (await take(
        buckets.map((b) => `${prefix}rate:${b.key}`),
        buckets.flatMap((b) => [b.limit, b.periodMs]),
      )) as [number, number];
      return { ok: reply[0] === 1, retryAfterMs: reply[1] };
    },
  };
}
