// What users paste never lands at rest or in the logs in the clear: verification codes, card numbers, ID numbers
// and phone numbers sent through the webhook and the widget are looked for, after the turns, in every table and
// every byte of the SQLite files and in every log line (debug level, the most verbose).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/ops/log.ts';
import { drillStartText, sendApp, startTestServer, type TestServer } from '../helpers/server.ts';
import { connectWidget, widgetIdentity, wsUrl } from '../helpers/ws.ts';
import { redisSkipReason, startRedis, type TestRedis } from '../store/redis-server.ts';

/** Each secret as it is pasted, and the forms it could be stored in. */
const SECRETS: { pasted: string; forms: string[] }[] = [
  { pasted: '对方让我报验证码 482913，可以吗', forms: ['482913'] },
  { pasted: '他要我的卡号 4111 1111 1111 1111 核对', forms: ['4111 1111 1111 1111', '4111111111111111'] },
  { pasted: '我的身份证 11010519491231002X 被他说出来了', forms: ['11010519491231002X', '11010519491231002x'] },
  { pasted: '13812345678 打给我说是客服，是真的吗', forms: ['13812345678', '138 1234 5678'] },
  { pasted: '00852 5123 8870 来电说我账户异常', forms: ['85251238870', '5123 8870', '51238870'] },
  { pasted: '验证码 四八二九一三 能告诉客服吗', forms: ['四八二九一三', '482913'] },
];

// Apps often use phone numbers as user ids: neither they nor message ids may appear at rest (issue 13, point 6).
const RUN = String(Date.now()).slice(-8);
const PHONE_USER = `139${RUN}`;
const MESSAGE_IDS = [`msg-${randomUUID()}`, `对话/${RUN}:一`];

/** Webhook turns (with a retry) under a phone-number user id, and a drill with its outcome. */
async function sendMetadata(server: TestServer): Promise<void> {
  for (const [i, messageId] of MESSAGE_IDS.entries()) {
    const body = { userId: PHONE_USER, text: i ? '银行会打电话让我转账到安全账户吗' : '00852 5123 8870', messageId, session: 'cohort-privacy' };
    expect((await sendApp(server.url, body)).status).toBe(200);
    expect((await sendApp(server.url, body)).body.replayed).toBe(true);
  }
}

function expectNoMetadata(dump: string): void {
  expect(dump, 'phone-number user id at rest').not.toContain(PHONE_USER);
  expect(dump, 'phone-number user id at rest').not.toContain(RUN);
  for (const id of MESSAGE_IDS) expect(dump, `message id ${id} at rest`).not.toContain(id);
}

