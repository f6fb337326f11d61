// groupPerTick (src/store/group-commit.ts): what is queued in one tick is flushed together, and each caller learns
// its own item's fate only once the flush holding it has returned.
import { describe, expect, it } from 'vitest';
import { groupPerTick } from '../../src/store/group-commit.ts';

describe('groupPerTick', () => {
  it('hands everything queued in one tick to one flush, in order; a later tick is a new flush', async () => {
    const flushes: number[][] = [];
    const commit = groupPerTick<number>((batch) => {
      flushes.push(batch);
      return batch.map(() => undefined);
    });
    await Promise.all([commit(1), commit(2), commit(3)]);
    await commit(4);
    expect(flushes).toEqual([[1, 2, 3], [4]]);
  });

  it('settles nothing before the flush has run', async () => {
    let flushed = false;
    const commit = groupPerTick<number>(async (batch) => {
      await new Promise((r) => setTimeout(r, 20));
      flushed = true;
      return batch.map(() => undefined);
    });
    await commit(1);
    expect(flushed).toBe(true);
  });

  it('fails only the items the flush names; a throwing flush fails its whole batch', async () => {
    const some = groupPerTick<number>((batch) => batch.map((n) => (n % 2 ? undefined : new Error(`even ${n}`))));
    const settled = await Promise.allSettled([1, 2, 3].map((n) => some(n)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toEqual(new Error('even 2'));

    const none = groupPerTick<number>(() => {
      throw new Error('disk full');
    });
    const all = await Promise.allSettled([1, 2].map((n) => none(n)));
    expect(all.map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });
});
