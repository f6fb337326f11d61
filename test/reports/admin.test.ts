// /admin over real HTTP on a real server: disabled without ADMIN_TOKEN, 401 without a credential, Bearer and the
// cookie login, the JSON report (exact figures of the seeded store), the CSV export, and wrong-token throttling.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_COOKIE } from '../../src/channels/http/admin.ts';
import { DEMO_SESSIONS, DEMO_START, demoOutcomes } from '../../src/reports/demo.ts';
import { loadRedFlags } from '../../src/content/red-flags.ts';
import { applyRedFlagTaxonomy, CSV_SECTIONS, reportFromRecords, sectionCsv } from '../../src/reports/index.ts';
import { ROOT } from '../helpers/content.ts';
import { postAppMessage, startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../helpers/server.ts';
import { HAND, INJECTION } from './fixtures.ts';

const BEARER = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const records = [...demoOutcomes({ count: 1200, seed: 11 }), ...HAND];
const taxonomy = loadRedFlags(ROOT);
/** What /admin must serve: the report of the records, red flags under the taxonomy (demo data holds old ids). */
const labelled = (q: Parameters<typeof reportFromRecords>[1]) =>
  applyRedFlagTaxonomy(reportFromRecords(records, q), taxonomy);
const expected = (q: Parameters<typeof reportFromRecords>[1]) => JSON.parse(JSON.stringify(labelled(q)));

function cookieOf(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  const m = new RegExp(`${ADMIN_COOKIE}=([^;]+)`).exec(set);
  if (!m) throw new Error(`no admin cookie in ${set}`);
  return `${ADMIN_COOKIE}=${m[1]}`;
}

describe('/admin with ADMIN_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.store.outcomes.addMany(records);
  });
  afterAll(async () => {
    await server?.close();
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers, redirect: 'manual' });

  it('401 without a credential: the page shows a sign-in form, the API says why; nothing leaks via static files', async () => {
    const page = await get('/admin');
    expect(page.status).toBe(401);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('action="/admin/login"');
    expect(html).not.toContain('<script');
    for (const path of [
      '/admin/api/report',
      '/admin/export.csv',
      '/admin/index.html',
      '/admin/admin.js',
      '/admin/vendor/chart.js',
      '/admin/nope',
    ]) {
      expect((await get(path)).status, path).toBe(401);
    }
    const api = await get('/admin/api/report');
    expect(api.headers.get('www-authenticate')).toContain('Bearer');
    expect(await api.json()).toMatchObject({ error: 'unauthorized' });
    expect((await get('/admin/api/report', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await get('/admin/api/report', { authorization: `Basic ${TEST_ADMIN_TOKEN}` })).status).toBe(401);
  });

  it('Bearer: the JSON report holds exactly the figures of the stored outcomes', async () => {
    const res = await get('/admin/api/report', BEARER);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(expected({}));
    const q = `session=${DEMO_SESSIONS[0]}&channel=app&from=2025-03-06&to=2025-03-20&tz=%2B08:00`;
    const filtered = await (await get(`/admin/api/report?${q}`, BEARER)).json();
    const from = Date.UTC(2025, 2, 6) - 8 * 3_600_000;
    const to = Date.UTC(2025, 2, 21) - 8 * 3_600_000;
    expect(filtered).toEqual(expected({ session: DEMO_SESSIONS[0], channel: 'app', from, to, tz: 480 }));
    // An HTML form sends empty fields: they mean "all".
    expect(await (await get('/admin/api/report?session=&channel=&from=&to=', BEARER)).json()).toEqual(expected({}));
  });

  it('avoided red flags (got past safely without naming them) in the JSON and the red-flags CSV', async () => {
    const json = await (await get('/admin/api/report', BEARER)).json();
    // HAND's first drill avoided f5: counted, and no miss.
    expect(json.redFlags.find((f: { flag: string }) => f.flag === 'f5')).toMatchObject({
      missed: 0,
      spotted: 0,
      avoided: 1,
      missRate: 0,
    });
    const csv = await (await get('/admin/export.csv?section=red-flags', BEARER)).text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('red_flag,label,missed,spotted,miss_rate,avoided');
    expect(lines).toContain('f5,f5,0,0,0,1');
  });

  it('400 for bad filters', async () => {
    for (const q of ['channel=sms', 'from=yesterday', 'from=2025-03-10&to=2025-03-01', 'tz=%2B99:00', 'limit=-1']) {
      const res = await get(`/admin/api/report?${q}`, BEARER);
      expect(res.status, q).toBe(400);
      expect((await res.json()).error).toBe('bad_request');
    }
  });

  it('CSV export per section: UTF-8 with BOM, an attachment named for the section, the same figures, formula-safe', async () => {
    const from = new Date(DEMO_START).toISOString().slice(0, 10);
    for (const section of CSV_SECTIONS) {
      const res = await get(`/admin/export.csv?section=${section}&from=${from}`, BEARER);
      expect(res.status, section).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="scam-coach-${section}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
      );
      const body = new Uint8Array(await res.arrayBuffer());
      expect([...body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(body.slice(3))).toBe(sectionCsv(labelled({ from: DEMO_START }), section));
    }
    const gaps = await (await get('/admin/export.csv?section=faq-gaps', BEARER)).text();
    expect(gaps).toContain(`\n'${INJECTION},1,`);
    // Labels in Chinese on request; old ids of the demo data counted under the current one.
    const zh = await (await get('/admin/export.csv?section=red-flags&lang=zh', BEARER)).text();
    expect(zh).toMatch(/\noverseas-number,境外号码[^\n]*,\d+,\d+,/);
    expect(zh).not.toMatch(/overseas-prefix/);
    const none = await get('/admin/export.csv', BEARER);
    expect(none.status).toBe(400);
    expect((await none.json()).message).toContain('drills, red-flags, quiz, faq-gaps, feedback, verdicts');
  });

  it('sign in with the form: HttpOnly cookie, clean redirect, then the page and its assets; never a ?token= link', async () => {
    const wrong = await fetch(`${server.url}/admin/login`, {
      method: 'POST',
      body: new URLSearchParams({ token: 'nope' }),
      redirect: 'manual',
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Wrong token.');

    const login = await fetch(`${server.url}/admin/login`, {
      method: 'POST',
      body: new URLSearchParams({ token: TEST_ADMIN_TOKEN }),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/admin');
    const setCookie = login.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/admin/);
    expect(setCookie).not.toContain(TEST_ADMIN_TOKEN);
    const cookie = cookieOf(login);

    const page = await get('/admin', { cookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script src="/admin/vendor/chart.js" defer></script>');
    expect(html).not.toMatch(/<script>(?!<)/);
    const chart = await get('/admin/vendor/chart.js', { cookie });
    expect(chart.status).toBe(200);
    expect(chart.headers.get('content-type')).toMatch(/javascript/);
    expect(await chart.text()).toContain('Chart.js v4');
    expect((await get('/admin/admin.js', { cookie })).status).toBe(200);
    expect((await get('/admin/admin.css', { cookie })).headers.get('content-type')).toMatch(/text\/css/);
    expect(await (await get('/admin/api/report', { cookie })).json()).toEqual(expected({}));

    // A token in the URL stays in browser history and logs: refused even when right, no cookie set.
    const link = await get(`/admin?session=${DEMO_SESSIONS[1]}&token=${TEST_ADMIN_TOKEN}`);
    expect(link.status).toBe(401);
    expect(link.headers.get('set-cookie')).toBeNull();
    expect(await link.text()).toContain('Tokens in the address are not accepted');
    expect((await get(`/admin?token=wrong`)).status).toBe(401);

    const out = await fetch(`${server.url}/admin/logout`, { method: 'POST', headers: { cookie }, redirect: 'manual' });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`${ADMIN_COOKIE}=;`));
  });

  it('forged, tampered and expired cookies are refused', async () => {
    const signed = (expires: number, token = TEST_ADMIN_TOKEN) =>
      `${ADMIN_COOKIE}=${expires}.${createHmac('sha256', token).update(`scam-coach-admin:${expires}`).digest('base64url')}`;
    const future = Date.now() + 3_600_000;
    expect((await get('/admin/api/report', { cookie: signed(future) })).status).toBe(200);
    expect((await get('/admin/api/report', { cookie: signed(Date.now() - 1000) })).status).toBe(401);
    expect((await get('/admin/api/report', { cookie: signed(future, 'other-token') })).status).toBe(401);
    expect(
      (await get('/admin/api/report', { cookie: signed(future).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) })).status,
    ).toBe(401);
    expect((await get('/admin/api/report', { cookie: `${ADMIN_COOKIE}=${TEST_ADMIN_TOKEN}` })).status).toBe(401);
  });
});

describe('/admin sees outcomes recorded by real turns', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an outcome recorded by a real turn (signed app webhook, with a session) shows up in its cohort', async () => {
    const res = await postAppMessage(server.url, {
      userId: 'cohort-user',
      text: '00852 5123 8870',
      messageId: 'r1',
      session: 'e2e-cohort',
    });
    expect(res.status).toBe(200);
    const r = await (await fetch(`${server.url}/admin/api/report?session=e2e-cohort`, { headers: BEARER })).json();
    expect(r.totals).toEqual({ drills: 0, quizzes: 0, faq: 0, checks: 1, total: 1 });
    expect(r.checks.total).toMatchObject({ dangerous: 1, total: 1 });
    expect(r.channels).toEqual([{ key: 'app', drills: 0, quizzes: 0, faq: 0, checks: 1, total: 1 }]);
    expect(r.available.sessions).toContain('e2e-cohort');
    // No user id anywhere in a report.
    expect(
      JSON.stringify(await (await fetch(`${server.url}/admin/api/report`, { headers: BEARER })).json()),
    ).not.toContain('cohort-user');
  });
});

describe('/admin throttles wrong tokens', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('429 after 20 wrong tokens from one address; browsing without a credential does not count', async () => {
    for (let i = 0; i < 25; i++) expect((await fetch(`${server.url}/admin`)).status).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      statuses.push(
        (await fetch(`${server.url}/admin/api/report`, { headers: { authorization: `Bearer guess-${i}` } })).status,
      );
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});

describe('/admin without ADMIN_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ adminToken: undefined });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is disabled with a clear message', async () => {
    const page = await fetch(`${server.url}/admin`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('admin is disabled: set ADMIN_TOKEN');
    const api = await fetch(`${server.url}/admin/api/report`, { headers: { authorization: 'Bearer anything' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'admin_disabled' });
    expect((await fetch(`${server.url}/admin/index.html`)).status).toBe(404);
  });
});
