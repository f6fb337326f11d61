// The embeddable widget and the demo page in a real browser (Debian chromium via playwright-core) against the
// dev mock server (test/widget/mock-server.ts). Skipped only when /usr/bin/chromium is absent.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type MockServer, startMockServer } from './mock-server.ts';
import { ARTIFACTS, CHROMIUM, chromiumOptions, deepActive, WIDGET, XSS } from '../helpers/browser.ts';

const sel = WIDGET;

describe.skipIf(!existsSync(CHROMIUM))('widget in chromium', { timeout: 60_000 }, () => {
  let mock: MockServer;
  let browser: Browser;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    mock = await startMockServer();
    browser = await chromium.launch({
      ...chromiumOptions,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await mock?.close();
  });

  async function newPage(viewport = { width: 1100, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return { context, page };
  }

  async function sendText(page: Page, text: string) {
    await page.fill(sel.input, text);
    await page.press(sel.input, 'Enter');
  }

  test('chat: open, send, typing, reply, quick reply, drill badge, XSS as text, reload keeps history', async () => {
    const { context, page } = await newPage();
    await page.goto(`${mock.url}/`);
    const launcher = page.locator(sel.launcher);
    await expect.poll(() => launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await launcher.getAttribute('aria-controls')).toBe('scam-coach-panel');
    expect(await page.locator(sel.panel).isVisible()).toBe(false);

    await launcher.click();
    await page.locator(sel.panel).waitFor({ state: 'visible' });
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(deepActive)).toBe('input');
    const log = page.locator(sel.log);
    expect(await log.getAttribute('role')).toBe('log');
    expect(await log.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => page.locator(sel.send).isEnabled()).toBe(true);
    const token = await page.evaluate(() => localStorage.getItem('scam-coach:token'));
    expect(token).toMatch(/^t-/);

    // Send with Enter: the user's bubble at once, the typing indicator, then the reply with quick replies.
    await sendText(page, '你好');
    await expect.poll(() => page.locator(sel.user).last().textContent()).toContain('你好');
    await page.locator(sel.typing).waitFor({ state: 'visible' });
    await page.locator(sel.bot).first().waitFor();
    expect(await page.locator(sel.typing).isVisible()).toBe(false);
    const greeting = page.locator(sel.bot).first().locator('.text');
    expect(await greeting.evaluate((e) => getComputedStyle(e.parentElement!).whiteSpace)).toBe('pre-wrap');
    expect(await greeting.textContent()).toContain('\n1. ');
    expect(await page.locator(sel.input).inputValue()).toBe('');
    await expect.poll(() => page.locator(sel.quick).count()).toBe(2);

    // A quick reply sends its text; the drill line is marked as a simulation.
    await page.locator(sel.quick, { hasText: '开始演练' }).click();
    await expect.poll(() => page.locator(sel.user).last().textContent()).toContain('开始演练');
    const drill = page.locator(`${sel.bot}[data-simulation="true"]`);
    await drill.waitFor();
    expect(await drill.locator(sel.badge).textContent()).toBe('模拟演练');
    expect(await drill.getAttribute('class')).toContain('msg--sim');
    expect(await page.locator(`${sel.bot}:not([data-simulation])`).count()).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'widget-drill.png') });

    // Markup from the user (and echoed back by the bot) is shown literally, never parsed.
    await sendText(page, XSS);
    await expect.poll(() => page.locator(sel.bot).last().textContent()).toContain(XSS);
    expect(await page.locator(sel.user).last().locator('.text').textContent()).toBe(XSS);
    expect(await page.locator(`${sel.log} img`).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'widget-xss.png') });

    // Reload: the same token, the panel reopens, the history comes back from the server.
    const before = await page.locator(`${sel.log} [data-role]`).count();
    expect(before).toBe(7);
    await page.reload();
    await page.locator(sel.panel).waitFor({ state: 'visible' });
    await expect.poll(() => page.locator(`${sel.log} [data-role]`).count()).toBe(before);
    expect(await page.evaluate(() => localStorage.getItem('scam-coach:token'))).toBe(token);
    expect(await page.locator(`${sel.bot}[data-simulation="true"]`).count()).toBe(1);
    expect(await page.locator(sel.user).last().locator('.text').textContent()).toBe(XSS);

    // Esc closes the panel and gives focus back to the launcher.
    await page.focus(sel.input);
    await page.keyboard.press('Escape');
    expect(await page.locator(sel.panel).isVisible()).toBe(false);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(deepActive)).toBe('launcher');

    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('offline: a notice, sending disabled, nothing queued; reconnects with backoff', async () => {
    const { context, page } = await newPage();
    await page.goto(`${mock.url}/`);
    await page.click(sel.launcher);
    await expect.poll(() => page.locator(sel.send).isEnabled()).toBe(true);
    expect(await page.locator(sel.status).isVisible()).toBe(false);

    mock.dropConnections(2500);
    await page.locator(sel.status).waitFor({ state: 'visible' });
    expect(await page.locator(sel.status).textContent()).toContain('连接已断开');
    expect(await page.locator(sel.send).isDisabled()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'widget-offline.png') });

    const received = mock.received.length;
    const users = await page.locator(sel.user).count();
    await sendText(page, 'sent while offline');
    expect(await page.locator(sel.user).count()).toBe(users); // not shown as sent…
    expect(await page.locator(sel.input).inputValue()).toBe('sent while offline'); // …and kept for the user

    // Backoff 1 s, 2 s, 4 s (±20 %): back within ~8 s of the mock accepting again; nothing was sent meanwhile.
    await page.locator(sel.status).waitFor({ state: 'hidden', timeout: 15_000 });
    expect(await page.locator(sel.send).isEnabled()).toBe(true);
    expect(mock.received.length).toBe(received);
    await page.click(sel.send);
    await expect.poll(() => mock.received.length).toBe(received + 1);
    await context.close();
  });

  test('a token the server no longer knows is replaced by a new session', async () => {
    const { context, page } = await newPage();
    await page.goto(`${mock.url}/`);
    await page.click(sel.launcher);
    await expect.poll(() => page.locator(sel.send).isEnabled()).toBe(true);
    const old = await page.evaluate(() => localStorage.getItem('scam-coach:token'));

    mock.revokeTokens();
    await page.reload();
    await expect.poll(() => page.locator(sel.send).isEnabled(), { timeout: 10_000 }).toBe(true);
    const renewed = await page.evaluate(() => localStorage.getItem('scam-coach:token'));
    expect(renewed).toMatch(/^t-/);
    expect(renewed).not.toBe(old);
    expect(mock.sessionRequests.some((r) => r.bearer === old)).toBe(true); // asked about the old token, got 401
    await context.close();
  });

  test('narrow screens: the panel fills the screen', async () => {
    const { context, page } = await newPage({ width: 375, height: 700 });
    await page.goto(`${mock.url}/`);
    await page.screenshot({ path: join(ARTIFACTS, 'page-mobile.png'), fullPage: false });
    await page.click(sel.launcher);
    await expect.poll(() => page.locator(sel.send).isEnabled()).toBe(true);
    await sendText(page, '你好');
    await page.locator(sel.bot).first().waitFor();
    const box = await page.locator(sel.panel).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 375, height: 700 });
    await page.screenshot({ path: join(ARTIFACTS, 'widget-mobile.png') });
    await context.close();
  });

  test('embedded on another page: English strings, cohort, only window.ScamCoach, host styles untouched', async () => {
    // The host page comes from another origin, as on a real embedding site.
    const hostServer = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><style>.msg{color:rgb(1,2,3)} button{background:rgb(200,0,0)}</style>
        <script>window.__before = Object.keys(window);</script></head>
        <body><p class="msg">host</p><button id="host-button">host button</button>
        <script src="${mock.url}/widget.js" data-lang="en" data-session="cohort-a"></script></body></html>`);
    });
    await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
    const host = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}/host-en.html`;
    const { context, page } = await newPage();
    await page.goto(host);
    const added = await page.evaluate(() =>
      Object.keys(window).filter(
        (k) => k !== '__before' && !(window as unknown as { __before: string[] }).__before.includes(k),
      ),
    );
    expect(added).toEqual(['ScamCoach']);
    expect(await page.locator('.msg').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(1, 2, 3)');
    expect(await page.locator('#host-button').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(200, 0, 0)',
    );
    // No <style> in the host page: the widget's CSS is a constructable sheet adopted by its shadow root.
    expect(await page.locator('style').count()).toBe(1);
    expect(await page.locator(sel.host).evaluate((h) => h.shadowRoot?.adoptedStyleSheets.length)).toBe(1);

    await page.evaluate(() => (window as unknown as { ScamCoach: { open(): void } }).ScamCoach.open());
    await expect.poll(() => page.locator(sel.send).isEnabled()).toBe(true);
    expect(await page.locator(sel.send).textContent()).toBe('Send');
    expect(mock.sessionRequests.at(-1)).toMatchObject({ lang: 'en', session: 'cohort-a', bearer: null });
    await sendText(page, 'start a drill');
    await page.locator(`${sel.bot}[data-simulation="true"] ${sel.badge}`).waitFor();
    expect(await page.locator(`${sel.bot}[data-simulation="true"] ${sel.badge}`).textContent()).toBe(
      'Practice drill',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'widget-en.png') });
    await context.close();
    hostServer.close();
  });

  test('the check form works without the widget and renders the verdict as text', async () => {
    const { context, page } = await newPage();
    await page.route(`${mock.url}/widget.js`, (route) => route.abort());
    await page.goto(`${mock.url}/`);
    expect(await page.locator(sel.launcher).count()).toBe(0);
    const form = page.locator('form[data-scam-coach-check]');
    await form.locator('textarea').fill('+852 5123 8870');
    await form.locator('button[type="submit"]').click();
    const verdict = page.locator('[data-scam-coach-check-result] [data-verdict]');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('dangerous');
    expect(await verdict.textContent()).toContain('危险');
    expect(await verdict.locator('.check-reason').textContent()).toContain('<b>not bold</b>');
    expect(await verdict.locator('b').count()).toBe(0);
    expect(await verdict.locator('.check-advice').textContent()).toBe('挂断，不要回拨。\n通过官方 App 核实。');
    await form.screenshot({ path: join(ARTIFACTS, 'check-form.png') });

    await form.locator('textarea').fill('');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('.check-error').textContent()).toContain('请输入');
    await context.close();
  });

  test('a reload offers the choices still open, and none once the user has answered', async () => {
    const { context, page } = await newPage();
    await page.goto(`${mock.url}/`);
    await page.click(sel.launcher);
    await expect.poll(() => page.locator(sel.send).isEnabled()).toBe(true);
    const quickAfterReload = async () => {
      await page.reload();
      await page.locator(sel.panel).waitFor({ state: 'visible' });
      await expect.poll(() => page.locator(sel.send).isEnabled()).toBe(true);
      return page.locator(sel.quick).allTextContents();
    };

    await sendText(page, '你好');
    await expect.poll(() => page.locator(sel.quick).count()).toBe(2);
    expect(await quickAfterReload()).toEqual(['开始演练', '怎么核实官方电话？']);

    // The drill's intro line offers nothing, its first turn offers answers: those are the open choices.
    await page.locator(sel.quick, { hasText: '开始演练' }).click();
    await expect
      .poll(() => page.locator(sel.quick).allTextContents())
      .toEqual(['我不会告诉你验证码', '好的，验证码是…']);
    expect(await quickAfterReload()).toEqual(['我不会告诉你验证码', '好的，验证码是…']);

    // The user answered and the bot's reply offers nothing: no choices left to offer.
    await sendText(page, XSS);
    await expect.poll(() => page.locator(sel.bot).last().textContent()).toContain(XSS);
    expect(await quickAfterReload()).toEqual([]);
    await context.close();
  });

  test('a full-page screenshot of the demo page with the widget open', async () => {
    const { context, page } = await newPage({ width: 1280, height: 900 });
    await page.goto(`${mock.url}/`);
    await page.click(sel.launcher);
    await expect.poll(() => page.locator(sel.send).isEnabled()).toBe(true);
    await sendText(page, '你好');
    await page.locator(sel.quick).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'page-desktop.png') });
    await context.close();
  });
});
