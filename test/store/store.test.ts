// The StateStore as a whole: secrets that persist, health checks, closing, and picking the backend.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { title, useBackends } from './backends.ts';

const backends = useBackends();

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`state store: ${title(backend)}`, () => {
    it(`reports its kind and is healthy until closed`, async () => {
      const space = await backend.space();
      try {
        const store = await space.open();
        expect(store.kind).toBe(backend.kind);
        expect(await store.ping()).toBe(true);
        await store.close();
        expect(await store.ping()).toBe(false);
        await store.close(); // twice is fine
      } finally {
        await space.dispose();
      }
    });

    it('keeps a secret across reopening and across instances; names are independent', async () => {
      const space = await backend.space();
      try {
        const first = await space.open();
        const secret = await first.secret('widget-signing');
        expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
        expect(await first.secret('widget-signing')).toBe(secret);
        expect(await first.secret('user-salt')).not.toBe(secret);
        const second = await space.open();
        expect(await second.secret('widget-signing')).toBe(secret);
        await first.close();
        const third = await space.open();
        expect(await third.secret('widget-signing')).toBe(secret);
      } finally {
        await space.dispose();
      }
    });

    it('agrees on one secret when instances create it at the same time', async () => {
      const space = await backend.space();
      try {
        const stores = await Promise.all([space.open(), space.open(), space.open()]);
        const secrets = await Promise.all(stores.map((s) => s.secret('race')));
        expect(new Set(secrets).size).toBe(1);
      } finally {
        await space.dispose();
      }
    });
  });
}

describe('openStore', () => {
  it('fails fast on an unreachable REDIS_URL', async () => {
    const started = Date.now();
    await expect(openStore({ dataDir: '/nonexistent', redisUrl: 'redis://127.0.0.1:1' })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
