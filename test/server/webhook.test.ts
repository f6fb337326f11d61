// The signed in-app webhook and the small JSON endpoints, over real HTTP against a real server (SQLite store).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/channels/app/signature.ts';
import {
  drillStartText,
  lastDrill,
  postAppMessage,
  readUserState,
  sendApp,
  startTestServer,
  TEST_WEBHOOK_SECRET,
  type TestServer,
} from '../helpers/server.ts';

const uid = () => `u-${randomUUID().slice(0, 8)}`;
const mid = () => `m-${randomUUID()}`;

describe('app webhook', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  it('answers a validly signed message with {replies:[…]} carrying kind, text and simulation', async () => {
    const { status, body } = await sendApp(server.url, {
      userId: uid(),
      text: 'hello',
      messageId: mid(),
      locale: 'en',
    });
    expect(status).toBe(200);
    expect(body.replayed).toBe(false);
    expect(body.replies.length).toBeGreaterThan(0);
    for (const r of body.replies) {
      expect(r.type).toBe('message');
      expect(r.role).toBe('bot');
      expect(typeof r.kind).toBe('string');
      expect(typeof r.text).toBe('string');
      expect(r.text.length).toBeGreaterThan(0);
      expect(typeof r.simulation).toBe('boolean');
      expect(r).not.toHaveProperty('replayed');
    }
    expect(body.replies.map((r) => r.kind)).toEqual(['welcome', 'menu']);
  });

  it('marks every drill message as a simulation', async () => {
    const { body } = await sendApp(server.url, {
      userId: uid(),
      text: drillStartText('apk-install'),
      messageId: mid(),
    });
    const drill = body.replies.filter((r) => r.kind === 'drill');
    expect(drill.length).toBeGreaterThan(0);
    for (const r of drill) expect(r.simulation).toBe(true);
    expect(lastDrill(body.replies)).toMatchObject({ scenario: 'apk-install', node: 'opening' });
  });

  it('refuses a wrong signature, a missing one and one made with another secret (401)', async () => {
    const userId = uid();
    const body = JSON.stringify({ userId, text: 'hello', messageId: mid() });
    const wrong = await postAppMessage(server.url, body, { signature: `sha256=${'0'.repeat(64)}` });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'bad_signature' });
    const other = await postAppMessage(server.url, body, { secret: 'not-the-secret' });
    expect(other.status).toBe(401);
    const garbled = await postAppMessage(server.url, body, { signature: 'md5=abc' });
    expect(garbled.status).toBe(401);
    const missing = await fetch(`${server.url}/api/app/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: 'bad_signature' });
    // A signature over a different body (body tampered with after signing) is refused too.
    const tampered = await postAppMessage(server.url, body.replace('hello', 'hellp'), {
      signature: signBody(TEST_WEBHOOK_SECRET, body),
    });
    expect(tampered.status).toBe(401);
    // None of them ran a turn.
    expect(await readUserState(server, `app:${userId}`)).toBeUndefined();
  });

  it('replays a repeated messageId: same replies, the turn runs once (drill advances one step)', async () => {
    const userId = uid();
    const start = await sendApp(server.url, {
      userId,
      text: drillStartText('apk-install'),
      messageId: mid(),
      locale: 'en',
    });
    expect(lastDrill(start.body.replies)).toMatchObject({ scenario: 'apk-install', node: 'opening' });

    // A risky answer at `opening` moves to `install-permissions`. Run a second time, the same words would be risky
    // there too and move on to `withdraw-fee`: a turn that ran twice is visible in the node and the turn count.
    const answer = { userId, text: "Okay, I'll download and install it now", messageId: mid(), locale: 'en', sentAt: Date.now() };
    const first = await sendApp(server.url, answer);
    expect(first.status).toBe(200);
    expect(first.body.replayed).toBe(false);
    expect(lastDrill(first.body.replies)?.node).toBe('install-permissions');
    const afterFirst = await readUserState(server, `app:${userId}`);
    expect(afterFirst?.drill).toMatchObject({ node: 'install-permissions', turn: 1 });

    const again = await sendApp(server.url, answer);
    expect(again.status).toBe(200);
    expect(again.body.replayed).toBe(true);
    expect(again.body.replies).toEqual(first.body.replies);
    // Identical bytes and signature a third time (a network retry): still the first answer.
    const raw = JSON.stringify(answer);
    const third = await postAppMessage(server.url, raw);
    expect(((await third.json()) as { replies: unknown }).replies).toEqual(first.body.replies);

    const afterReplay = await readUserState(server, `app:${userId}`);
    expect(afterReplay?.drill).toMatchObject({ node: 'install-permissions', turn: 1 });
    expect(afterReplay?.history).toEqual(afterFirst?.history);

    // The next real message continues from install-permissions (an unclear question gets its reprompt there).
    const next = await sendApp(server.url, {
      userId,
      text: 'What is the accessibility permission for?',
      messageId: mid(),
      locale: 'en',
    });
    expect(next.body.replayed).toBe(false);
    expect(lastDrill(next.body.replies)).toMatchObject({ node: 'install-permissions', progress: { step: 3 } });
    expect((await readUserState(server, `app:${userId}`))?.drill).toMatchObject({ turn: 2 });
  });

  it('keeps no pasted number at rest: a replay has it masked, the brand\'s own number as it was', async () => {
    const userId = uid();
    const message = { userId, text: '00852 5123 8870 和 400-000-0000 都打给我了，是真的吗', messageId: mid() };
    const first = await sendApp(server.url, message);
    // The verdict first (with the check record), then the details quoting each number.
    const check = first.body.replies[0]!;
    expect(check.kind).toBe('check');
    expect(first.body.replies[1]!.text).toContain('00852 5123 8870');
    const again = await sendApp(server.url, message);
    expect(again.body.replayed).toBe(true);
    expect(again.body.replies.map((r) => r.kind)).toEqual(first.body.replies.map((r) => r.kind));
    const replayed = again.body.replies[0]! as typeof check & { check: { verdict: string; items: { raw: string; normalized: string }[] } };
    expect(replayed.check.verdict).toBe('dangerous');
    const details = again.body.replies[1]!.text;
    expect(details).not.toContain('5123 8870');
    expect(details).toContain('00852 51** **70'); // prefix and country code readable
    expect(details).toContain('400-000-0000');
    expect(replayed.check.items.map((i) => i.raw)).toEqual(['00852 51** **70', '400-000-0000']);
    expect(JSON.stringify(replayed)).not.toContain('51238870');
  });

  it('the same messageId from another user is a different message', async () => {
    const messageId = mid();
    const a = await sendApp(server.url, { userId: uid(), text: 'hello', messageId, locale: 'en' });
    const b = await sendApp(server.url, {
      userId: uid(),
      text: drillStartText('apk-install'),
      messageId,
      locale: 'en',
    });
    expect(a.body.replayed).toBe(false);
    expect(b.body.replayed).toBe(false);
    expect(lastDrill(b.body.replies)?.scenario).toBe('apk-install');
  });

  it('replay keys cannot collide: user ids and messageIds holding `/`, `:` and unicode stay apart', async () => {
    const run = randomUUID().slice(0, 6);
    // Before keys were encoded, `idem/app:alice/chat/42` was both (alice, chat/42) and (alice/chat, 42).
    const pairs = [
      [`alice-${run}`, 'chat/42'],
      [`alice-${run}/chat`, '42'],
      [`alice-${run}:chat`, '42'],
      [`alice-${run}`, 'chat:42'],
      [`用户-${run}/张`, '消息/一'],
      [`用户-${run}`, '张/消息/一'],
    ] as const;
    const texts = ['hello', 'help', 'drill', 'menu', 'English', '你好'];
    const first = [];
    for (const [i, [userId, messageId]] of pairs.entries()) {
      const res = await sendApp(server.url, { userId, messageId, text: texts[i]!, locale: 'en' });
      expect(res.status, `${userId} ${messageId}`).toBe(200);
      expect(res.body.replayed, `${userId} ${messageId} got another user's replies`).toBe(false);
      first.push(res.body.replies);
    }
    // Each retry gets its own first replies back.
    for (const [i, [userId, messageId]] of pairs.entries()) {
      const again = await sendApp(server.url, { userId, messageId, text: texts[i]!, locale: 'en' });
      expect(again.body.replayed).toBe(true);
      expect(again.body.replies).toEqual(first[i]);
    }
  });

  it('a reused messageId with a different text is a 409, not the first replies', async () => {
    const userId = uid();
    const messageId = mid();
    const first = await sendApp(server.url, { userId, messageId, text: 'hello', locale: 'en' });
    expect(first.status).toBe(200);
    const reused = await postAppMessage(server.url, { userId, messageId, text: '00852 5123 8870', locale: 'en' });
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({ error: 'message_id_reused' });
    // Nothing ran: the history holds the first turn only; the real retry still replays.
    expect((await readUserState(server, `app:${userId}`))?.history.filter((l) => l.role === 'user')).toHaveLength(1);
    expect((await sendApp(server.url, { userId, messageId, text: 'hello', locale: 'en' })).body.replayed).toBe(true);
  });

  it('a turn that fails (store unreachable) answers 500, and the retry with the same messageId runs it', async () => {
    const userId = uid();
    const body = { userId, text: 'hello', messageId: mid(), locale: 'en' };
    const loadState = server.store.loadState;
    // The turn runner reads the state through the store at each turn: make state reads fail for a moment.
    server.store.loadState = async () => {
      throw new Error('store unreachable (test)');
    };
    let failed: Response;
    try {
      failed = await postAppMessage(server.url, body);
    } finally {
      server.store.loadState = loadState;
    }
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({ error: 'internal' });
    const retry = await sendApp(server.url, body);
    expect(retry.status).toBe(200);
    expect(retry.body.replayed).toBe(false);
    expect(retry.body.replies.map((r) => r.kind)).toEqual(['welcome', 'menu']);
    expect((await readUserState(server, `app:${userId}`))?.history).toHaveLength(3);
  });

  it('refuses a stale or far-future sentAt (401) and accepts a fresh one', async () => {
    const userId = uid();
    const stale = await postAppMessage(server.url, {
      userId,
      text: 'hello',
      messageId: mid(),
      sentAt: Date.now() - 10 * 60_000,
    });
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ error: 'stale_request' });
    const staleIso = await postAppMessage(server.url, {
      userId,
      text: 'hello',
      messageId: mid(),
      sentAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    });
    expect(staleIso.status).toBe(401);
    const future = await postAppMessage(server.url, {
      userId,
      text: 'hello',
      messageId: mid(),
      sentAt: Date.now() + 10 * 60_000,
    });
    expect(future.status).toBe(401);
    expect(await readUserState(server, `app:${userId}`)).toBeUndefined();
    const fresh = await postAppMessage(server.url, {
      userId,
      text: 'hello',
      messageId: mid(),
      sentAt: new Date().toISOString(),
    });
    expect(fresh.status).toBe(200);
  });

  it('requires sentAt: a signed request without it is refused (it could be replayed once its record expired)', async () => {
    const userId = uid();
    const { sentAt: _drop, ...body } = { userId, text: 'hello', messageId: mid(), sentAt: 0 };
    const res = await postAppMessage(server.url, JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain('sentAt');
    expect(await readUserState(server, `app:${userId}`)).toBeUndefined();
  });

  it('answers malformed JSON with 400 bad_json', async () => {
    const res = await postAppMessage(server.url, '{"userId": "x", "text": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'bad_json' });
  });

  it('answers schema violations with 400 and the offending fields', async () => {
    const missing = await postAppMessage(server.url, { userId: uid(), text: 'hello' });
    expect(missing.status).toBe(400);
    const body = (await missing.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe('bad_request');
    expect(body.issues.map((i) => i.path)).toContain('messageId');
    for (const bad of [
      { userId: uid(), text: '', messageId: mid() },
      { userId: uid(), text: 'hello', messageId: mid(), locale: 'fr' },
      { userId: uid(), text: 'hello', messageId: mid(), admin: true },
      { userId: 42, text: 'hello', messageId: mid() },
      { userId: uid(), text: 'x'.repeat(2001), messageId: mid() },
    ]) {
      const res = await postAppMessage(server.url, bad);
      expect(res.status, JSON.stringify(bad).slice(0, 80)).toBe(400);
    }
    const arrayBody = await postAppMessage(server.url, '[1,2]');
    expect(arrayBody.status).toBe(400);
  });

  it('refuses a body over maxPayloadBytes with 413 JSON', async () => {
    const text = 'x'.repeat(server.config.maxPayloadBytes + 100);
    const res = await postAppMessage(server.url, { userId: uid(), text, messageId: mid() });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('sends the app\'s security and CORS headers on its answers, as every other /api endpoint does', async () => {
    const res = await postAppMessage(server.url, { userId: uid(), text: 'hello', messageId: mid() });
    expect(res.status).toBe(200);
    const other = await fetch(`${server.url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hello' }),
    });
    const skip = new Set(['content-length', 'date', 'etag', 'connection', 'keep-alive']);
    const shared = (h: Headers) => {
      const out: string[] = [];
      h.forEach((v, k) => {
        if (!skip.has(k)) out.push(`${k}: ${v}`);
      });
      return out.sort();
    };
    expect(shared(res.headers)).toEqual(shared(other.headers));
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it('answers the same through Express when the request is not the plain common case (a query string, a gzip body)', async () => {
    const userId = uid();
    const raw = JSON.stringify({ userId, text: 'hello', messageId: mid(), sentAt: Date.now(), locale: 'en' });
    const viaQuery = await fetch(`${server.url}/api/app/messages?from=app`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': signBody(TEST_WEBHOOK_SECRET, raw) },
      body: raw,
    });
    expect(viaQuery.status).toBe(200);
    const body = (await viaQuery.json()) as { replies: { kind: string }[] };
    expect(body.replies.map((r) => r.kind)).toEqual(['welcome', 'menu']);
    expect(viaQuery.headers.get('access-control-allow-origin')).toBe('*');

    const { gzipSync } = await import('node:zlib');
    const again = JSON.stringify({ userId, text: 'hello', messageId: mid(), sentAt: Date.now(), locale: 'en' });
    const gz = await fetch(`${server.url}/api/app/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'x-signature': signBody(TEST_WEBHOOK_SECRET, again) },
      body: gzipSync(again),
    });
    expect(gz.status).toBe(200);
    const bad = await fetch(`${server.url}/api/app/messages?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': `sha256=${'0'.repeat(64)}` },
      body: raw,
    });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: 'bad_signature' });
  });

  it('counts messages in /metrics', async () => {
    await sendApp(server.url, { userId: uid(), text: 'hello', messageId: mid() });
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const line = text.split('\n').find((l) => l.startsWith('scam_coach_messages_total') && l.includes('channel="app"'));
    expect(line).toBeDefined();
    expect(Number(line!.split(' ').at(-1))).toBeGreaterThan(0);
  });

  it('serves /healthz, the OpenAPI document, /api/check errors and JSON 404s', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: 'sqlite' });

    const oa = await fetch(`${server.url}/api/openapi.json`);
    expect(oa.status).toBe(200);
    const doc = (await oa.json()) as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    const webhook = doc.paths['/api/app/messages']?.post;
    expect(webhook).toBeDefined();
    expect(Object.keys(webhook!.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '413', '500', '503']));
    expect(doc.paths['/api/check']?.post).toBeDefined();

    const checkOk = await fetch(`${server.url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '00852 5123 8870' }),
    });
    expect(checkOk.status).toBe(200);
    expect(await checkOk.json()).toMatchObject({ verdict: 'dangerous' });
    for (const body of [JSON.stringify({}), JSON.stringify({ text: 42 }), JSON.stringify({ text: 'x', extra: 1 })]) {
      const res = await fetch(`${server.url}/api/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'bad_request' });
    }
    const badJson = await fetch(`${server.url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":',
    });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ error: 'bad_json' });

    for (const path of ['/api/nope', '/api/app/nope', '/api/app/messages/extra']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/application\/json/);
      expect(await res.json()).toMatchObject({ error: 'not_found' });
    }
    // GET on the webhook path is not a webhook call.
    const get = await fetch(`${server.url}/api/app/messages`);
    expect(get.status).toBe(404);
  });
});

