// The widget's websocket, hardened (src/channels/web/adapter.ts): server-issued signed identities checked at the
// handshake, only `hello` and `message` frames, the client's `user` field ignored, frame size and rate limits.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readUserState, startTestServer, type TestServer } from '../helpers/server.ts';
import { connectWidget, handshake, type WidgetSocket, widgetIdentity, wsUrl } from '../helpers/ws.ts';
import { redisSkipReason, startRedis, type TestRedis } from '../store/redis-server.ts';

describe('widget websocket', () => {
  let server: TestServer;
  let other: TestServer; // another deployment: its own signing secret
  const sockets: WidgetSocket[] = [];
  const open = async (token: string) => {
    const s = await connectWidget(wsUrl(server.url, token));
    sockets.push(s);
    return s;
  };
  beforeAll(async () => {
    [server, other] = await Promise.all([startTestServer(), startTestServer()]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()));
    await server?.close();
    await other?.close();
  });

  it('refuses a handshake without a token or with a forged one (401)', async () => {
    const { userId, token } = await widgetIdentity(server.url);
    const foreign = await widgetIdentity(other.url);
    const forged = [
      '',
      'nonsense',
      `${userId}.`,
      `${userId}.${'A'.repeat(43)}`,
      `w_someoneelse123.${token.split('.')[1]}`, // a real signature moved onto another id
      `${userId}x.${token.split('.')[1]}`,
      foreign.token, // signed, but by another server's secret
      `${token}${'x'.repeat(300)}`,
    ];
    expect(await handshake(wsUrl(server.url))).toEqual({ open: false, status: 401 });
    for (const t of forged)
      expect(await handshake(wsUrl(server.url, t)), t.slice(0, 40)).toEqual({ open: false, status: 401 });
    expect(await handshake(wsUrl(server.url, token))).toEqual({ open: true });
    // The token belongs to the query: a `user` in the URL gives no identity either.
    expect(await handshake(`${wsUrl(server.url)}?user=${userId}`)).toEqual({ open: false, status: 401 });
  });

  it('hello → history, plus the welcome and menu on a first visit only', async () => {
    const { userId, token } = await widgetIdentity(server.url);
    const first = await open(token);
    first.send({ type: 'hello', lang: 'en' });
    const history = await first.waitFor((f) => f.type === 'history');
    expect(history.messages).toEqual([]);
    const menu = await first.waitFor((f) => f.type === 'message' && f.kind === 'menu');
    const welcome = first.frames.find((f) => f.kind === 'welcome');
    expect(welcome).toMatchObject({ type: 'message', role: 'bot', simulation: false });
    expect(first.frames.indexOf(welcome!)).toBeLessThan(first.frames.indexOf(menu));
    expect(menu.quickReplies).toEqual(
      expect.arrayContaining([{ label: expect.any(String), value: expect.any(String) }]),
    );
    await first.close();

    // A reload (second connection, same token): the stored greeting comes back as history, no second greeting.
    const again = await open(token);
    again.send({ type: 'hello', lang: 'en' });
    const h2 = await again.waitFor((f) => f.type === 'history');
    expect(h2.messages?.map((m) => m.role)).toEqual(['bot', 'bot']);
    expect(h2.messages?.[0]?.text).toBe(welcome!.text);
    // The menu's choices are stored with it, so the reloaded widget can offer them again.
    expect((h2.messages?.[1] as { quickReplies?: unknown[] } | undefined)?.quickReplies).toEqual(menu.quickReplies);
    await new Promise((r) => setTimeout(r, 200));
    expect(again.frames.filter((f) => f.type === 'message')).toEqual([]);
    expect((await readUserState(server, `web:${userId}`))?.history).toHaveLength(2);
  });

  it('a message frame gets `typing`, then the bot messages', async () => {
    const { token } = await widgetIdentity(server.url);
    const s = await open(token);
    s.send({ type: 'message', text: '00852 5123 8870' });
    const reply = await s.waitFor((f) => f.type === 'message');
    expect(s.frames[0]).toEqual({ type: 'typing' });
    expect(reply).toMatchObject({ role: 'bot', kind: 'check', simulation: false });
    expect((reply.check as { verdict: string }).verdict).toBe('dangerous');
  });

  it('drill messages carry simulation: true over the socket too', async () => {
    const { token } = await widgetIdentity(server.url);
    const s = await open(token);
    s.send({ type: 'message', text: 'practice drill' });
    const list = await s.waitFor((f) => f.type === 'message' && f.kind === 'picker');
    const pick = (list.quickReplies as { value: string }[])[0]!.value;
    const from = s.frames.length;
    s.send({ type: 'message', text: pick });
    await s.waitFor((f) => f.type === 'message' && f.kind === 'info', { from });
    const drill = s.frames.slice(from).filter((f) => f.kind === 'drill');
    expect(drill.length).toBeGreaterThan(0);
    for (const f of drill) expect(f.simulation).toBe(true);
  });

  it("ignores the client's `user` field: the message lands in the token's own history", async () => {
    const me = await widgetIdentity(server.url);
    const victim = await widgetIdentity(server.url);
    const victimSocket = await open(victim.token);
    const s = await open(me.token);
    for (const user of ['someone-else', victim.userId, `web:${victim.userId}`]) {
      const from = s.frames.length;
      s.send({
        type: 'message',
        text: `zq marker for ${user.length} qz`,
        user,
        userKey: `web:${victim.userId}`,
        channel: 'app',
      });
      await s.waitFor((f) => f.type === 'message', { from });
    }
    const mine = await readUserState(server, `web:${me.userId}`);
    expect(mine?.history.filter((l) => l.role === 'user')).toHaveLength(3);
    expect(await readUserState(server, `web:${victim.userId}`)).toBeUndefined();
    expect(await readUserState(server, 'web:someone-else')).toBeUndefined();
    expect(await readUserState(server, 'someone-else')).toBeUndefined();
    expect(await readUserState(server, `app:${victim.userId}`)).toBeUndefined();
    // The victim's socket received none of it.
    expect(victimSocket.frames).toEqual([]);
  });

  it('drops unknown frame types with an error frame and runs no turn', async () => {
    const { userId, token } = await widgetIdentity(server.url);
    const s = await open(token);
    const bad: [unknown, string][] = [
      [{ type: 'event', name: 'x' }, 'unsupported'],
      [{ type: 'welcome_back' }, 'unsupported'],
      [{ type: 'message_received', text: 'hi' }, 'unsupported'],
      [{ text: 'no type' }, 'unsupported'],
      [{ type: 'message', text: '   ' }, 'bad_text'],
      [{ type: 'message', text: 42 }, 'bad_text'],
      ['not json', 'bad_json'],
      ['null', 'bad_frame'],
    ];
    for (const [frame, code] of bad) {
      const from = s.frames.length;
      s.send(frame);
      const err = await s.waitFor((f) => f.type === 'error', { from });
      expect(err.code, JSON.stringify(frame)).toBe(code);
    }
    s.ws.send(Buffer.from('{"type":"message","text":"binary"}'), { binary: true });
    expect((await s.waitFor((f) => f.type === 'error' && f.code === 'bad_frame')).code).toBe('bad_frame');
    await new Promise((r) => setTimeout(r, 100));
    expect(s.frames.filter((f) => f.type === 'typing' || f.type === 'message')).toEqual([]);
    expect(await readUserState(server, `web:${userId}`)).toBeUndefined();
    // The connection is still usable afterwards.
    s.send({ type: 'message', text: 'hello' });
    await s.waitFor((f) => f.type === 'message');
  });

  it('closes the socket on a frame over maxPayload (1009) without a turn', async () => {
    const { userId, token } = await widgetIdentity(server.url);
    const s = await open(token);
    s.send({ type: 'message', text: 'x'.repeat(server.config.maxPayloadBytes + 1) });
    expect(await s.closed).toBe(1009);
    expect(await readUserState(server, `web:${userId}`)).toBeUndefined();
  });

  it('answers more than messagesPer10s frames with rate_limited errors', async () => {
    const { token } = await widgetIdentity(server.url);
    const s = await open(token);
    const cap = server.config.messagesPer10s;
    const n = cap + 20;
    // Cheap frames (each costs a token, none runs a turn), then message frames in the same burst.
    for (let i = 0; i < n; i++) s.send({ type: 'ping' });
    for (let i = 0; i < 5; i++) s.send({ type: 'message', text: 'hello' });
    await s.waitFor(() => s.frames.filter((f) => f.type === 'error').length >= n + 5);
    await new Promise((r) => setTimeout(r, 100));
    const codes = s.frames.map((f) => f.code);
    // The bucket refills at messagesPer10s per 10 s: a burst gets its capacity (plus a sliver of refill when the
    // machine is slow), the rest is refused.
    const allowed = codes.filter((c) => c === 'unsupported').length;
    expect(allowed).toBeGreaterThanOrEqual(cap);
    expect(allowed).toBeLessThanOrEqual(cap + 3);
    expect(codes.filter((c) => c === 'rate_limited').length).toBe(n + 5 - allowed);
    // The limited message frames ran no turn.
    expect(s.frames.filter((f) => f.type === 'typing' || f.type === 'message')).toEqual([]);
  });

  it('GET /api/widget/session confirms a valid Bearer token (same userId) and refuses a bad one (401)', async () => {
    const id = await widgetIdentity(server.url);
    expect(id.userId).toMatch(/^w_/);
    expect(id.token.startsWith(`${id.userId}.`)).toBe(true);
    const fresh = await fetch(`${server.url}/api/widget/session`);
    expect(fresh.headers.get('cache-control')).toBe('no-store');
    expect(((await fresh.json()) as { userId: string }).userId).not.toBe(id.userId);

    const confirm = await fetch(`${server.url}/api/widget/session`, {
      headers: { authorization: `Bearer ${id.token}` },
    });
    expect(confirm.status).toBe(200);
    expect(await confirm.json()).toEqual({ userId: id.userId, token: id.token });

    const foreign = await widgetIdentity(other.url);
    for (const bad of [
      `Bearer ${id.token}x`,
      `Bearer ${foreign.token}`,
      'Bearer ',
      `Bearer w_abcdefghij.${id.token.split('.')[1]}`,
    ]) {
      const res = await fetch(`${server.url}/api/widget/session`, { headers: { authorization: bad } });
      expect(res.status, bad).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'invalid-token' });
    }
  });

  it('sends a reply to every open socket of that user (two tabs), and to no one else', async () => {
    const me = await widgetIdentity(server.url);
    const stranger = await widgetIdentity(server.url);
    const [tab1, tab2, theirs] = await Promise.all([open(me.token), open(me.token), open(stranger.token)]);
    tab1.send({ type: 'message', text: 'hello' });
    await tab1.waitFor((f) => f.kind === 'menu');
    await tab2.waitFor((f) => f.kind === 'menu');
    // The other tab also sees the question the replies answer; the sending tab does not get its own text back.
    expect(tab2.frames.some((f) => f.role === 'user' && f.text === 'hello')).toBe(true);
    expect(tab1.frames.some((f) => f.role === 'user')).toBe(false);
    expect(theirs.frames).toEqual([]);
  });
});

