// The widget's HTTP side on the real server: the served script carries its words from content, "start over"
// forgets the conversation on the server (state and history), 👍/👎 are counted for /admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUserState, startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../helpers/server.ts';
import { historyKey } from '../../src/channels/conversation.ts';
import { connectWidget, widgetIdentity, wsUrl } from '../helpers/ws.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const post = (path: string, token: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body ?? {}),
  });

describe('the widget routes', () => {
  it('serves widget.js with its words from content/replies/widget.yaml, both languages', async () => {
    const res = await fetch(`${server.url}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const body = await res.text();
    expect(body).not.toContain('/*@scam-coach-strings*/');
    const strings = JSON.parse(/const STRINGS = (\{.*?\});\n/.exec(body)![1]!);
    expect(strings.zh.send).toBe('发送');
    expect(strings.en.send).toBe('Send');
    expect(Object.keys(strings.zh)).toEqual(Object.keys(strings.en));
  });

  it('start over deletes the state and the history on the server; the next hello greets afresh', async () => {
    const { userId, token } = await widgetIdentity(server.url);
    const s = await connectWidget(wsUrl(server.url, token));
    s.send({ type: 'message', text: 'drill overseas-service-call' });
    await s.waitFor((f) => f.type === 'message' && f.kind === 'drill');
    await s.waitFor((f) => f.type === 'message' && f.kind === 'info');
    const before = await readUserState(server, `web:${userId}`);
    expect(before?.drill).not.toBeNull();
    expect(before?.history.length).toBeGreaterThan(1);

    expect((await post('/api/widget/reset', 'w_forged.token')).status).toBe(401);
    expect((await post('/api/widget/reset', token)).status).toBe(204);
    expect(await readUserState(server, `web:${userId}`)).toBeUndefined();
    // The history under the user's own (hashed) key: it was there before, it is gone now.
    expect(await server.store.history.recent(historyKey(server.userHash(`web:${userId}`)), 100)).toEqual([]);

    const from = s.frames.length;
    s.send({ type: 'hello', lang: 'zh' });
    const history = await s.waitFor((f) => f.type === 'history', { from });
    expect(history.messages).toEqual([]);
    await s.waitFor((f) => f.type === 'message' && f.kind === 'menu', { from });
    await s.close();
  });

  it('counts 👍/👎 per answer and shows the unhelpful ones in /admin', async () => {
    const { token } = await widgetIdentity(server.url);
    expect((await post('/api/widget/feedback', token, { helpful: false, kind: 'faq', faqId: 'fee-before-loan' })).status).toBe(204);
    expect((await post('/api/widget/feedback', token, { helpful: false, kind: 'faq', faqId: 'fee-before-loan' })).status).toBe(204);
    expect((await post('/api/widget/feedback', token, { helpful: false, kind: 'check' })).status).toBe(204);
    expect((await post('/api/widget/feedback', token, { helpful: true, kind: 'fallback' })).status).toBe(204);
    // Refused: no valid token, an unknown kind, a made-up id that could flood the counts.
    expect((await post('/api/widget/feedback', 'nope', { helpful: false, kind: 'check' })).status).toBe(401);
    expect((await post('/api/widget/feedback', token, { helpful: false, kind: 'drill' })).status).toBe(400);
    expect((await post('/api/widget/feedback', token, { helpful: false, kind: 'faq', faqId: 'x'.repeat(200) })).status).toBe(400);

    const res = await fetch(`${server.url}/admin/api/feedback`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      helpful: 1,
      unhelpful: 3,
      worst: [
        { answer: 'faq:fee-before-loan', helpful: 0, unhelpful: 2 },
        { answer: 'check', helpful: 0, unhelpful: 1 },
      ],
      // Every rated answer, the fallback's 👍 too (the CSV's rows).
      answers: [
        { answer: 'faq:fee-before-loan', helpful: 0, unhelpful: 2 },
        { answer: 'check', helpful: 0, unhelpful: 1 },
        { answer: 'fallback', helpful: 1, unhelpful: 0 },
      ],
    });
    expect((await fetch(`${server.url}/admin/api/feedback`)).status).toBe(401);
  });
});
