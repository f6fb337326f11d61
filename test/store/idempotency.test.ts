// Idempotency store: remembered values, TTL expiry, and (SQLite) lazy purge of expired rows.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/sqlite/db.ts';
import { createSqliteIdempotency } from '../../src/store/sqlite/idempotency.ts';
import { title, useBackends, useFreshStore } from './backends.ts';

const backends = useBackends();

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`idempotency: ${title(backend)}`, () => {
    const ctx = useFreshStore(backend);

    it('returns what was put, and undefined for unknown keys', async () => {
      const replies = [{ text: '请挂断电话，通过官方App回拨', kind: 'advice' }];
      await ctx.store.idempotency.put('idem/app:u1/m1', replies, 60);
      expect(await ctx.store.idempotency.get('idem/app:u1/m1')).toEqual(replies);
      expect(await ctx.store.idempotency.get('idem/app:u1/m2')).toBeUndefined();
    });

    it('is shared by instances on the same data', async () => {
      const other = await ctx.space.open();
      await ctx.store.idempotency.put('k', { n: 1 }, 60);
      expect(await other.idempotency.get('k')).toEqual({ n: 1 });
    });

    it('forgets a value after its TTL', async () => {
      await ctx.store.idempotency.put('short', 'x', 0.2);
      await ctx.store.idempotency.put('long', 'y', 60);
      expect(await ctx.store.idempotency.get('short')).toBe('x');
      await sleep(350);
      expect(await ctx.store.idempotency.get('short')).toBeUndefined();
      expect(await ctx.store.idempotency.get('long')).toBe('y');
    });

    it('rejects undefined values (they would read back as "missing")', async () => {
      await expect(ctx.store.idempotency.put('k', undefined, 60)).rejects.toThrow(TypeError);
    });
  });
}

describe('idempotency: sqlite purge', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scam-coach-idem-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('purges expired rows lazily on a later put, oldest first', async () => {
    const db = openDb(dir);
    let now = 1_000_000;
    const idem = createSqliteIdempotency(db, () => now);
    const rows = () => db.prepare('SELECT count(*) FROM idempotency').pluck().get();
    await idem.put('a', 1, 10);
    await idem.put('b', 2, 10);
    now += 11_000;
    expect(await idem.get('a')).toBeUndefined(); // ignored at once…
    expect(rows()).toBe(2); // …but still on disk
    now += 60_000;
    await idem.put('c', 3, 10);
    expect(rows()).toBe(1);
    expect(await idem.get('c')).toBe(3);
    db.close();
  });
});
