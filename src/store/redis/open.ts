// The Redis StateStore, for several server instances sharing state (REDIS_URL).
import { Redis } from 'ioredis';
import { newSecret } from '../secret.ts';
import type { StateStore } from '../types.ts';
import { createRedisHistory } from './history.ts';
import { createRedisIdempotency } from './idempotency.ts';
import { createRedisLock } from './lock.ts';
import { createRedisOutcomes } from './outcomes.ts';
import { createRedisRateLimiter } from './rate-limit.ts';
import { createRedisTurnState } from './commit.ts';

const PING_TIMEOUT_MS = 1000;

export async function openRedisStore(url: string, prefix = 'scam-coach:'): Promise<StateStore> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // Fail a command after a few reconnect attempts instead of queueing it forever (the turn errors, not hangs).
    maxRetriesPerRequest: 3,
    connectTimeout: 5000,
  });
  // ioredis emits 'error' on every failed reconnect; ping() reports health, so don't print each one. The last one
  // says why a connection at startup failed (ECONNREFUSED, ENOTFOUND, WRONGPASS), which connect() itself does not.
  let lastError: Error | undefined;
  redis.on('error', (err: Error) => {
    lastError = err;
  });
  // Connect now: a wrong REDIS_URL should stop the server at startup, not fail the first user's turn.
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect(); // stop the background reconnect loop that would keep the process alive
    throw lastError ?? err;
  }

  const turnState = createRedisTurnState(redis, prefix);
  const idempotency = createRedisIdempotency(redis, prefix);
  const outcomes = createRedisOutcomes(redis, prefix);
  const history = createRedisHistory(redis, prefix);
  return {
    kind: 'redis',
    loadState: (key) => turnState.load(key),
    lock: createRedisLock(redis, prefix),
    idempotency,
    outcomes,
    history,
    limits: createRedisRateLimiter(redis, prefix),
    commitTurn: (c) => turnState.commit(c),
    async secret(name) {
      const key = `${prefix}secret:${name}`;
      // SET NX: whichever instance comes first creates it; everyone reads that one.
      await redis.set(key, newSecret(), 'NX');
      return (await redis.get(key))!;
    },
    async persistenceWarning() {
      try {
        const [, aof] = (await redis.config('GET', 'appendonly')) as string[];
        if (aof !== 'no') return undefined;
        return 'Redis runs without AOF persistence (appendonly no): a Redis restart loses conversations, replay records and reports. Run it with --appendonly yes (README "Running it safely").';
      } catch {
        return undefined; // CONFIG is often disabled on managed Redis; persistence is then the provider's setting
      }
    },
    async ping() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
      });
      try {
        return await Promise.race([
          redis.ping().then(
            (r) => r === 'PONG',
            () => false,
          ),
          timeout,
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (redis.status === 'end') return;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