describe('widget websocket connection limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ connectionsPerIp: 2 });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  it('refuses connections beyond connectionsPerIp (429) and frees the slot on close', async () => {
    const { token } = await widgetIdentity(server.url);
    const a = await connectWidget(wsUrl(server.url, token));
    const b = await connectWidget(wsUrl(server.url, token));
    expect(await handshake(wsUrl(server.url, token))).toEqual({ open: false, status: 429 });
    await a.close();
    // The server sees the close a moment later.
    for (let i = 0; i < 50; i++) {
      const r = await handshake(wsUrl(server.url, token));
      if (r.open) break;
      await new Promise((res) => setTimeout(res, 20));
      if (i === 49) throw new Error('slot never freed');
    }
    await b.close();
  });
});

// Two tabs (or a tab and a reconnect) saying hello at the same moment on a first visit. With an asynchronous store
// (Redis) both used to find no history and both greeted: the welcome and menu were stored and shown twice.
describe.each([
  { backend: 'sqlite', skip: undefined },
  { backend: 'redis', skip: redisSkipReason },
])('first-visit greeting under concurrent hellos ($backend)', ({ backend, skip }) => {
  let server: TestServer;
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    if (skip) return;
    if (backend === 'redis') redis = await startRedis();
    server = await startTestServer(redis ? { redisUrl: redis.url } : {});
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  it.skipIf(skip)('greets once; the other tab gets the greeting as history', async () => {
    for (let round = 0; round < 5; round++) {
      const { userId, token } = await widgetIdentity(server.url);
      const tabs = await Promise.all([1, 2, 3].map(() => connectWidget(wsUrl(server.url, token))));
      for (const t of tabs) t.send({ type: 'hello', lang: 'en' });
      const histories = await Promise.all(tabs.map((t) => t.waitFor((f) => f.type === 'history')));
      // Whoever greeted sent its menu last: wait for it, then let any stray frames arrive.
      await Promise.race(tabs.map((t) => t.waitFor((f) => f.kind === 'menu')));
      await new Promise((r) => setTimeout(r, 100));
      const greeted = tabs.filter((t) => t.frames.some((f) => f.type === 'message'));
      expect(greeted).toHaveLength(1);
      expect(greeted[0]!.frames.map((f) => f.kind ?? f.type)).toEqual(['history', 'welcome', 'menu']);
      for (const [i, t] of tabs.entries()) {
        if (t === greeted[0]) expect(histories[i]!.messages).toEqual([]);
        else expect(histories[i]!.messages?.map((m) => m.role)).toEqual(['bot', 'bot']);
      }
      expect((await readUserState(server, `web:${userId}`))?.history).toHaveLength(2);
      await Promise.all(tabs.map((t) => t.close()));
    }
  });
});