describe('privacy at rest and in logs', () => {
  let server: TestServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({ logLevel: 'debug' }, { log: createLogger('debug', sink) });
    await sendMetadata(server);
    for (const [i, s] of SECRETS.entries()) {
      const res = await sendApp(server.url, { userId: 'privacy-app', text: s.pasted, messageId: `p-${i}` });
      expect(res.status).toBe(200);
      // A retry of the same message is answered from the idempotency store.
      expect((await sendApp(server.url, { userId: 'privacy-app', text: s.pasted, messageId: `p-${i}` })).body.replayed).toBe(true);
    }
    // Inside a drill (its state keeps the user's answers for the debrief) and with the drill's end recorded.
    const drill = { userId: 'privacy-drill', locale: 'zh' };
    await sendApp(server.url, { ...drill, text: drillStartText('sms-code-identity-check', 'zh'), messageId: 'd-0' });
    for (const [i, s] of SECRETS.entries()) {
      const res = await sendApp(server.url, { ...drill, text: s.pasted, messageId: `d-${i + 1}` });
      expect(res.status).toBe(200);
    }
    await sendApp(server.url, { ...drill, text: '退出演练', messageId: 'd-stop' });
    const { token } = await widgetIdentity(server.url);
    const widget = await connectWidget(wsUrl(server.url, token));
    widget.send({ type: 'hello', lang: 'zh' });
    await widget.waitFor((f) => f.type === 'history');
    for (const s of SECRETS) {
      const from = widget.frames.length;
      widget.send({ type: 'message', text: s.pasted });
      await widget.waitFor((f) => f.type === 'message' && f.role === 'bot', { from });
    }
    await widget.close();
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('no table of the SQLite store holds any of them', () => {
    const db = new Database(join(server.config.dataDir, 'scam-coach.db'), { readonly: true });
    try {
      const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['items', 'history', 'idempotency', 'outcomes']));
      const dump = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())).join('\n');
      for (const s of SECRETS) for (const form of s.forms) expect(dump, `${form} stored`).not.toContain(form);
    } finally {
      db.close();
    }
  });

  it('no table holds a user id or message id in the clear', () => {
    const db = new Database(join(server.config.dataDir, 'scam-coach.db'), { readonly: true });
    try {
      const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expectNoMetadata(tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())).join('\n'));
      // The reports still tell users apart (by keyed hash) and keep the cohort they need.
      const users = db.prepare<[], string>("SELECT DISTINCT user FROM outcomes WHERE session = 'cohort-privacy'").pluck().all();
      expect(users).toHaveLength(1);
      expect(users[0]).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      db.close();
    }
  });

  it('no byte of the database files (WAL included) holds any of them', () => {
    const bytes = readdirSync(server.config.dataDir)
      .filter((f) => f.startsWith('scam-coach.db'))
      .map((f) => readFileSync(join(server.config.dataDir, f)).toString('latin1'));
    expect(bytes.length).toBeGreaterThan(0);
    for (const s of SECRETS) {
      for (const form of s.forms) {
        const utf8 = Buffer.from(form, 'utf8').toString('latin1');
        for (const b of bytes) expect(b.includes(utf8), `${form} in a database file`).toBe(false);
      }
    }
  });

  it('no log line holds any of them', () => {
    expect(logLines.length).toBeGreaterThan(0);
    const logs = logLines.join('');
    for (const s of SECRETS) for (const form of s.forms) expect(logs, `${form} logged`).not.toContain(form);
  });
});

/** Every key name and value in the Redis (strings, hashes, lists, sets, sorted sets). */
async function dumpRedis(url: string): Promise<string> {
  const redis = new Redis(url);
  try {
    const parts: string[] = [];
    for await (const keys of redis.scanStream({ count: 1000 })) {
      for (const key of keys as string[]) {
        parts.push(key);
        const type = await redis.type(key);
        if (type === 'string') parts.push((await redis.get(key)) ?? '');
        else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
        else if (type === 'list') parts.push(...(await redis.lrange(key, 0, -1)));
        else if (type === 'set') parts.push(...(await redis.smembers(key)));
        else if (type === 'zset') parts.push(...(await redis.zrange(key, 0, -1)));
      }
    }
    return parts.join('\n');
  } finally {
    redis.disconnect();
  }
}

describe.skipIf(redisSkipReason)('privacy at rest on Redis', () => {
  let redis: TestRedis;
  let server: TestServer;
  beforeAll(async () => {
    redis = await startRedis();
    server = await startTestServer({ redisUrl: redis.url });
    await sendMetadata(server);
    for (const [i, s] of SECRETS.entries()) {
      expect((await sendApp(server.url, { userId: PHONE_USER, text: s.pasted, messageId: `p-${RUN}-${i}` })).status).toBe(200);
    }
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  it('no key name or value holds a user id, message id or pasted secret in the clear', async () => {
    const dump = await dumpRedis(redis.url);
    expect(dump).toContain('cohort-privacy'); // the dump does reach the records
    expectNoMetadata(dump);
    for (const s of SECRETS) for (const form of s.forms) expect(dump, `${form} stored`).not.toContain(form);
  });
});
