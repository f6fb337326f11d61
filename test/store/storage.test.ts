// The BotBuilder Storage contract, run against SQLite and Redis alike.
import { describe, expect, it } from 'vitest';
import { ETagConflictError } from '../../src/store/index.ts';
import { title, useBackends, useFreshStore } from './backends.ts';

const backends = useBackends();

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`Storage contract: ${title(backend)}`, () => {
    const ctx = useFreshStore(backend);

    it('reads only keys that exist', async () => {
      expect(await ctx.store.storage.read([])).toEqual({});
      expect(await ctx.store.storage.read(['missing', 'also/missing'])).toEqual({});
      await ctx.store.storage.write({ a: { n: 1 } });
      expect(Object.keys(await ctx.store.storage.read(['a', 'missing']))).toEqual(['a']);
    });

    it('round-trips JSON values with an eTag, under arbitrary keys', async () => {
      const key = 'websocket/conversations/u-1 ünï/€ "x"';
      const value = { state: { text: '接电话前先挂断', list: [1, 2.5, null, true], nested: { deep: { x: '' } } } };
      await ctx.store.storage.write({ [key]: value });
      const items = await ctx.store.storage.read([key]);
      const { eTag, ...rest } = items[key];
      expect(rest).toEqual(value);
      expect(typeof eTag).toBe('string');
      expect(eTag.length).toBeGreaterThan(0);
      expect(value).not.toHaveProperty('eTag'); // the caller's object is not modified
    });

    it('writes with the current eTag and gives the item a new one', async () => {
      await ctx.store.storage.write({ k: { n: 1 } });
      const first = (await ctx.store.storage.read(['k']))['k'];
      await ctx.store.storage.write({ k: { ...first, n: 2 } });
      const second = (await ctx.store.storage.read(['k']))['k'];
      expect(second.n).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('throws an eTag conflict for a stale eTag and keeps the stored item', async () => {
      await ctx.store.storage.write({ k: { n: 1 } });
      const stale = (await ctx.store.storage.read(['k']))['k'];
      await ctx.store.storage.write({ k: { n: 2, eTag: '*' } });
      await expect(ctx.store.storage.write({ k: { ...stale, n: 3 } })).rejects.toThrow(/eTag conflict/);
      await expect(ctx.store.storage.write({ k: { ...stale, n: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
      expect((await ctx.store.storage.read(['k']))['k'].n).toBe(2);
    });

    it("overwrites unconditionally with eTag '*' or without an eTag", async () => {
      await ctx.store.storage.write({ k: { n: 1 } });
      await ctx.store.storage.write({ k: { n: 2, eTag: '*' } });
      expect((await ctx.store.storage.read(['k']))['k'].n).toBe(2);
      await ctx.store.storage.write({ k: { n: 3 } });
      expect((await ctx.store.storage.read(['k']))['k'].n).toBe(3);
    });

    it('applies a batch with a conflict not at all', async () => {
      await ctx.store.storage.write({ a: { n: 1 }, b: { n: 1 } });
      const stale = await ctx.store.storage.read(['a', 'b']);
      await ctx.store.storage.write({ b: { n: 2 } });
      await expect(
        ctx.store.storage.write({ a: { ...stale['a'], n: 9 }, b: { ...stale['b'], n: 9 }, c: { n: 9 } }),
      ).rejects.toThrow(/eTag conflict/);
      const now = await ctx.store.storage.read(['a', 'b', 'c']);
      expect([now['a']?.n, now['b']?.n, now['c']]).toEqual([1, 2, undefined]);
    });

    it('deletes keys, missing ones included', async () => {
      await ctx.store.storage.write({ a: { n: 1 }, b: { n: 2 } });
      await ctx.store.storage.delete(['a', 'never-written']);
      expect(Object.keys(await ctx.store.storage.read(['a', 'b']))).toEqual(['b']);
      await ctx.store.storage.delete([]);
    });

    it('lets exactly one of many concurrent writers with the same eTag win', async () => {
      await ctx.store.storage.write({ k: { n: 0 } });
      const base = (await ctx.store.storage.read(['k']))['k'];
      const writers = Array.from({ length: 30 }, (_, i) => ctx.store.storage.write({ k: { ...base, n: i + 1 } }));
      const results = await Promise.allSettled(writers);
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i + 1] : []));
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ETagConflictError);
      expect((await ctx.store.storage.read(['k']))['k'].n).toBe(won[0]);
    });

    it('lets exactly one writer win across two instances on the same data', async () => {
      const other = await ctx.space.open();
      await ctx.store.storage.write({ k: { n: 0 } });
      const base = (await ctx.store.storage.read(['k']))['k'];
      const results = await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? ctx.store : other).storage.write({ k: { ...base, n: i + 1 } })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      // Each instance sees the winner.
      expect((await other.storage.read(['k']))['k']).toEqual((await ctx.store.storage.read(['k']))['k']);
    });
  });
}