/** Sends `n` cheap frames (each costs a token, none runs a turn) and counts the ones let through. */
async function admitted(s: WidgetSocket, n: number): Promise<number> {
  const from = s.frames.length;
  for (let i = 0; i < n; i++) s.send({ type: 'ping' });
  await s.waitFor(() => s.frames.length - from >= n, { timeoutMs: 10_000 });
  return s.frames.slice(from).filter((f) => f.code === 'unsupported').length;
}

// One IP once took 300 identities, opened 300 sockets and sent 18,000 frames in 30 s. The per-IP budget now covers
// widget messages too, the per-identity one follows the identity across sockets, and on Redis both are shared by
// every instance.
describe.each([
  { backend: 'sqlite', skip: undefined },
  { backend: 'redis', skip: redisSkipReason },
])('widget limits per IP and per identity ($backend)', ({ backend, skip }) => {
  let redis: TestRedis | undefined;
  let servers: TestServer[] = [];
  const sockets: WidgetSocket[] = [];
  const open = async (s: TestServer, token: string) => {
    const w = await connectWidget(wsUrl(s.url, token));
    sockets.push(w);
    return w;
  };
  const start = async (limits: Partial<TestServer['config']>) => {
    if (backend === 'redis') {
      redis ??= await startRedis();
      // Two instances on one Redis: an IP's sockets spread over both still share one budget.
      // A salt of its own: this test's per-IP buckets are not the earlier tests' (same IP, same Redis).
      const userHashSalt = `limits-${randomUUID()}`;
      servers = await Promise.all([1, 2].map(() => startTestServer({ redisUrl: redis!.url, userHashSalt, ...limits })));
    } else servers = [await startTestServer(limits)];
  };
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((s) => s.close()));
    await Promise.all(servers.map((s) => s.close()));
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it.skipIf(skip)('messages from many identities on one IP share the per-IP budget', async () => {
    // 30 per minute: a refill of one every 2 s, so a few seconds of test time let at most 2 more through.
    await start({ requestsPerMinutePerIp: 30, messagesPer10s: 1000, identitiesPerHourPerIp: 1000 });
    const ids = await Promise.all([0, 1, 2, 3].map((i) => widgetIdentity(servers[i % servers.length]!.url)));
    const socks = await Promise.all(ids.map((id, i) => open(servers[i % servers.length]!, id.token)));
    let through = 0;
    for (const s of socks) through += await admitted(s, 10);
    // The budget is 30 per IP; the 4 identity requests took 4 of it.
    expect(through).toBeGreaterThanOrEqual(26);
    expect(through).toBeLessThanOrEqual(28);
    // An HTTP API call from the same IP finds the budget spent too.
    const check = await fetch(`${servers[0]!.url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hello' }),
    });
    expect(check.status).toBe(429);
  });

  it.skipIf(skip)("an identity's budget follows it across sockets (and instances)", { timeout: 30_000 }, async () => {
    await start({ requestsPerMinutePerIp: 100_000, messagesPer10s: 10, identitiesPerHourPerIp: 1000 });
    const { token } = await widgetIdentity(servers[0]!.url);
    const tabs = await Promise.all([0, 1, 2].map((i) => open(servers[i % servers.length]!, token)));
    let through = 0;
    for (const t of tabs) through += await admitted(t, 8);
    expect(through).toBeGreaterThanOrEqual(10);
    expect(through).toBeLessThanOrEqual(12);
    const limited = tabs.flatMap((t) => t.frames).find((f) => f.code === 'rate_limited');
    expect(limited?.retryAfterMs).toBeGreaterThan(0);
  });

  it.skipIf(skip)('an IP gets at most identitiesPerHourPerIp new identities (429 + Retry-After); confirming is free', async () => {
    await start({ identitiesPerHourPerIp: 3 });
    const issued = [];
    for (let i = 0; i < 3; i++) issued.push(await widgetIdentity(servers[i % servers.length]!.url));
    for (const s of servers) {
      const refused = await fetch(`${s.url}/api/widget/session`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60); // one per 20 minutes
      expect(await refused.json()).toMatchObject({ error: 'rate_limited' });
    }
    const confirm = await fetch(`${servers.at(-1)!.url}/api/widget/session`, {
      headers: { authorization: `Bearer ${issued[0]!.token}` },
    });
    expect(confirm.status).toBe(200);
  });
});
