// Crash safety and graceful shutdown of the real `scam-coach serve` process (SQLite in DATA_DIR):
// a drill survives kill -9 of the server and continues on the restarted one; SIGTERM exits 0 promptly, even with
// open websocket and keep-alive connections.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killHard, type ServerProcess, spawnServer } from '../helpers/process.ts';
import { drillStartText, lastDrill, sendApp } from '../helpers/server.ts';
import { connectWidget, widgetIdentity, wsUrl } from '../helpers/ws.ts';

describe('server process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scam-coach-kill9-'));
  const procs: ServerProcess[] = [];
  const start = async () => {
    const p = await spawnServer({ DATA_DIR: dataDir });
    procs.push(p);
    return p;
  };
  afterAll(async () => {
    for (const p of procs) await killHard(p);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a drill survives kill -9 and continues at the same node on the restarted server', {
    timeout: 120_000, // three server starts, each running the content check; slow on a busy 2-core machine
  }, async () => {
    const userId = 'crash-user';
    const first = await start();
    const started = await sendApp(first.url, {
      userId,
      text: drillStartText('apk-install'),
      messageId: 'k1',
      locale: 'en',
    });
    expect(lastDrill(started.body.replies)).toMatchObject({ scenario: 'apk-install', node: 'opening' });
    const answer = { userId, text: "Okay, I'll download and install it now", messageId: 'k2', locale: 'en' };
    const answered = await sendApp(first.url, answer);
    expect(lastDrill(answered.body.replies)).toMatchObject({ node: 'install-permissions', progress: { step: 3 } });

    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const second = await start();
    // A retry of the last message that was answered before the crash is still recognised (idempotency persisted).
    const retry = await sendApp(second.url, answer);
    expect(retry.body.replayed).toBe(true);
    expect(retry.body.replies).toEqual(answered.body.replies);
    // The next answer continues at install-permissions (a restarted drill would be back at `opening`; a lost state
    // would answer with the FAQ or the menu).
    const next = await sendApp(second.url, {
      userId,
      text: 'What is the accessibility permission for?',
      messageId: 'k3',
      locale: 'en',
    });
    expect(next.status).toBe(200);
    expect(lastDrill(next.body.replies)).toMatchObject({
      scenario: 'apk-install',
      node: 'install-permissions',
      progress: { step: 3 },
    });
    // And on to the following node.
    const after = await sendApp(second.url, {
      userId,
      text: 'Okay, I tap install anyway and allow all permissions',
      messageId: 'k4',
      locale: 'en',
    });
    expect(lastDrill(after.body.replies)?.node).toBe('withdraw-fee');

    // Widget identities issued before the crash stay valid (the signing secret is stored, not per process).
    const id = await widgetIdentity(second.url);
    second.child.kill('SIGKILL');
    await second.exited;
    const third = await start();
    const confirm = await fetch(`${third.url}/api/widget/session`, {
      headers: { authorization: `Bearer ${id.token}` },
    });
    expect(await confirm.json()).toMatchObject({ userId: id.userId });
    third.child.kill('SIGKILL');
    await third.exited;
  });

  it('SIGTERM shuts down gracefully: exit code 0 within a few seconds, with open connections', {
    timeout: 120_000,
  }, async () => {
    const p = await start();
    // An open widget socket (a well-behaved client) ...
    const { token } = await widgetIdentity(p.url);
    const widget = await connectWidget(wsUrl(p.url, token));
    widget.send({ type: 'hello' });
    await widget.waitFor((f) => f.type === 'history');
    // ... an idle keep-alive HTTP connection ...
    await new Promise<void>((resolve, reject) => {
      const req = request(`${p.url}/healthz`, { agent: new Agent({ keepAlive: true }) }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });
    // ... and a websocket client that completed the handshake but never answers (a dead peer: no close reply).
    const { port } = new URL(p.url);
    const dead = connect(Number(port), '127.0.0.1');
    dead.on('error', () => {});
    await new Promise<void>((resolve) => dead.once('connect', () => resolve()));
    dead.write(
      `GET /ws?token=${encodeURIComponent(token)} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    await new Promise<void>((resolve) => dead.once('data', () => resolve()));
    dead.pause(); // never read again, never send a close frame

    const t0 = performance.now();
    p.child.kill('SIGTERM');
    const exit = await p.exited;
    const seconds = (performance.now() - t0) / 1000;
    dead.destroy();
    expect(exit, p.output()).toEqual({ code: 0, signal: null });
    expect(seconds).toBeLessThan(5);
    console.info(`SIGTERM → exit 0 in ${seconds.toFixed(2)} s`);
    // The well-behaved widget was told the server is going away.
    expect(await widget.closed).toBe(1001);
    expect(p.output()).not.toMatch(/"level":(50|60)/); // no error or fatal log line
  });
});
