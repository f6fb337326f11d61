// The BotBuilder Storage contract, run against SQLite and Redis alike.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ETagConflictError, type StateStore } from '../../src/store/index.ts';
import { type Space, title, useBackends } from './backends.ts';

const backends = useBackends();

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`Storage contract: ${title(backend)}`, () => {
    let space: Space;
    let store: StateStore;
    beforeEach(async () => {
      space = await backend.space();
      store = await space.open();
    });
    afterEach(async () => {
      await space.dispose();
    });

    it('reads only keys that exist', async () => {
      expect(await store.storage.read([])).toEqual({});
      expect(await store.storage.read(['missing', 'also/missing'])).toEqual({});
      await store.storage.write({ a: { n: 1 } });
      expect(Object.keys(await store.storage.read(['a', 'missing']))).toEqual(['a']);
    });

    it('round-trips JSON values with an eTag, under arbitrary keys', async () => {
      const key = 'websocket/conversations/u-1 ünï/€ "x"';
      const value = { state: { text: '接电话前先挂断', list: [1, 2.5, null, true], nested: { deep: { x: '' } } } };
      await store.storage.write({ [key]: value });
      const items = await store.storage.read([key]);
      const { eTag, ...rest } = items[key];
      expect(rest).toEqual(value);
      expect(typeof eTag).toBe('string');
      expect(eTag.length).toBeGreaterThan(0);
      expect(value).not.toHaveProperty('eTag'); // the caller's object is not modified
    });

    it('writes with the current eTag and gives the item a new one', async () => {
      await store.storage.write({ k: { n: 1 } });
      const first = (await store.storage.read(['k']))['k'];
      await store.storage.write({ k: { ...first, n: 2 } });
      const second = (await store.storage.read(['k']))['k'];
      expect(second.n).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('throws an eTag conflict for a stale eTag and keeps the stored item', async () => {
      await store.storage.write({ k: { n: 1 } });
      const stale = (await store.storage.read(['k']))['k'];
      await store.storage.write({ k: { n: 2, eTag: '*' } });
      await expect(store.storage.write({ k: { ...stale, n: 3 } })).rejects.toThrow(/eTag conflict/);
      await expect(store.storage.write({ k: { ...stale, n: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
      expect((await store.storage.read(['k']))['k'].n).toBe(2);
    });

    it("overwrites unconditionally with eTag '*' or without an eTag", async () => {
      await store.storage.write({ k: { n: 1 } });
      await store.storage.write({ k: { n: 2, eTag: '*' } });
      expect((await store.storage.read(['k']))['k'].n).toBe(2);
      await store.storage.write({ k: { n: 3 } });
      expect((await store.storage.read(['k']))['k'].n).toBe(3);
    });

    it('applies a batch with a conflict not at all', async () => {
      await store.storage.write({ a: { n: 1 }, b: { n: 1 } });
      const stale = await store.storage.read(['a', 'b']);
      await store.storage.write({ b: { n: 2 } });
      await expect(
        store.storage.write({ a: { ...stale['a'], n: 9 }, b: { ...stale['b'], n: 9 }, c: { n: 9 } }),
      ).rejects.toThrow(/eTag conflict/);
      const now = await store.storage.read(['a', 'b', 'c']);
      expect([now['a']?.n, now['b']?.n, now['c']]).toEqual([1, 2, undefined]);
    });

    it('deletes keys, missing ones included', async () => {
      await store.storage.write({ a: { n: 1 }, b: { n: 2 } });
      await store.storage.delete(['a', 'never-written']);
      expect(Object.keys(await store.storage.read(['a', 'b']))).toEqual(['b']);
      await store.storage.delete([]);
    });

    it('lets exactly one of many concurrent writers with the same eTag win', async () => {
      await store.storage.write({ k: { n: 0 } });
      const base = (await store.storage.read(['k']))['k'];
      const writers = Array.from({ length: 30 }, (_, i) => store.storage.write({ k: { ...base, n: i + 1 } }));
      const results = await Promise.allSettled(writers);
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i + 1] : []));
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ETagConflictError);
      expect((await store.storage.read(['k']))['k'].n).toBe(won[0]);
    });

    it('lets exactly one writer win across two instances on the same data', async () => {
      const other = await space.open();
      await store.storage.write({ k: { n: 0 } });
      const base = (await store.storage.read(['k']))['k'];
      const results = await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? store : other).storage.write({ k: { ...base, n: i + 1 } })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      // Each instance sees the winner.
      expect((await other.storage.read(['k']))['k']).toEqual((await store.storage.read(['k']))['k']);
    });
  });
}
