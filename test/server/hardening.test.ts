// The smaller holes of issue 13, each against a real server: expiring widget tokens, an error frame for a hello
// the store cannot answer, an owner-only SQLite file, an optional METRICS_TOKEN, CSP upgrade-insecure-requests
// only behind TLS or a trusted proxy, and one clear line (exit 1) for an unreachable REDIS_URL or a busy port.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor, verifyToken } from '../../src/channels/web/session.ts';
import { ROOT } from '../helpers/content.ts';
import { sendApp, startTestServer, TEST_WIDGET_SECRET, type TestServer } from '../helpers/server.ts';
import { connectWidget, handshake, widgetIdentity, wsUrl } from '../helpers/ws.ts';

const DAY = 86_400_000;

describe('widget tokens expire, and are renewed while in use', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ widgetSecret: TEST_WIDGET_SECRET, widgetTokenDays: 30 });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });
  const confirm = (token: string) =>
    fetch(`${server.url}/api/widget/session`, { headers: { authorization: `Bearer ${token}` } });

  it('an issued token carries an expiry WIDGET_TOKEN_DAYS ahead', async () => {
    const { token } = await widgetIdentity(server.url);
    const v = verifyToken(TEST_WIDGET_SECRET, token);
    expect(v!.expiresAt - Date.now()).toBeGreaterThan(29.9 * DAY);
    expect(v!.expiresAt - Date.now()).toBeLessThanOrEqual(30 * DAY);
  });

  it('an expired token is refused at the handshake and by the session endpoint', async () => {
    const expired = tokenFor(TEST_WIDGET_SECRET, 'w_expiredUser0001', 30 * DAY, Date.now() - 31 * DAY);
    expect(await handshake(wsUrl(server.url, expired))).toEqual({ open: false, status: 401 });
    expect((await confirm(expired)).status).toBe(401);
    // Its expiry cannot be moved: the signature covers it.
    const [id, , sig] = expired.split('.');
    const moved = `${id}.${(Date.now() + DAY).toString(36)}.${sig}`;
    expect(await handshake(wsUrl(server.url, moved))).toEqual({ open: false, status: 401 });
  });

  it('a token past half its life is renewed (same user) by the session endpoint and on hello', async () => {
    const old = tokenFor(TEST_WIDGET_SECRET, 'w_returningUser01', 30 * DAY, Date.now() - 20 * DAY);
    const res = (await (await confirm(old)).json()) as { userId: string; token: string };
    expect(res.userId).toBe('w_returningUser01');
    expect(res.token).not.toBe(old);
    expect(verifyToken(TEST_WIDGET_SECRET, res.token)!.expiresAt - Date.now()).toBeGreaterThan(29 * DAY);
    const s = await connectWidget(wsUrl(server.url, old));
    s.send({ type: 'hello', lang: 'en' });
    const frame = await s.waitFor((f) => f.type === 'token');
    expect(verifyToken(TEST_WIDGET_SECRET, frame.token)?.userId).toBe('w_returningUser01');
    await s.waitFor((f) => f.type === 'history');
    await s.close();
    // A fresh token is confirmed as it is.
    const fresh = await widgetIdentity(server.url);
    expect(((await (await confirm(fresh.token)).json()) as { token: string }).token).toBe(fresh.token);
  });
});

describe('a widget hello the store cannot answer', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  it('gets an error frame and a 1013 close (the widget reconnects and says hello again)', async () => {
    const { token } = await widgetIdentity(server.url);
    const history = server.store.history;
    (server.store as { history: typeof history }).history = {
      ...history,
      recent: async () => {
        throw new Error('store unreachable (test)');
      },
    };
    try {
      const s = await connectWidget(wsUrl(server.url, token));
      s.send({ type: 'hello', lang: 'en' });
      const err = await s.waitFor((f) => f.type === 'error');
      expect(err.code).toBe('unavailable');
      expect(await s.closed).toBe(1013);
    } finally {
      (server.store as { history: typeof history }).history = history;
    }
    // The same when the rate limits (kept in the store) cannot be read, e.g. Redis down.
    const take = server.store.limits.take;
    server.store.limits.take = async () => {
      throw new Error('store unreachable (test)');
    };
    try {
      const s = await connectWidget(wsUrl(server.url, token));
      s.send({ type: 'hello', lang: 'en' });
      expect((await s.waitFor((f) => f.type === 'error')).code).toBe('unavailable');
      expect(await s.closed).toBe(1013);
    } finally {
      server.store.limits.take = take;
    }
    const again = await connectWidget(wsUrl(server.url, token));
    again.send({ type: 'hello', lang: 'en' });
    await again.waitFor((f) => f.type === 'history');
    await again.waitFor((f) => f.kind === 'menu');
    await again.close();
  });
});

