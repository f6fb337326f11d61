// /admin in a real browser (Debian chromium via playwright-core) against a real server with ~20 months of seeded
// demo data, at 1280×800 and 390×844: 401 without the token, sign-in with the form (a token is never accepted in the address), charts drawn from the report
// (chart.js instances with data, painted canvas pixels), red flags by their labels (old ids of stored outcomes
// under the current one), the verdicts chart binned by month / week / day as the range narrows, the quiz change in
// words with tooltips, one CSV download per section, everything inside the viewport and clickable, no CSP
// violations or page errors. Screenshots: test/artifacts/admin-*.png.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRedFlags } from '../../src/content/red-flags.ts';
import { DEMO_SESSIONS, DEMO_START, demoOutcomes } from '../../src/reports/demo.ts';
import { applyRedFlagTaxonomy, CSV_SECTIONS, type ReportQuery, reportFromRecords } from '../../src/reports/index.ts';
import { ARTIFACTS, CHROMIUM, chromiumOptions } from '../helpers/browser.ts';
import { ROOT } from '../helpers/content.ts';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../helpers/server.ts';

const CHARTS = ['chart-drills', 'chart-flags', 'chart-quiz-rates', 'chart-quiz-dprime', 'chart-checks'];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const DAY = 86_400_000;

interface ChartView {
  id: string;
  width: number;
  labels: string[];
  data: unknown[][];
  painted: number;
}

/** Every chart's labels (multi-line labels joined), data and share of painted pixels. */
function readCharts(page: Page): Promise<ChartView[]> {
  return page.evaluate((ids) => {
    type Chart = { data: { labels: unknown[]; datasets: { data: unknown[] }[] } };
    const Chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): Chart | undefined } }).Chart;
    return ids.map((id) => {
      const canvas = document.getElementById(id) as HTMLCanvasElement;
      const chart = Chart.getChart(canvas);
      const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) painted++;
      return {
        id,
        width: canvas.getBoundingClientRect().width,
        // A wrapped label is an array of its lines, which keep their spaces.
        labels: (chart?.data.labels ?? []).map((l) => (Array.isArray(l) ? l.join('') : String(l))),
        data: chart?.data.datasets.map((d) => d.data) ?? [],
        painted: painted / (px.length / 4),
      };
    });
  }, CHARTS);
}

