// The widget on a corporate help site with a strict Content-Security-Policy, in real Chromium: the host page (its
// own origin) allows only `style-src 'self'`, `script-src <widget host>` and `connect-src <widget host>` — the
// sources README tells hosts to allow — and carries hostile CSS of its own. One script tag must give a styled,
// working widget, with no CSP violation, and neither side's CSS may reach the other.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, CHROMIUM, chromiumOptions, WIDGET as sel } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

// Aimed at the widget's own class names and elements: none of it may reach inside the widget.
const HOSTILE_CSS = `
* { font-family: serif !important; color: rgb(200, 0, 0) !important; letter-spacing: 3px !important; }
button { background: rgb(0, 128, 0) !important; padding: 30px !important; border-radius: 0 !important; }
div { display: inline !important; margin: 7px !important; }
.panel, .launcher, .msg, .quick { position: static !important; display: block !important; }
.probe { color: rgb(1, 2, 3) !important; }
/* Restyling on purpose goes through the widget's CSS parts. */
[data-scam-coach="host"]::part(send) { background: rgb(128, 0, 128); }
`;

describe.skipIf(!existsSync(CHROMIUM))('a host page with a strict CSP', { timeout: 60_000 }, () => {
  let server: TestServer;
  let host: Server;
  let hostUrl: string;
  let csp: string;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    const widgetOrigin = server.url;
    const wsOrigin = widgetOrigin.replace(/^http/, 'ws');
    csp = [
      "default-src 'none'",
      `script-src ${widgetOrigin}`,
      "style-src 'self'",
      `connect-src ${widgetOrigin} ${wsOrigin}`,
      "img-src 'self'",
    ].join('; ');
    host = createServer((req, res) => {
      if (req.url === '/host.css') {
        res.writeHead(200, { 'Content-Type': 'text/css' });
        return res.end(HOSTILE_CSS);
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
      res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>help</title>
        <link rel="stylesheet" href="/host.css">
        <style>.inline-probe { color: rgb(9, 9, 9) !important; }</style></head>
        <body><h1>帮助中心</h1><p class="probe inline-probe">host text</p>
        <div class="panel" id="host-panel">a host element named like the widget's panel</div>
        <button class="launcher" id="host-button">host button</button>
        <script src="${widgetOrigin}/widget.js" data-lang="zh"></script></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    browser = await chromium.launch(chromiumOptions);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => host?.close(resolve));
    await server?.close();
  });

  for (const vp of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`${vp.name}: one script tag gives a styled, working, isolated widget`, async () => {
      const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, locale: 'zh-CN' });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') violations.push(m.text());
      });
      page.on('pageerror', (e) => violations.push(e.message));
      const res = await page.goto(hostUrl);
      expect(res?.headers()['content-security-policy']).toBe(csp);
      // The policy is really enforced: the page's own inline <style> is refused, its linked sheet applies.
      expect(await page.locator('.probe').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(1, 2, 3)');
      expect(violations.some((v) => /Content Security Policy/i.test(v) && /style/i.test(v))).toBe(true);
      violations.length = 0;

      // Styled: the launcher is the widget's fixed blue button in the corner, not the host's green block.
      const launcher = page.locator(sel.launcher);
      await launcher.waitFor();
      const look = await launcher.evaluate((e) => {
        const s = getComputedStyle(e);
        return { position: s.position, background: s.backgroundColor, font: s.fontFamily, spacing: s.letterSpacing };
      });
      expect(look.position).toBe('fixed');
      expect(look.background).toBe('rgb(11, 107, 203)');
      expect(look.font).not.toMatch(/^serif/);
      expect(look.spacing).toBe('normal');
      const box = (await launcher.boundingBox())!;
      expect(box.x + box.width).toBeGreaterThan(vp.width - 80);
      expect(box.y + box.height).toBeGreaterThan(vp.height - 80);

      // Working: open, the session, the websocket, a turn, the picker scrolling inside the panel.
      await launcher.click();
      const panel = page.locator(sel.panel);
      await panel.waitFor({ state: 'visible' });
      expect(await panel.evaluate((e) => getComputedStyle(e).position)).toBe('fixed');
      await expect.poll(() => page.locator(sel.send).isEnabled(), { timeout: 5_000 }).toBe(true);
      await page.locator(`${sel.bot}[data-kind="menu"]`).waitFor();
      await page.fill(sel.input, '演练');
      await page.press(sel.input, 'Enter');
      await expect.poll(() => page.locator(sel.quick).count(), { timeout: 5_000 }).toBeGreaterThan(10);
      const panelBox = (await panel.boundingBox())!;
      expect(panelBox.x).toBeGreaterThanOrEqual(0);
      expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(vp.height + 0.5);
      const quickArea = page.locator('[data-scam-coach="quick-replies"]');
      expect(await quickArea.evaluate((e) => getComputedStyle(e).overflowY)).toBe('auto');
      const last = page.locator(sel.quick).last();
      await last.scrollIntoViewIfNeeded();
      await last.click({ trial: true });
      await page.screenshot({ path: join(ARTIFACTS, `csp-host-${vp.name}.png`) });

      // Isolated the other way: the widget's rules never touched the host's look-alike elements.
      expect(await page.locator('#host-panel').evaluate((e) => getComputedStyle(e).position)).toBe('static');
      expect(await page.locator('#host-button').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 128, 0)');
      // …and a deliberate ::part rule does reach the part it names.
      expect(await page.locator(sel.send).evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(128, 0, 128)');
      // Nothing the widget did was refused by the policy.
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});