describe('SQLite file permissions', () => {
  it('the database file (and its WAL and shared-memory files) are owner-only, 0600', async () => {
    const server = await startTestServer();
    try {
      await sendApp(server.url, { userId: 'perm', text: 'hello', messageId: 'p1' });
      for (const f of ['scam-coach.db', 'scam-coach.db-wal', 'scam-coach.db-shm']) {
        expect((statSync(join(server.config.dataDir, f)).mode & 0o777).toString(8), f).toBe('600');
      }
    } finally {
      await server.close();
    }
  });
});

describe('METRICS_TOKEN and CSP', () => {
  let plain: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    [plain, proxied] = await Promise.all([
      startTestServer(),
      startTestServer({ metricsToken: 'metrics-token-0123456789', trustProxy: 1 }),
    ]);
  }, 30_000);
  afterAll(async () => {
    await plain?.close();
    await proxied?.close();
  });

  it('/metrics is open without METRICS_TOKEN, and needs the Bearer token with it', async () => {
    expect((await fetch(`${plain.url}/metrics`)).status).toBe(200);
    const none = await fetch(`${proxied.url}/metrics`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: 'unauthorized' });
    expect((await fetch(`${proxied.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(`${proxied.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('scam_coach_messages_total');
  });

  it('sends upgrade-insecure-requests only behind TLS or a trusted proxy', async () => {
    const csp = async (s: TestServer) => (await fetch(`${s.url}/`)).headers.get('content-security-policy') ?? '';
    expect(await csp(plain)).toContain("script-src 'self'");
    expect(await csp(plain)).not.toContain('upgrade-insecure-requests');
    expect(await csp(proxied)).toContain('upgrade-insecure-requests');
  });
});

/** Runs `scam-coach serve` with `env` until it exits; its output and exit code. */
async function serveUntilExit(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/scam-coach.js'), 'serve'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c));
  child.stderr.on('data', (c: Buffer) => (out += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, out };
}

describe('startup failures: one clear line, exit 1', () => {
  let busy: Server;
  let busyPort = 0;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(() => {
    busy?.close();
  });

  it('an unreachable REDIS_URL', { timeout: 60_000 }, async () => {
    const { code, out } = await serveUntilExit({
      PORT: '0',
      REDIS_URL: 'redis://:secret-password@127.0.0.1:1',
      WIDGET_SECRET: TEST_WIDGET_SECRET,
      USER_HASH_SALT: TEST_WIDGET_SECRET,
    });
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toEqual([expect.stringMatching(/^scam-coach: cannot start: cannot reach Redis at REDIS_URL redis:\/\/127\.0\.0\.1:1 \(ECONNREFUSED\)$/)]);
    expect(out).not.toContain('secret-password');
  });

  it('a port already in use', { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scam-coach-busy-'));
    const { code, out } = await serveUntilExit({ PORT: String(busyPort), DATA_DIR: dataDir }).finally(() =>
      rmSync(dataDir, { recursive: true, force: true }),
    );
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toEqual([`scam-coach: cannot start: port ${busyPort} on 127.0.0.1 is already in use (PORT)`]);
  });

  it('a bad variable', { timeout: 60_000 }, async () => {
    const { code, out } = await serveUntilExit({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toEqual([expect.stringMatching(/^scam-coach: cannot start: invalid configuration: PORT: /)]);
  });
});