describe('app webhook without a secret', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ appWebhookSecret: undefined });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  it('answers 503 webhook_disabled, whatever the signature', async () => {
    const body = { userId: uid(), text: 'hello', messageId: mid() };
    for (const secret of [TEST_WEBHOOK_SECRET, '']) {
      const res = await postAppMessage(server.url, body, { secret });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ error: 'webhook_disabled' });
    }
    expect(await readUserState(server, `app:${body.userId}`)).toBeUndefined();
  });
});

describe('per-IP request limit on /api, per-user limit on the signed webhook', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ requestsPerMinutePerIp: 3, appMessagesPerMinutePerUser: 4 });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  const check = () =>
    fetch(`${server.url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '00852 5123 8870' }),
    });

  it('answers 429 JSON with Retry-After beyond requestsPerMinutePerIp, and lets CORS preflights through', async () => {
    const pre = await fetch(`${server.url}/api/app/messages`, { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/X-Signature/i);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await check();
      statuses.push(res.status);
      if (res.status === 429) {
        expect(await res.json()).toMatchObject({ error: 'rate_limited' });
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      } else await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    // /healthz and /metrics are outside /api: monitoring is never rate limited.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('does not hold the signed webhook to the per-IP limit: one app backend relays many users', async () => {
    // The IP is already out of /api requests (above, or now).
    while ((await check()).status !== 429);
    const users = Array.from({ length: 12 }, () => uid());
    const statuses = await Promise.all(
      users.map(async (userId) => (await sendApp(server.url, { userId, text: 'hello', messageId: mid() })).status),
    );
    expect(statuses).toEqual(users.map(() => 200));
  });

  it('limits the webhook per userId instead: 429 with Retry-After for that user only', async () => {
    const busy = uid();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const res = await postAppMessage(server.url, { userId: busy, text: 'hello', messageId: mid() });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(await res.json()).toMatchObject({ error: 'rate_limited' });
      } else await res.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(15); // one message every 15 s at 4 per minute
    // The refused messages ran no turn; another user is unaffected.
    expect((await readUserState(server, `app:${busy}`))?.history.filter((l) => l.role === 'user')).toHaveLength(4);
    expect((await sendApp(server.url, { userId: uid(), text: 'hello', messageId: mid() })).status).toBe(200);
  });
});
