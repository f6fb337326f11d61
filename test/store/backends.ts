// Both StateStore kinds behind one shape, so every contract test is written once and runs against each.
// A "space" is a fresh empty store location; open() may be called repeatedly for several instances on it
// (SQLite: same DATA_DIR; Redis: same server and prefix — two servers sharing state).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openStore, type StateStore } from '../../src/store/index.ts';
import { dropPrefix, redisSkipReason, startRedis, type TestRedis, uniquePrefix } from './redis-server.ts';

export interface Space {
  open(): Promise<StateStore>;
  /** Redis only: where the space lives, for a test that opens its own client on it (a lock with other options). */
  redis?: { url: string; prefix: string };
  /** Closes every instance opened here and removes the data. */
  dispose(): Promise<void>;
}

export interface Backend {
  kind: 'sqlite' | 'redis';
  /** Set when this backend cannot run here; tests are skipped with this reason. */
  skip: string | undefined;
  space(): Promise<Space>;
}

/** Call at the top level of a test file: registers the hooks that start and stop the test Redis. */
export function useBackends(): Backend[] {
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    if (!redisSkipReason) redis = await startRedis();
  }, 20_000);
  afterAll(async () => {
    await redis?.stop();
  });

  const sqlite: Backend = {
    kind: 'sqlite',
    skip: undefined,
    async space() {
      const dataDir = await mkdtemp(join(tmpdir(), 'scam-coach-store-'));
      const opened: StateStore[] = [];
      return {
        async open() {
          const store = await openStore({ dataDir });
          opened.push(store);
          return store;
        },
        async dispose() {
          await Promise.all(opened.map((s) => s.close()));
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  };

  const redisBackend: Backend = {
    kind: 'redis',
    skip: redisSkipReason,
    async space() {
      if (!redis) throw new Error('test Redis not started');
      const { url } = redis;
      const prefix = uniquePrefix();
      const opened: StateStore[] = [];
      return {
        redis: { url, prefix },
        async open() {
          const store = await openStore({ dataDir: '/nonexistent', redisUrl: url, redisPrefix: prefix });
          opened.push(store);
          return store;
        },
        async dispose() {
          await Promise.all(opened.map((s) => s.close()));
          await dropPrefix(url, prefix);
        },
      };
    },
  };

  return [sqlite, redisBackend];
}

/** describe() title that says why a backend is skipped. */
export function title(b: Backend): string {
  return b.skip ? `${b.kind} (skipped: ${b.skip})` : b.kind;
}

/** Inside a describe(): a fresh space and one store opened on it for every test, disposed after it. */
export function useFreshStore(backend: Backend): { readonly space: Space; readonly store: StateStore } {
  let space: Space | undefined;
  let store: StateStore | undefined;
  beforeEach(async () => {
    space = await backend.space();
    store = await space.open();
  });
  afterEach(async () => {
    await space?.dispose();
  });
  return {
    get space() {
      if (!space) throw new Error('useFreshStore: only inside a test');
      return space;
    },
    get store() {
      if (!store) throw new Error('useFreshStore: only inside a test');
      return store;
    },
  };
}
