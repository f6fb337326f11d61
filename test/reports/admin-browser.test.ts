// /admin in a real browser (Debian chromium via playwright-core) against a real server with seeded demo data:
// 401 without the token, sign-in with the form, charts drawn (chart.js instances with data, non-blank canvas
// pixels), filters re-query, no CSP violations or page errors. Screenshot: test/artifacts/admin-report.png.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_SESSIONS, demoOutcomes } from '../../src/reports/demo.ts';
import { reportFromRecords } from '../../src/reports/index.ts';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../helpers/server.ts';
import { ARTIFACTS, CHROMIUM, chromiumOptions } from '../helpers/browser.ts';

const CHARTS = ['chart-drills', 'chart-flags', 'chart-quiz-rates', 'chart-quiz-dprime', 'chart-checks'];

describe.skipIf(!existsSync(CHROMIUM))('/admin in chromium', { timeout: 90_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const records = demoOutcomes({ count: 3000, seed: 1 });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    await server.store.outcomes.addMany(records);
    browser = await chromium.launch({
      ...chromiumOptions,
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('401 without the token; with it the charts render from the report', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });

    const denied = await page.goto(`${server.url}/admin`);
    expect(denied!.status()).toBe(401);
    await expect.poll(() => page.locator('[data-admin="login"]').isVisible()).toBe(true);
    expect(await page.locator('canvas').count()).toBe(0);
    const api = await page.goto(`${server.url}/admin/api/report`);
    expect(api!.status()).toBe(401);
    problems.length = 0; // the two 401s above are logged by the browser as failed loads

    // Sign in with the form (a token is never accepted in the address).
    await page.goto(`${server.url}/admin`);
    await page.fill('#token', TEST_ADMIN_TOKEN);
    problems.length = 0; // the login page itself is a 401
    const [ok] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${server.url}/admin` && r.request().method() === 'GET'),
      page.click('[data-admin="login"] button[type="submit"]'),
    ]);
    expect(ok.status()).toBe(200);
    expect(page.url()).toBe(`${server.url}/admin`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });

    const expected = reportFromRecords(records);
    const charts = await page.evaluate((ids) => {
      const Chart = (
        window as unknown as {
          Chart: {
            getChart(
              c: HTMLCanvasElement,
            ): { data: { labels: unknown[]; datasets: { data: unknown[] }[] } } | undefined;
          };
        }
      ).Chart;
      return ids.map((id) => {
        const canvas = document.getElementById(id) as HTMLCanvasElement;
        const chart = Chart.getChart(canvas);
        const ctx = canvas.getContext('2d')!;
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) painted++;
        return {
          id,
          width: canvas.width,
          labels: chart?.data.labels ?? [],
          data: chart?.data.datasets.map((d) => d.data) ?? [],
          painted: painted / (px.length / 4),
        };
      });
    }, CHARTS);
    for (const c of charts) {
      expect(c.labels.length, c.id).toBeGreaterThan(0);
      expect(c.width, c.id).toBeGreaterThan(200);
      expect(c.painted, `${c.id} has drawn pixels`).toBeGreaterThan(0.02);
    }
    const byId = Object.fromEntries(charts.map((c) => [c.id, c]));
    expect(byId['chart-drills']!.labels).toEqual(expected.drills.map((d) => d.scenario));
    expect(byId['chart-drills']!.data[0]).toEqual(expected.drills.map((d) => d.passed));
    expect(byId['chart-flags']!.labels).toEqual(expected.redFlags.slice(0, 15).map((f) => f.flag));
    expect(byId['chart-flags']!.data[0]).toEqual(expected.redFlags.slice(0, 15).map((f) => f.missed));
    expect(byId['chart-checks']!.labels).toEqual(expected.checks.byDay.map((d) => d.day));
    expect(byId['chart-quiz-dprime']!.data[1]![0]).toBeCloseTo(expected.quiz.overall.post!.dPrime, 10);

    // Totals and the fallen-back questions as text.
    await expect.poll(() => page.locator('#totals').textContent()).toContain(String(expected.totals.total));
    const firstQuestion = await page.locator('#table-faq tbody tr:first-child td:last-child').textContent();
    expect(firstQuestion).toBe(expected.faq.fallbacks[0]!.question);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-report.png'), fullPage: true });

    // Filter by session: the page re-queries, the address and the CSV link follow.
    await page.selectOption('#f-session', DEMO_SESSIONS[2]);
    await page.click('#filters button[type="submit"]');
    const filtered = reportFromRecords(records, { session: DEMO_SESSIONS[2] });
    await expect.poll(() => page.locator('#totals .card b').first().textContent()).toBe(String(filtered.totals.total));
    expect(page.url()).toBe(`${server.url}/admin?session=${DEMO_SESSIONS[2]}`);
    expect(await page.getAttribute('#export', 'href')).toBe(`/admin/export.csv?session=${DEMO_SESSIONS[2]}`);
    await expect.poll(() => page.locator('#table-quiz').textContent()).toContain('more false alarms');
    await page.screenshot({ path: join(ARTIFACTS, 'admin-report-session.png'), fullPage: false });

    expect(problems).toEqual([]);
    await context.close();
  });
});
