// The facts reach the web too: the demo page states them filled from content/facts.yaml, and /admin lists them
// oldest first with their sources (for the team's re-check schedule).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factVars, loadFacts } from '../../src/content/facts.ts';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../helpers/server.ts';

const facts = loadFacts();
const zh = factVars(facts, 'zh');
const en = factVars(facts, 'en');
const asHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 30_000);
afterAll(() => server?.close());

describe('the demo page', () => {
  it.each(['/', '/index.html'])(
    '%s states the facts of content/facts.yaml, in Chinese and English, no placeholder left',
    async (path) => {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).not.toMatch(/\{\{/);
      expect(html).toContain(asHtml(zh['fact.rule.after-transfer']!));
      expect(html).toContain(asHtml(en['fact.rule.after-transfer']!));
      expect(html).toContain(asHtml(en['fact.rule.credit-repair']!));
      // The old advice put 96110 next to reporting a crime and sent people to their bank first.
      expect(html).not.toContain('96110 咨询；联系银行冻结账户');
    },
  );
});

describe('/admin facts list', () => {
  it('needs the admin token', async () => {
    expect((await fetch(`${server.url}/admin/api/facts`, { headers: { accept: 'application/json' } })).status).toBe(
      401,
    );
  });

  it('lists every fact oldest first, with sources and age', async () => {
    const res = await fetch(`${server.url}/admin/api/facts`, {
      headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.maxAgeMonths).toBe(facts.review_after_months);
    expect(body.facts).toHaveLength(facts.services.length + facts.rules.length);
    const dates = body.facts.map((f: { checked: string }) => f.checked);
    expect(dates).toEqual([...dates].sort());
    for (const f of body.facts) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      expect(typeof f.ageDays).toBe('number');
    }
  });

  it('the admin page has a place for it', async () => {
    const res = await fetch(`${server.url}/admin`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
    const html = await res.text();
    expect(html).toContain('id="table-facts"');
  });
});
