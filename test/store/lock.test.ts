// The turn lock: the in-process queue on its own, then the read/modify/write stress for both kinds, and for Redis
// two instances on one server (two servers of one deployment).
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLocalLock, type StateStore } from '../../src/store/index.ts';
import { createRedisLock, TurnLockTimeoutError } from '../../src/store/redis/lock.ts';
import { type Space, title, useBackends } from './backends.ts';
import { redisSkipReason, startRedis, type TestRedis, uniquePrefix } from './redis-server.ts';

const backends = useBackends();

describe('local lock', () => {
  it('runs calls with one key one after another, in order', async () => {
    const lock = createLocalLock();
    const log: string[] = [];
    await Promise.all(
      [1, 2, 3].map((i) =>
        lock.run('k', async () => {
          log.push(`start ${i}`);
          await sleep(5);
          log.push(`end ${i}`);
        }),
      ),
    );
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('runs different keys concurrently', async () => {
    const lock = createLocalLock();
    let running = 0;
    let peak = 0;
    await Promise.all(
      ['a', 'b', 'c'].map((k) =>
        lock.run(k, async () => {
          peak = Math.max(peak, ++running);
          await sleep(10);
          running--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('survives a throwing fn (async or not) and passes the error to its caller only', async () => {
    const lock = createLocalLock();
    const failing = lock.run('k', async () => {
      throw new Error('boom');
    });
    const throwingSync = lock.run('k', (() => {
      throw new Error('sync boom');
    }) as () => Promise<never>);
    const after = lock.run('k', async () => 'ok');
    await expect(failing).rejects.toThrow('boom');
    await expect(throwingSync).rejects.toThrow('sync boom');
    await expect(after).resolves.toBe('ok');
  });

  it('forgets idle keys', async () => {
    const lock = createLocalLock();
    await Promise.all(Array.from({ length: 1000 }, (_, i) => lock.run(`k${i % 100}`, async () => i)));
    await lock
      .run('last', async () => {
        throw new Error('x');
      })
      .catch(() => {});
    await sleep(0);
    expect(lock.size).toBe(0);
  });
});

const KEYS = 200;
const INCREMENTS = 20;

/** KEYS × INCREMENTS concurrent read/modify/write increments, each spread round-robin over the given stores. */
async function hammer(stores: StateStore[], locked: boolean): Promise<number[]> {
  const increment = async (store: StateStore, key: string) => {
    const n = ((await store.loadState(key)) as { n?: number } | undefined)?.n ?? 0;
    await store.commitTurn({ state: { key, value: { n: n + 1 } }, outcomes: [] });
  };
  const jobs: Promise<void>[] = [];
  for (let j = 0; j < INCREMENTS; j++) {
    for (let k = 0; k < KEYS; k++) {
      const store = stores[(j + k) % stores.length]!;
      const key = `counter/${k}`;
      jobs.push(locked ? store.lock.run(key, () => increment(store, key)) : increment(store, key));
    }
  }
  await Promise.all(jobs);
  const keys = Array.from({ length: KEYS }, (_, k) => `counter/${k}`);
  return Promise.all(
    keys.map(async (key) => ((await stores[0]!.loadState(key)) as { n?: number } | undefined)?.n ?? 0),
  );
}

const clients: Redis[] = [];
/** A store on the space whose Redis lock waits for its turn without a deadline. Under load one instance can hold a
 *  hot key through many turns in a row while the other's waiter polls; what these tests assert is that no
 *  increment is lost, and a waiter giving up at its deadline (a TurnLockTimeoutError, tested on its own below)
 *  would only make them fail by the machine's speed. */
async function openPatient(space: Space): Promise<StateStore> {
  const store = await space.open();
  if (!space.redis) return store;
  const client = new Redis(space.redis.url);
  clients.push(client);
  return { ...store, lock: createRedisLock(client, space.redis.prefix, { waitMs: Number.POSITIVE_INFINITY }) };
}

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`turn lock under load: ${title(backend)}`, () => {
    let space: Space;
    afterEach(async () => {
      for (const client of clients.splice(0)) client.disconnect();
      await space.dispose();
    });

    it('loses updates without the lock (the test can see a lost update)', async () => {
      space = await backend.space();
      const counts = await hammer([await space.open()], false);
      expect(counts.some((n) => n < INCREMENTS)).toBe(true);
    });

    it(`keeps all ${KEYS} × ${INCREMENTS} increments under the lock`, async () => {
      space = await backend.space();
      const started = performance.now();
      const counts = await hammer([await openPatient(space)], true);
      console.info(
        `[${backend.kind}] one instance: ${KEYS * INCREMENTS} locked increments in ${(performance.now() - started).toFixed(0)} ms`,
      );
      expect(counts).toEqual(Array(KEYS).fill(INCREMENTS));
    });

    it.runIf(backend.kind === 'redis')('loses updates across two instances with in-process locks only', async () => {
      space = await backend.space();
      const stores = [await space.open(), await space.open()].map((s) => ({ ...s, lock: createLocalLock() }));
      const counts = await hammer(stores, true);
      expect(counts.some((n) => n < INCREMENTS)).toBe(true);
    });

    it.runIf(backend.kind === 'redis')(
      'keeps all increments with two instances on one Redis',
      async () => {
        space = await backend.space();
        const stores = [await openPatient(space), await openPatient(space)];
        const started = performance.now();
        const counts = await hammer(stores, true);
        console.info(
          `[redis] two instances: ${KEYS * INCREMENTS} locked increments in ${(performance.now() - started).toFixed(0)} ms`,
        );
        expect(counts).toEqual(Array(KEYS).fill(INCREMENTS));
      },
      30_000,
    );
  });
}

/** A promise the test opens when it chooses: an event to wait on instead of a sleep. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe.skipIf(!!redisSkipReason)(
  `redis lock details${redisSkipReason ? ` (skipped: ${redisSkipReason})` : ''}`,
  () => {
    let server: TestRedis;
    let a: Redis;
    let b: Redis;
    beforeAll(async () => {
      server = await startRedis();
      a = new Redis(server.url);
      b = new Redis(server.url);
    });
    afterAll(async () => {
      a.disconnect();
      b.disconnect();
      await server.stop();
    });

    it('gives up with TurnLockTimeoutError when another instance holds the key too long', async () => {
      const prefix = uniquePrefix();
      const first = createRedisLock(a, prefix);
      const second = createRedisLock(b, prefix, { waitMs: 200 });
      const held = gate();
      const done = gate();
      const holding = first.run('user', async () => {
        held.open();
        await done.opened;
      });
      await held.opened; // the first instance holds the lock (not "probably by now")
      await expect(second.run('user', async () => 'never')).rejects.toBeInstanceOf(TurnLockTimeoutError);
      done.open();
      await holding;
      await expect(second.run('user', async () => 'now')).resolves.toBe('now');
    });

    it('renews the lock while a long turn runs, and never stores the raw key', async () => {
      // The renewal timer is driven by the test and Redis's countdown is wound on by PEXPIRE, so nothing here
      // depends on how fast the machine is: each round, the lock is left with less than one renewal period, the
      // renewal is fired, and the lock must have its whole lifetime back.
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      try {
        const prefix = uniquePrefix();
        const ttlMs = 60_000;
        const first = createRedisLock(a, prefix, { ttlMs });
        const second = createRedisLock(b, prefix, { ttlMs, waitMs: Number.POSITIVE_INFINITY });
        const log: string[] = [];
        const held = gate();
        const done = gate();
        const long = first.run('app:user-42', async () => {
          log.push('first start');
          held.open();
          await done.opened;
          log.push('first end');
        });
        await held.opened;
        const keys = await a.keys(`${prefix}*`);
        expect(keys).toHaveLength(1);
        expect(keys[0]).not.toContain('user-42');
        const waiting = second.run('app:user-42', async () => {
          log.push('second');
        });
        for (let round = 0; round < 4; round++) {
          await a.pexpire(keys[0]!, ttlMs / 4);
          await vi.advanceTimersByTimeAsync(ttlMs / 3);
          await vi.waitFor(async () => expect(await a.pttl(keys[0]!)).toBeGreaterThan(ttlMs / 2), { timeout: 10_000 });
        }
        expect(log).toEqual(['first start']); // the second instance waited through four lifetimes' worth
        done.open();
        await long;
        await waiting;
        expect(log).toEqual(['first start', 'first end', 'second']);
        expect(await a.keys(`${prefix}*`)).toEqual([]); // released
      } finally {
        vi.useRealTimers();
      }
    });
  },
);
