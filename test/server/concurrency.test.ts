// 200 users × 20 messages, all in flight at once through the signed webhook (each user's 20 messages concurrent
// too, plus a duplicate delivery of one message per user). The per-user turn lock must serialise each user's turns
// (no lost update: all 20 lines stored) without crossing users (no line of another user in anyone's history), and
// the idempotency key must hold under the same load (the duplicate runs once).
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HISTORY } from '../../src/bot/types.ts';
import { type AppReply, appClient, readUserState, startTestServer, type TestServer } from '../helpers/server.ts';
import { redisSkipReason, startRedis, type TestRedis } from '../store/redis-server.ts';

const USERS = 200;
const MESSAGES = 20;
const RUN = `${Date.now().toString(36)}${process.pid}`;

/** Letters only, so no digit run gets redacted and the classifier sees no number. */
const letters = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));
const userId = (u: number) => `load-${RUN}-${u}`;
const marker = (u: number, m: number) => `zq${letters(u)} mk${letters(m)} qz`;

/**
 * better-sqlite3 answers synchronously, so a turn's read-modify-write would never interleave with another turn even
 * without the lock, and the test would prove nothing. A random delay before each state read (as a networked or busy
 * store has) opens the window in which an unlocked runner loses updates.
 */
function withSlowReads(server: TestServer): void {
  const load = server.store.loadState.bind(server.store);
  // The turn runner looks loadState up on the store at every turn.
  server.store.loadState = async (key) => {
    await sleep(Math.random() * 3);
    return load(key);
  };
}

describe.each([
  { backend: 'sqlite', skip: undefined },
  { backend: 'redis', skip: redisSkipReason },
])('concurrency through the webhook ($backend)', ({ backend, skip }) => {
  let server: TestServer;
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    if (skip) return;
    if (backend === 'redis') redis = await startRedis();
    // The per-IP limit would (rightly) stop one client sending 4000 requests a minute.
    server = await startTestServer({ requestsPerMinutePerIp: 1_000_000, ...(redis ? { redisUrl: redis.url } : {}) });
    if (backend === 'sqlite') withSlowReads(server);
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  it.skipIf(skip)(
    `${USERS} users × ${MESSAGES} concurrent messages: no lost or crossed state`,
    { timeout: 90_000 },
    async () => {
      expect(2 * MESSAGES).toBeLessThanOrEqual(MAX_HISTORY); // every line of the run stays in the retained window
      // All requests are issued at once; the client keeps at most 256 connections open (queueing the rest), so the
      // server has hundreds of turns of many users in flight, each user's 20 messages among them.
      const client = appClient(server.url, 256);
      const started = performance.now();
      const requests: Promise<{ u: number; m: number; dup: boolean; res: AppReply }>[] = [];
      for (let u = 0; u < USERS; u++) {
        for (let m = 0; m < MESSAGES; m++) {
          const body = { userId: userId(u), text: marker(u, m), messageId: `msg-${m}`, locale: 'en' };
          requests.push(client.send(body).then((res) => ({ u, m, dup: false, res })));
          // A duplicate delivery of message 7, in flight together with the original.
          if (m === 7) requests.push(client.send(body).then((res) => ({ u, m, dup: true, res })));
        }
      }
      const results = await Promise.all(requests).finally(() => client.close());
      const elapsed = performance.now() - started;

      for (const r of results) {
        expect(r.res.status, `user ${r.u} msg ${r.m}`).toBe(200);
        // The message is neither a command nor a number: one FAQ line per turn — an answer, the fallback, or the
        // product route's plain reply (kind 'info': a nonsense token the FAQ's fuzzy words read as a currency code,
        // "zqar" ~ QAR, makes it an account question).
        expect(r.res.body.replies).toHaveLength(1);
        expect(['faq', 'fallback', 'info']).toContain(r.res.body.replies[0]!.kind);
      }
      // Of each duplicate pair exactly one ran; the other got the same replies back.
      for (let u = 0; u < USERS; u++) {
        const pair = results.filter((r) => r.u === u && r.m === 7);
        expect(pair.map((r) => r.res.body.replayed).sort()).toEqual([false, true]);
        expect(pair[0]!.res.body.replies).toEqual(pair[1]!.res.body.replies);
      }

      for (let u = 0; u < USERS; u++) {
        const state = await readUserState(server, `app:${userId(u)}`);
        expect(state, `user ${u}`).toBeDefined();
        const userLines = state!.history.filter((l) => l.role === 'user').map((l) => l.text);
        const expected = Array.from({ length: MESSAGES }, (_, m) => marker(u, m));
        // Exactly this user's 20 lines: none lost (lost update), none doubled (replay), none of anyone else's.
        expect(userLines.toSorted(), `user ${u}`).toEqual(expected.toSorted());
        expect(state!.history).toHaveLength(2 * MESSAGES);
        // Turns never interleaved inside one user's history: each user line is followed by its own bot line.
        for (let i = 0; i < state!.history.length; i += 2) {
          expect(state!.history[i]!.role).toBe('user');
          expect(state!.history[i + 1]!.role).toBe('bot');
        }
      }
      // Every turn recorded its outcome once (FAQ events), nothing more, nothing less (Redis may be shared: ≥).
      const outcomes = await server.store.outcomes.count();
      if (backend === 'sqlite') expect(outcomes).toBe(USERS * MESSAGES);
      else expect(outcomes).toBeGreaterThanOrEqual(USERS * MESSAGES);
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).toMatch(new RegExp(`scam_coach_messages_total\\{channel="app"\\} ${USERS * (MESSAGES + 1)}\\b`));
      console.info(`concurrency (${backend}): ${results.length} requests in ${(elapsed / 1000).toFixed(1)} s`);
    },
  );
});
