import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAppMessage, startTestServer, type TestServer } from '../helpers/server.ts';

describe('server smoke', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  it('answers a signed app message and serves the demo page', async () => {
    const res = await postAppMessage(server.url, { userId: 'smoke', text: '00852 5123 8870', messageId: 'a1' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { replies: { kind: string; check?: { verdict: string } }[] };
    expect(body.replies[0]?.kind).toBe('check');
    expect(body.replies[0]?.check?.verdict).toBe('dangerous');
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('widget.js');
  });
});