/** Boxes of the page's controls and panels that stick out of the viewport sideways, or are covered at their centre. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = window.innerWidth;
    if (document.documentElement.scrollWidth > vw)
      out.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${vw})`);
    const els = document.querySelectorAll<HTMLElement>(
      '.panel, canvas, a.csv, #filters select, #filters input, #filters button, .card',
    );
    for (const el of Array.from(els)) {
      const r = el.getBoundingClientRect();
      const name = el.id || el.dataset.section || el.className || el.tagName;
      if (r.width === 0 || r.height === 0) out.push(`${name} has no size`);
      if (r.left < 0 || r.right > vw + 0.5) out.push(`${name} outside the viewport: ${r.left}..${r.right} of ${vw}`);
    }
    for (const a of Array.from(document.querySelectorAll<HTMLElement>('a.csv, #filters button'))) {
      a.scrollIntoView({ block: 'center' });
      const r = a.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(hit === a || a.contains(hit))) out.push(`${a.dataset.section ?? a.textContent} is covered`);
    }
    window.scrollTo(0, 0);
    return out;
  });
}

describe.skipIf(!existsSync(CHROMIUM))('/admin in chromium', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  // ~20 months of outcomes; the demo's drill records carry the red-flag ids used before the taxonomy merged them.
  const records = demoOutcomes({ count: 4000, seed: 1, days: 600 });
  const taxonomy = loadRedFlags(ROOT);
  const expected = (q: ReportQuery = {}) => applyRedFlagTaxonomy(reportFromRecords(records, q), taxonomy);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    await server.store.outcomes.addMany(records);
    browser = await chromium.launch({ ...chromiumOptions });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(viewport: { width: number; height: number }) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // The browser's own favicon request is not the page's doing.
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
        problems.push(`console: ${m.text()} ${m.location().url}`);
    });
    // Sign in with the form (a token is never accepted in the address).
    await page.goto(`${server.url}/admin`);
    await page.fill('#token', TEST_ADMIN_TOKEN);
    const [ok] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${server.url}/admin` && r.request().method() === 'GET'),
      page.click('[data-admin="login"] button[type="submit"]'),
    ]);
    expect(ok.status()).toBe(200);
    expect(page.url()).toBe(`${server.url}/admin`);
    problems.length = 0; // the login page itself is a 401
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    return { context, page, problems };
  }

  /** Applies filters through the form and waits for the page to redraw. */
  async function filter(page: Page, fields: { from?: string; to?: string; lang?: string; session?: string }) {
    if (fields.session !== undefined) await page.selectOption('#f-session', fields.session);
    if (fields.from !== undefined) await page.fill('#f-from', fields.from);
    if (fields.to !== undefined) await page.fill('#f-to', fields.to);
    if (fields.lang !== undefined) await page.selectOption('#f-lang', fields.lang);
    else await page.click('#filters button[type="submit"]');
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  }

  test('401 without the token', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const denied = await page.goto(`${server.url}/admin`);
    expect(denied!.status()).toBe(401);
    await expect.poll(() => page.locator('[data-admin="login"]').isVisible()).toBe(true);
    expect(await page.locator('canvas').count()).toBe(0);
    expect((await page.goto(`${server.url}/admin/api/report`))!.status()).toBe(401);
    await context.close();
  });

  for (const viewport of VIEWPORTS) {
    test(`${viewport.width}×${viewport.height}: charts and tables by label, verdicts per month, downloads`, async () => {
      const { context, page, problems } = await signedIn(viewport);
      const all = expected();
      const charts = await readCharts(page);
      for (const c of charts) {
        expect(c.labels.length, c.id).toBeGreaterThan(0);
        expect(c.width, c.id).toBeGreaterThan(200);
        expect(c.width, c.id).toBeLessThanOrEqual(viewport.width);
        expect(c.painted, `${c.id} has drawn pixels`).toBeGreaterThan(0.02);
      }
      const byId = Object.fromEntries(charts.map((c) => [c.id, c]));
      expect(byId['chart-drills']!.labels).toEqual(all.drills.map((d) => d.scenario));
      expect(byId['chart-drills']!.data[0]).toEqual(all.drills.map((d) => d.passed));
      expect(byId['chart-quiz-dprime']!.data[1]![0]).toBeCloseTo(all.quiz.overall.post!.dPrime, 10);

      // Red flags: labels, not ids; one bar per idea (the demo's old ids counted under the current one).
      const top = all.redFlags.slice(0, 15);
      expect(byId['chart-flags']!.labels).toEqual(top.map((f) => f.label.en));
      expect(byId['chart-flags']!.data[0]).toEqual(top.map((f) => f.missed));
      for (const old of ['overseas-prefix', 'asks-code', 'deadline', 'urgency'])
        expect(byId['chart-flags']!.labels.join('|')).not.toContain(old);
      expect(await page.locator('#table-flags tbody tr:first-child td:first-child').textContent()).toBe(
        top[0]!.label.en,
      );

      // ~20 months of checks: one bar per month, named by month; the same figures as the report.
      expect(all.checks.grain).toBe('month');
      expect(await page.locator('#checks-grain').textContent()).toBe('month');
      expect(byId['chart-checks']!.labels).toEqual(all.checks.bins.map((b) => b.label));
      expect(byId['chart-checks']!.labels.length).toBeLessThanOrEqual(24);
      expect(byId['chart-checks']!.labels[0]).toMatch(/^\d{4}-\d{2}$/);
      expect(byId['chart-checks']!.data[3]).toEqual(all.checks.bins.map((b) => b.dangerous));

      // The quiz: the change in words with a tooltip, c explained.
      const changes = page.locator('#table-quiz td[title]');
      expect(await changes.count()).toBeGreaterThan(0);
      const pageText = (await page.locator('main').textContent()) ?? '';
      for (const code of ['better-discernment', 'more-sceptical', 'no-clear-change', 'worse-discernment'])
        expect(pageText).not.toContain(code);
      expect(await changes.first().getAttribute('title')).toMatch(/d′/);
      expect(await page.locator('#table-quiz th', { hasText: 'c (bias)' }).getAttribute('title')).toMatch(
        /criterion \(response bias\)/,
      );

      // One CSV download per section, each one table with a header row.
      const links = await page
        .locator('a.csv')
        .evaluateAll((as) =>
          as.map((a) => ({ section: (a as HTMLElement).dataset.section, href: a.getAttribute('href') })),
        );
      expect(links.map((l) => l.section)).toEqual([...CSV_SECTIONS]);
      for (const { section, href } of links) {
        expect(href).toBe(`/admin/export.csv?section=${section}`);
        const text = await page.evaluate(async (u) => (await fetch(u)).text(), href!);
        expect(text.split('\r\n')[0], section).toMatch(/^\uFEFF?[a-z_]+(,[a-z_]+)+$/);
      }

      expect(await layoutProblems(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `admin-${viewport.width}.png`), fullPage: true });
      for (const panel of ['flags', 'quiz', 'checks'])
        await page
          .locator(`.panel:has(#table-${panel})`)
          .screenshot({ path: join(ARTIFACTS, `admin-${viewport.width}-${panel}.png`) });
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test('narrower ranges: weeks, then days; filters follow into the address and the downloads', async () => {
    const { context, page, problems } = await signedIn(VIEWPORTS[0]!);
    const day = (n: number) => new Date(DEMO_START + n * DAY).toISOString().slice(0, 10);

    await filter(page, { from: day(100), to: day(190) });
    const weeks = expected({ from: DEMO_START + 100 * DAY, to: DEMO_START + 191 * DAY });
    expect(weeks.checks.grain).toBe('week');
    await expect.poll(() => page.locator('#checks-grain').textContent()).toBe('week');
    const w = (await readCharts(page)).find((c) => c.id === 'chart-checks')!;
    expect(w.labels).toEqual(weeks.checks.bins.map((b) => b.label));
    expect(w.labels[1]).toMatch(/^\d{4}-\d{2}-\d{2} – \d{2}-\d{2}$/);
    expect(w.data[2]).toEqual(weeks.checks.bins.map((b) => b.suspicious));
    expect(page.url()).toBe(`${server.url}/admin?from=${day(100)}&to=${day(190)}`);
    expect(await page.getAttribute('a.csv[data-section="verdicts"]', 'href')).toBe(
      `/admin/export.csv?section=verdicts&from=${day(100)}&to=${day(190)}`,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'admin-weeks.png'), fullPage: false });

    await filter(page, { from: day(100), to: day(120) });
    await expect.poll(() => page.locator('#checks-grain').textContent()).toBe('day');
    const d = (await readCharts(page)).find((c) => c.id === 'chart-checks')!;
    expect(d.labels).toHaveLength(21);
    expect(d.labels[0]).toBe(day(100));

    // A session that got warier, not better: the warning in words.
    await filter(page, { from: '', to: '', session: DEMO_SESSIONS[2] });
    await expect.poll(() => page.locator('#table-quiz').textContent()).toContain('more false alarms');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('labels in Chinese on request, at 390×844', async () => {
    const { context, page, problems } = await signedIn(VIEWPORTS[1]!);
    await filter(page, { lang: 'zh' });
    await expect.poll(() => page.url()).toBe(`${server.url}/admin?lang=zh`);
    const top = expected().redFlags.slice(0, 15);
    const flags = (await readCharts(page)).find((c) => c.id === 'chart-flags')!;
    expect(flags.labels).toEqual(top.map((f) => f.label.zh));
    expect(await page.locator('#table-flags tbody tr:first-child td:first-child').textContent()).toBe(top[0]!.label.zh);
    expect(await page.getAttribute('a.csv[data-section="red-flags"]', 'href')).toBe(
      '/admin/export.csv?section=red-flags&lang=zh',
    );
    expect(await layoutProblems(page)).toEqual([]);
    await page.locator('#chart-flags').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-390-zh-flags.png'), fullPage: false });
    expect(problems).toEqual([]);
    await context.close();
  });
});
