// The facts list on /admin as a person sees it (Debian chromium): every fact a row, oldest check first, its
// sources readable, the table inside the viewport at 1280×800 and 390×844. Screenshots: test/artifacts/admin-facts-*.png.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadFacts } from '../../src/content/facts.ts';
import { ARTIFACTS, CHROMIUM, chromiumOptions } from '../helpers/browser.ts';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../helpers/server.ts';

const facts = loadFacts();

describe.skipIf(!existsSync(CHROMIUM))('/admin facts list in chromium', { timeout: 90_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await chromium.launch({ ...chromiumOptions });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('every fact is a row, oldest first, with its sources ($width×$height)', async (viewport) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // Sign in with the form (a token in the address is refused).
    await page.goto(`${server.url}/admin`);
    await page.fill('#token', TEST_ADMIN_TOKEN);
    await Promise.all([
      page.waitForResponse((r) => r.url() === `${server.url}/admin` && r.request().method() === 'GET'),
      page.click('[data-admin="login"] button[type="submit"]'),
    ]);
    const rows = page.locator('#table-facts tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(facts.services.length + facts.rules.length);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
    const dates = cells.map((c) => c[0]!.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    const police = cells.find((c) => c[2] === 'police')!;
    expect(police[3]).toBe('110');
    expect(police[5]).toContain(facts.services.find((s) => s.id === 'police')!.sources[0]!.url);
    await expect
      .poll(() => page.locator('#facts-summary').textContent())
      .toMatch(/^\d+ facts from content\/facts\.yaml/);

    const table = page.locator('#table-facts table');
    await table.scrollIntoViewIfNeeded();
    expect(await table.isVisible()).toBe(true);
    const box = (await page.locator('#table-facts').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
    await page.locator('#table-facts').screenshot({ path: join(ARTIFACTS, `admin-facts-${viewport.width}.png`) });
    expect(problems).toEqual([]);
    await context.close();
  });
});
