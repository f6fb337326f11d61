// Two server instances on one Redis (a deployment behind a load balancer without sticky routing for the webhook):
// state lives in Redis, so either instance continues a user's drill, and the Redis turn lock keeps one user's turns
// serial across instances (no lost update when A and B run turns of one user at the same time).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppReply,
  appClient,
  drillStartText,
  lastDrill,
  readUserState,
  sendApp,
  startTestServer,
  type TestServer,
} from '../helpers/server.ts';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { ConfigError } from '../../src/config.ts';
import { createLogger } from '../../src/ops/log.ts';
import { redisSkipReason, spawnRedis, spawnSkipReason, startRedis, type TestRedis } from '../store/redis-server.ts';

// REDIS_URL may be a shared server (CI): every user id of this run is unique.
const RUN = randomUUID().slice(0, 8);
const letters = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));

describe.skipIf(redisSkipReason)('two instances on one Redis', () => {
  let redis: TestRedis;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    redis = await startRedis();
    a = await startTestServer({ redisUrl: redis.url, requestsPerMinutePerIp: 1_000_000 });
    b = await startTestServer({ redisUrl: redis.url, requestsPerMinutePerIp: 1_000_000 });
  }, 30_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('both use the Redis store and report healthy', async () => {
    for (const s of [a, b]) {
      expect(s.store.kind).toBe('redis');
      expect(await (await fetch(`${s.url}/healthz`)).json()).toMatchObject({ status: 'ok', store: 'redis' });
    }
  });

  it('a drill started on A continues on B, then on A again', async () => {
    const userId = `two-${RUN}-drill`;
    const start = await sendApp(a.url, { userId, text: drillStartText('apk-install'), messageId: 'm1', locale: 'en' });
    expect(lastDrill(start.body.replies)).toMatchObject({ scenario: 'apk-install', node: 'opening' });

    const onB = await sendApp(b.url, {
      userId,
      text: "Okay, I'll download and install it now",
      messageId: 'm2',
      locale: 'en',
    });
    expect(onB.status).toBe(200);
    // B continued A's drill at the next node (a fresh drill or a lost state would show the menu or the opening).
    expect(lastDrill(onB.body.replies)).toMatchObject({
      scenario: 'apk-install',
      node: 'install-permissions',
      progress: { step: 3 }, // where install-permissions sits on the script's longest run
    });

    // The retry of B's message reaching A is recognised: same replies, no second turn.
    const retry = await sendApp(a.url, {
      userId,
      text: "Okay, I'll download and install it now",
      messageId: 'm2',
      locale: 'en',
    });
    expect(retry.body.replayed).toBe(true);
    expect(retry.body.replies).toEqual(onB.body.replies);

    const onA = await sendApp(a.url, {
      userId,
      text: 'What is the accessibility permission for?',
      messageId: 'm3',
      locale: 'en',
    });
    expect(lastDrill(onA.body.replies)).toMatchObject({ node: 'install-permissions', progress: { step: 3 } });
    for (const s of [a, b])
      expect((await readUserState(s, `app:${userId}`))?.drill).toMatchObject({ node: 'install-permissions', turn: 2 });
  });

  it('concurrent turns of one user alternating between A and B: none lost, none doubled', {
    timeout: 60_000,
  }, async () => {
    const USERS = 20;
    const MESSAGES = 20;
    const clients = [appClient(a.url, 64), appClient(b.url, 64)];
    const marker = (u: number, m: number) => `zq${letters(u)} mk${letters(m)} qz`;
    const userId = (u: number) => `two-${RUN}-load-${u}`;
    const requests: Promise<{ u: number; m: number; res: AppReply }>[] = [];
    for (let u = 0; u < USERS; u++) {
      for (let m = 0; m < MESSAGES; m++) {
        const body = { userId: userId(u), text: marker(u, m), messageId: `m${m}`, locale: 'en' };
        requests.push(clients[m % 2]!.send(body).then((res) => ({ u, m, res })));
        // Message 3 is delivered twice, once to each instance, at the same time: it must run exactly once.
        if (m === 3) requests.push(clients[(m + 1) % 2]!.send(body).then((res) => ({ u, m, res })));
      }
    }
    const results = await Promise.all(requests).finally(() => {
      for (const c of clients) c.close();
    });
    for (const r of results) {
      expect(r.res.status, `user ${r.u} msg ${r.m}`).toBe(200);
      expect(r.res.body.replies).toHaveLength(1);
    }
    for (let u = 0; u < USERS; u++) {
      const pair = results.filter((r) => r.u === u && r.m === 3);
      expect(pair.map((r) => r.res.body.replayed).sort()).toEqual([false, true]);
      const state = await readUserState(u % 2 ? a : b, `app:${userId(u)}`);
      const userLines = state!.history.filter((l) => l.role === 'user').map((l) => l.text);
      expect(userLines.toSorted(), `user ${u}`).toEqual(
        Array.from({ length: MESSAGES }, (_, m) => marker(u, m)).toSorted(),
      );
      expect(state!.history.map((l) => l.role)).toEqual(Array.from({ length: MESSAGES }, () => ['user', 'bot']).flat());
    }
  });

  it('a drill answered concurrently through both instances counts every answer once', async () => {
    const userId = `two-${RUN}-drill-race`;
    await sendApp(a.url, { userId, text: drillStartText('apk-install'), messageId: 's', locale: 'en' });
    // Two unclear answers at `opening` (max 2 reprompts there), one through each instance at the same moment.
    const answers = await Promise.all([
      sendApp(a.url, { userId, text: "Why can't the old app pay out?", messageId: 'x1', locale: 'en' }),
      sendApp(b.url, { userId, text: "Why can't the old app pay out?", messageId: 'x2', locale: 'en' }),
    ]);
    for (const r of answers) expect(r.body.replayed).toBe(false);
    // Serialised, the first is a re-prompt (still step 1) and the second moves on (step 2); racing, both would have
    // been the first answer (steps 1 and 1).
    expect(answers.map((r) => lastDrill(r.body.replies)?.progress?.step).sort()).toEqual([1, 2]);
    expect((await readUserState(b, `app:${userId}`))?.drill).toMatchObject({ turn: 2 });
  });
});

