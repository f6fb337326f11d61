// Turn lock across instances. Locally, a promise chain per key (so only one waiter per key polls Redis); around
// each turn, a Redis lock `SET key token NX PX` so two servers never run turns of one user at once.
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { createLocalLock } from '../local-lock.ts';
import type { TurnLock } from '../types.ts';
import { defineScript, EXTEND_LOCK, RELEASE_LOCK } from './scripts.ts';

export interface RedisLockOptions {
  /** Lock lifetime; renewed every third of it while the turn runs, so a crashed server frees it within this. */
  ttlMs?: number;
  /** Give up (throw) after waiting this long for another instance's turn to finish. */
  waitMs?: number;
}

export class TurnLockTimeoutError extends Error {
  readonly code = 'TURN_LOCK_TIMEOUT';
  constructor(waitMs: number) {
    super(`turn lock: still held by another instance after ${waitMs} ms`);
    this.name = 'TurnLockTimeoutError';
  }
}

export function createRedisLock(redis: Redis, prefix: string, opts: RedisLockOptions = {}): TurnLock {
  const ttlMs = opts.ttlMs ?? 10_000;
  const waitMs = opts.waitMs ?? 5_000;
  const local = createLocalLock();
  const release = defineScript(redis, 'scamCoachReleaseLock', RELEASE_LOCK);
  const extend = defineScript(redis, 'scamCoachExtendLock', EXTEND_LOCK);
  // Lock keys are user keys: hash them so raw user ids never appear in the Redis keyspace.
  const lockKey = (key: string) => `${prefix}lock:${createHash('sha256').update(key).digest('base64url')}`;

  async function acquire(k: string, token: string): Promise<void> {
    const deadline = Date.now() + waitMs;
    let delay = 2;
    for (;;) {
      if ((await redis.set(k, token, 'PX', ttlMs, 'NX')) === 'OK') return;
      if (Date.now() >= deadline) throw new TurnLockTimeoutError(waitMs);
      // Jittered exponential backoff, capped low: turns are short, and waiting long adds latency to the reply.
      await sleep(delay * (0.5 + Math.random()));
      delay = Math.min(delay * 2, 40);
    }
  }

  return {
    run<T>(key: string, fn: () => Promise<T>): Promise<T> {
      return local.run(key, async () => {
        const k = lockKey(key);
        const token = randomUUID();
        await acquire(k, token);
        const renew = setInterval(() => void extend([k], [token, ttlMs]).catch(() => {}), ttlMs / 3);
        renew.unref();
        try {
          return await fn();
        } finally {
          clearInterval(renew);
          await release([k], [token]).catch(() => {}); // if Redis is gone, the lock expires by itself
        }
      });
    },
  };
}
