// A Redis for tests: REDIS_URL when set (CI starts one), else a throwaway `redis-server` on a free loopback port
// (no persistence), stopped by `stop()`. Also used by the two-instance server test.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { freePort } from '../helpers/net.ts';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

const hasBinary = !spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).error;

/** Why Redis tests cannot run here, or undefined when they can. */
export const redisSkipReason: string | undefined =
  process.env.REDIS_URL || hasBinary ? undefined : 'no REDIS_URL set and no redis-server binary on PATH';

/** Why a Redis of our own (spawnRedis: tests that flush or restart it) cannot run here. */
export const spawnSkipReason: string | undefined = hasBinary ? undefined : 'no redis-server binary on PATH';

export async function startRedis(): Promise<TestRedis> {
  const url = process.env.REDIS_URL;
  if (url) return { url, stop: async () => {} };
  return spawnRedis();
}

/** Always a fresh server of our own (needs the redis-server binary). */
export async function spawnRedis(): Promise<TestRedis> {
  // The free port may be taken between probing and binding: try a few times.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (await ready(child)) {
      return {
        url: `redis://127.0.0.1:${port}`,
        stop: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          await exited;
        },
      };
    }
    child.kill('SIGKILL');
    if (attempt >= 3) throw new Error(`redis-server did not start on port ${port}`);
  }
}

/** A key prefix no other test uses, so tests can share one server (CI's REDIS_URL). */
export function uniquePrefix(): string {
  return `scam-coach-test:${randomUUID().slice(0, 8)}:`;
}

/** Deletes every key under the prefix. */
export async function dropPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 })) {
      if ((keys as string[]).length) await redis.unlink(...(keys as string[]));
    }
  } finally {
    redis.disconnect();
  }
}

function ready(child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    let out = '';
    const timer = setTimeout(() => done(false), 5000);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume(); // keep draining so a chatty server never blocks on a full pipe
      child.stderr?.resume();
      resolve(ok);
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) done(true);
    });
    child.once('exit', () => done(false));
    child.once('error', () => done(false));
  });
}
