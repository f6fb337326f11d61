// What users paste never lands at rest or in the logs in the clear: verification codes, card numbers, ID numbers
// and phone numbers sent through the webhook and the widget are looked for, after the turns, in every table and
// every byte of the SQLite files and in every log line (debug level, the most verbose).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/ops/log.ts';
import { drillStartText, sendApp, startTestServer, type TestServer } from '../helpers/server.ts';
import { connectWidget, widgetIdentity, wsUrl } from '../helpers/ws.ts';

/** Each secret as it is pasted, and the forms it could be stored in. */
const SECRETS: { pasted: string; forms: string[] }[] = [
  { pasted: '对方让我报验证码 482913，可以吗', forms: ['482913'] },
  { pasted: '他要我的卡号 4111 1111 1111 1111 核对', forms: ['4111 1111 1111 1111', '4111111111111111'] },
  { pasted: '我的身份证 11010519491231002X 被他说出来了', forms: ['11010519491231002X', '11010519491231002x'] },
  { pasted: '13812345678 打给我说是客服，是真的吗', forms: ['13812345678', '138 1234 5678'] },
  { pasted: '00852 5123 8870 来电说我账户异常', forms: ['85251238870', '5123 8870', '51238870'] },
  { pasted: '验证码 四八二九一三 能告诉客服吗', forms: ['四八二九一三', '482913'] },
];

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
  });
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
