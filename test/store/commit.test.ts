// commitTurn: a turn's state, outcomes and idempotency record land together; a conflicting state write (SQLite)
// leaves nothing behind.
import { describe, expect, it } from 'vitest';
import type { OutcomeRecord } from '../../src/store/index.ts';
import { title, useBackends, useFreshStore } from './backends.ts';

const backends = useBackends();
const outcome: OutcomeRecord = {
  kind: 'check',
  at: 1_700_000_000_000,
  user: 'h1',
  channel: 'app',
  verdict: 'dangerous',
};

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`commitTurn: ${title(backend)}`, () => {
    const ctx = useFreshStore(backend);

    it('writes state, outcomes and the idempotency record of one turn', async () => {
      await ctx.store.commitTurn({
        state: { 'users/app:u1': { state: { turn: 1 }, eTag: '*' } },
        outcomes: [outcome],
        idempotency: { key: 'idem/app:u1/m1', value: [{ text: 'hi' }], ttlSeconds: 60 },
      });
      const items = await ctx.store.storage.read(['users/app:u1']);
      expect((items['users/app:u1'] as { state: unknown }).state).toEqual({ turn: 1 });
      expect(await ctx.store.outcomes.list()).toEqual([outcome]);
      expect(await ctx.store.idempotency.get('idem/app:u1/m1')).toEqual([{ text: 'hi' }]);
    });

    it.skipIf(backend.kind !== 'sqlite')('rolls back everything when the state write conflicts', async () => {
      await ctx.store.storage.write({ k: { v: 1 } });
      const stale = { v: 2, eTag: 'not-the-current-etag' };
      await expect(
        ctx.store.commitTurn({
          state: { k: stale },
          outcomes: [outcome],
          idempotency: { key: 'i', value: 1, ttlSeconds: 60 },
        }),
      ).rejects.toThrow(/eTag conflict/);
      expect(await ctx.store.outcomes.count()).toBe(0);
      expect(await ctx.store.idempotency.get('i')).toBeUndefined();
    });
  });
}
