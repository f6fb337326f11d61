// The history store: chat lines appended with each turn's commit, read back oldest first, trimmed to what is kept.
import { describe, expect, it } from 'vitest';
import { title, useBackends, useFreshStore } from './backends.ts';

const backends = useBackends();
const line = (n: number) => ({ role: n % 2 ? 'bot' : 'user', text: `line ${n}` });

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`history: ${title(backend)}`, () => {
    const ctx = useFreshStore(backend);

    async function append(key: string, from: number, count: number, keep = 60) {
      const lines = Array.from({ length: count }, (_, i) => line(from + i));
      await ctx.store.commitTurn({ state: { key: `s/${key}`, value: {} }, outcomes: [], history: { key, lines, keep } });
    }

    it('returns the lines of every commit in order, and nothing for an unknown key', async () => {
      await append('h/a', 0, 2);
      await append('h/a', 2, 3);
      expect(await ctx.store.history.recent('h/a', 60)).toEqual([0, 1, 2, 3, 4].map(line));
      expect(await ctx.store.history.recent('h/none', 60)).toEqual([]);
    });

    it('reads only the last `limit` lines, oldest first', async () => {
      await append('h/a', 0, 10);
      expect(await ctx.store.history.recent('h/a', 3)).toEqual([7, 8, 9].map(line));
    });

    it('keeps at least `keep` lines however many are appended, and keys never mix', async () => {
      for (let i = 0; i < 200; i += 3) {
        await append('h/a', i, 3, 10);
        await append('h/b', 1000 + i, 1, 10);
      }
      const a = await ctx.store.history.recent('h/a', 1000);
      expect(a.slice(-10)).toEqual(Array.from({ length: 10 }, (_, i) => line(191 + i)));
      // Old lines are trimmed, not kept forever (SQLite trims in steps of 20, Redis exactly).
      expect(a.length).toBeLessThanOrEqual(10 + 20);
      const b = (await ctx.store.history.recent('h/b', 1000)) as { text: string }[];
      expect(b.every((l) => /^line 1\d\d\d$/.test(l.text))).toBe(true);
      expect(b.at(-1)).toEqual(line(1198));
    });
  });
}
