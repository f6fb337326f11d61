// Rate limits (token buckets by GCRA) on both backends: bursts up to the limit, a wait that says how long, all or
// none of a request's buckets, and on Redis one limit shared by every instance.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from '../../src/store/rate-limit.ts';
import { title, useBackends, useFreshStore } from './backends.ts';

const backends = useBackends();

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`rate limits: ${title(backend)}`, () => {
    const ctx = useFreshStore(backend);

    it('allows a burst of `limit`, then refuses with the wait until the next one', async () => {
      const bucket = { key: 'k', limit: 5, periodMs: 1000 };
      const results = [];
      for (let i = 0; i < 7; i++) results.push(await ctx.store.limits.take([bucket]));
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true, false, false]);
      expect(results[5]!.retryAfterMs).toBeGreaterThan(100);
      expect(results[5]!.retryAfterMs).toBeLessThanOrEqual(200); // one token every 200 ms
      await sleep(results[5]!.retryAfterMs + 20);
      expect((await ctx.store.limits.take([bucket])).ok).toBe(true);
    });

    it('takes from every bucket or from none', async () => {
      const ip = { key: 'ip', limit: 3, periodMs: 60_000 };
      const a = { key: 'user-a', limit: 2, periodMs: 60_000 };
      const b = { key: 'user-b', limit: 10, periodMs: 60_000 };
      expect((await ctx.store.limits.take([a, ip])).ok).toBe(true);
      expect((await ctx.store.limits.take([a, ip])).ok).toBe(true);
      // user-a is out: the refused request takes nothing from the IP bucket…
      expect((await ctx.store.limits.take([a, ip])).ok).toBe(false);
      // …so user-b behind the same IP still gets its last token, and then the IP is out for everyone.
      expect((await ctx.store.limits.take([b, ip])).ok).toBe(true);
      expect((await ctx.store.limits.take([b, ip])).ok).toBe(false);
      expect((await ctx.store.limits.take([b])).ok).toBe(true);
    });

    it.skipIf(backend.kind !== 'redis')('is one limit for every instance on the same Redis', async () => {
      const other = await ctx.space.open();
      const bucket = { key: 'shared', limit: 4, periodMs: 60_000 };
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? other : ctx.store).limits.take([bucket])),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(4);
    });
  });
}

describe('memory rate limiter', () => {
  it('forgets idle keys (a sweep once a minute)', async () => {
    let now = 0;
    const limiter = createMemoryRateLimiter(() => now);
    const bucket = (key: string) => ({ key, limit: 1, periodMs: 1000 });
    expect((await limiter.take([bucket('a')])).ok).toBe(true);
    expect((await limiter.take([bucket('a')])).ok).toBe(false);
    now += 61_000;
    expect((await limiter.take([bucket('a')])).ok).toBe(true);
  });
});
