// Rate limits as token buckets, kept by the generic cell rate algorithm (GCRA): one number per key, the time at
// which the bucket would be full again ("theoretical arrival time"). A bucket of `limit` per `periodMs` allows a
// burst of `limit`, then one every periodMs/limit. One request may take from several buckets at once (per identity
// and per IP): it passes only if every bucket has room, and then takes from all of them.
import type { RateBucket, RateDecision, RateLimiter } from './types.ts';

/** Pure GCRA step: the new arrival times, or how long to wait. `tats[i]` is undefined for an unused key. */
export function gcra(buckets: readonly RateBucket[], tats: readonly (number | undefined)[], now: number) {
  const next: number[] = [];
  let waitMs = 0;
  buckets.forEach((b, i) => {
    const newTat = Math.max(tats[i] ?? now, now) + b.periodMs / b.limit;
    next.push(newTat);
    waitMs = Math.max(waitMs, newTat - b.periodMs - now);
  });
  return waitMs > 0 ? { ok: false as const, retryAfterMs: Math.ceil(waitMs) } : { ok: true as const, next };
}

const SWEEP_EVERY_MS = 60_000;

/** In-process limiter: the single-instance default (SQLite). Idle keys are swept once a minute. */
export function createMemoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const tats = new Map<string, number>();
  let lastSweep = now();
  return {
    async take(buckets): Promise<RateDecision> {
      const t = now();
      if (t - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = t;
        for (const [key, tat] of tats) if (tat <= t) tats.delete(key);
      }
      const step = gcra(
        buckets,
        buckets.map((b) => tats.get(b.key)),
        t,
      );
      if (!step.ok) return step;
      for (const [i, b] of buckets.entries()) tats.set(b.key, step.next[i]!);
      return { ok: true, retryAfterMs: 0 };
    },
  };
}
