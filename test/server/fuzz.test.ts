// "No crash on any input": random bodies, headers and frames against the real server. Every HTTP answer is JSON
// with the documented shape (a verdict or replies on 200, `error` + `message` on 4xx), nothing is ever a 5xx, every
// websocket frame gets a reply frame or none, and the server still serves /healthz and a normal turn afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/channels/app/signature.ts';
import { VERDICTS } from '../../src/classifier/types.ts';
import { sendApp, startTestServer, TEST_WEBHOOK_SECRET, type TestServer } from '../helpers/server.ts';
import { connectWidget, widgetIdentity, wsUrl } from '../helpers/ws.ts';

const RUNS = 120;

/** Bodies as a client might send them: random text, JSON of any shape, near-valid messages with odd fields. */
const anyJson = fc.jsonValue({ maxDepth: 3 });
const oddField = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '<img src=x onerror=alert(1)>',
    '00852 5123 8870',
    '9'.repeat(400),
    '2026-11-25T00:00:00Z',
  ),
);
const nearMessage = fc.record(
  {
    userId: oddField,
    text: oddField,
    messageId: oddField,
    locale: fc.oneof(oddField, fc.constantFrom('zh', 'en')),
    sentAt: fc.oneof(oddField, fc.constant(Date.now())),
    session: oddField,
    __proto__: anyJson,
    constructor: anyJson,
  },
  { requiredKeys: [] },
);
/** Any text a user may type or paste: scripts, emoji, control characters, markup, numbers, links. */
const userText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '00852 5123 8870',
    'anxin-kefu.top/a',
    '验证码 482913',
    '演练',
    'stop',
    'menu',
  ),
);
/** Schema-valid requests (so the turn itself runs on odd text), and valid ones with one field broken. */
const validMessage = fc.record(
  {
    userId: fc.string({ minLength: 1, maxLength: 20 }),
    text: userText,
    messageId: fc.uuid(),
    locale: fc.constantFrom('zh', 'en'),
    sentAt: fc.constant(Date.now()),
  },
  { requiredKeys: ['userId', 'text', 'messageId', 'sentAt'] },
);
const brokenMessage = fc
  .tuple(validMessage, fc.constantFrom('userId', 'text', 'messageId', 'locale', 'sentAt', 'session', 'extra'), oddField)
  .map(([m, key, value]) => ({ ...m, [key]: value }));
const checkBody = fc
  .record({ text: userText, lang: fc.constantFrom('zh', 'en') }, { requiredKeys: ['text'] })
  .map((v) => JSON.stringify(v));
const garbage = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  anyJson.map((v) => JSON.stringify(v)),
  nearMessage.map((v) => JSON.stringify(v)),
  brokenMessage.map((v) => JSON.stringify(v)),
);
// Weighted so that every run of 120 meets valid requests too (about one in three): the 200 path is always exercised.
const body = fc.oneof(
  { arbitrary: garbage, weight: 2 },
  { arbitrary: validMessage.map((v) => JSON.stringify(v)), weight: 1 },
  { arbitrary: checkBody, weight: 1 },
);
const checkRequestBody = fc.oneof({ arbitrary: garbage, weight: 1 }, { arbitrary: checkBody, weight: 1 });
const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      '',
      'application/json; charset=latin1',
    ),
    weight: 2,
  },
);

function expectErrorShape(status: number, json: unknown) {
  expect(status, JSON.stringify(json)).toBeLessThan(500);
  if (status !== 200) {
    expect(json).toMatchObject({ error: expect.any(String), message: expect.any(String) });
  }
}

describe('any input: JSON answers, no 5xx, the server stays up', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ requestsPerMinutePerIp: 1_000_000, messagesPer10s: 1_000_000 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('POST /api/check', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(checkRequestBody, contentType, async (raw, type) => {
        const res = await fetch(`${server.url}/api/check`, {
          method: 'POST',
          headers: type ? { 'content-type': type } : {},
          body: raw,
        });
        const json = (await res.json()) as { verdict?: string };
        seen.add(res.status);
        expectErrorShape(res.status, json);
        if (res.status === 200) expect(VERDICTS).toContain(json.verdict);
      }),
      { numRuns: RUNS },
    );
    expect([...seen].sort()).toEqual(expect.arrayContaining([200, 400])); // both paths were exercised
  });

  it('POST /api/app/messages, correctly signed', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        const res = await fetch(`${server.url}/api/app/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-signature': signBody(TEST_WEBHOOK_SECRET, raw) },
          body: raw,
        });
        const json = (await res.json()) as { replies?: { text: unknown; simulation: unknown }[] };
        seen.add(res.status);
        expectErrorShape(res.status, json);
        if (res.status === 200) {
          expect(json.replies!.length).toBeGreaterThan(0);
          for (const r of json.replies!) {
            expect(typeof r.text).toBe('string');
            expect(typeof r.simulation).toBe('boolean');
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect([...seen]).toEqual(expect.arrayContaining([200, 400]));
  });

  it('widget websocket frames', async () => {
    const { token } = await widgetIdentity(server.url);
    const widget = await connectWidget(wsUrl(server.url, token));
    try {
      const frame = fc.oneof(
        fc.string({ maxLength: 200 }),
        anyJson.map((v) => JSON.stringify(v)),
        fc
          .record(
            {
              type: fc.oneof(fc.constantFrom('hello', 'message', 'event', 'invoke'), oddField),
              text: fc.oneof(userText, oddField),
              lang: oddField,
              user: oddField,
            },
            { requiredKeys: [] },
          )
          .map((v) => JSON.stringify(v)),
        fc.record({ type: fc.constant('message'), text: userText }).map((v) => JSON.stringify(v)),
      );
      const kinds = new Set<string>();
      await fc.assert(
        fc.asyncProperty(frame, async (data) => {
          const from = widget.frames.length;
          widget.ws.send(data);
          // Every frame is answered (an error, the history, typing + replies) or dropped. A `hello` after it is
          // always answered with the history: proof the socket and the server are still there.
          widget.send({ type: 'hello' });
          await widget.waitFor((f) => f.type === 'history', { from, timeoutMs: 5000 });
          for (const f of widget.frames.slice(from)) {
            kinds.add(f.type);
            expect(['error', 'history', 'typing', 'message']).toContain(f.type);
            if (f.type === 'error') expect(typeof f.code).toBe('string');
          }
        }),
        { numRuns: 60 },
      );
      expect(widget.ws.readyState).toBe(widget.ws.OPEN);
      expect([...kinds]).toEqual(expect.arrayContaining(['error', 'message'])); // refused frames and real turns
    } finally {
      await widget.close();
    }
  });

  it('still healthy and answering afterwards', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const res = await sendApp(server.url, { userId: 'after-fuzz', text: '00852 5123 8870', messageId: 'after-1' });
    expect(res.status).toBe(200);
    expect(res.body.replies[0]!.kind).toBe('check');
  });
});