// A Redis restart that lost its data (no persistence) used to split the instances: each kept the secrets it had in
// memory while a new instance generated new ones. Secrets now come from configuration, and the wipe is reported.
describe.skipIf(spawnSkipReason)('instances on a Redis that loses its data', () => {
  let redis: TestRedis;
  const servers: TestServer[] = [];
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  beforeAll(async () => {
    redis = await spawnRedis(); // our own server: this test flushes it
  }, 30_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await redis?.stop();
  });
  const start = async (log = false) => {
    const s = await startTestServer({ redisUrl: redis.url }, { storeCheckMs: 100, ...(log ? { log: createLogger('info', sink) } : {}) });
    servers.push(s);
    return s;
  };

  it('refuses to start on Redis without WIDGET_SECRET and USER_HASH_SALT (one clear line)', { timeout: 30_000 }, async () => {
    const err = await startTestServer({ redisUrl: redis.url, widgetSecret: undefined, userHashSalt: undefined }).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/REDIS_URL is set, so WIDGET_SECRET and USER_HASH_SALT must be set too/);
    expect((err as Error).message).not.toContain('\n');
  });

  it('after a wipe, a token is good on every instance, a user stays one user, and the wipe is reported', { timeout: 60_000 }, async () => {
    const a = await start(true);
    const b = await start();
    const { token } = (await (await fetch(`${a.url}/api/widget/session`)).json()) as { token: string };
    const flush = new Redis(redis.url);
    await flush.flushall();
    flush.disconnect();
    const c = await start(); // a new instance on the empty Redis
    for (const s of [a, b, c]) {
      const res = await fetch(`${s.url}/api/widget/session`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status, s.url).toBe(200);
    }
    // One user through an old and a new instance: the reports see one user hash.
    const userId = `wiped-${RUN}`;
    const send = (s: TestServer, m: string) =>
      sendApp(s.url, { userId, text: '00852 5123 8870', messageId: m, session: `wipe-${RUN}` });
    expect((await send(a, 'w1')).status).toBe(200);
    expect((await send(c, 'w2')).status).toBe(200);
    const users = new Set((await c.store.outcomes.list({ session: `wipe-${RUN}` })).map((r) => r.user));
    expect(users.size).toBe(1);
    // The running instance noticed and said so, loudly, once; /healthz shows when.
    await expect.poll(() => logs.join(''), { timeout: 3000 }).toContain('store_wiped');
    const line = JSON.parse(logs.find((l) => l.includes('store_wiped'))!) as { level: number; msg: string };
    expect(line.level).toBe(50); // error
    expect(line.msg).toMatch(/WIPED/);
    expect(logs.filter((l) => l.includes('store_wiped'))).toHaveLength(1);
    expect(await (await fetch(`${a.url}/healthz`)).json()).toMatchObject({ status: 'ok', storeWipedAt: expect.any(String) });
    expect(await (await fetch(`${c.url}/healthz`)).json()).not.toHaveProperty('storeWipedAt');
  });

  it('warns at start when Redis runs without AOF persistence', { timeout: 30_000 }, async () => {
    const before = logs.length;
    await start(true);
    expect(logs.slice(before).join('')).toMatch(/store_not_durable.*appendonly/);
  });
});

describe.skipIf(redisSkipReason)('per-user webhook limit across two instances', () => {
  let redis: TestRedis;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    redis = await startRedis();
    a = await startTestServer({ redisUrl: redis.url, appMessagesPerMinutePerUser: 4 });
    b = await startTestServer({ redisUrl: redis.url, appMessagesPerMinutePerUser: 4 });
  }, 30_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('one userId spread over both instances gets one allowance, not one per instance', async () => {
    const userId = `limit-${RUN}`;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await sendApp(i % 2 ? b.url : a.url, { userId, text: 'hello', messageId: `l${i}` });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses.slice(4)).toEqual([429, 429, 429, 429]);
  });
});
