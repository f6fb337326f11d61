// What a learner sees in the widget, in real Chromium against the real server, at 1280×800 and 390×844: the drill
// picker (every option reachable and clickable, the input on screen), a turn read from its start, follow-ups after a
// debrief, the language switch relabelling the panel, history and times after a reload, pasted messages with their
// verdict marked, finger-sized 👍/👎, start over, a paste over the limit, and the phone launcher clear of the page's
// check box. Screenshots go to test/artifacts/learner-*.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listScenarios } from '../../src/scenarios/index.ts';
import { brain } from '../helpers/brain.ts';
import { ARTIFACTS, CHROMIUM, chromiumOptions, WIDGET as sel } from '../helpers/browser.ts';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../helpers/server.ts';

const WAIT = 5_000;
const DRILLS = listScenarios(brain.drills, 'zh').length;
const REFUSAL = '不用了，我挂了，我自己打官方客服核实';
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

type Box = { x: number; y: number; width: number; height: number };
const inside = (b: Box, outer: Box) =>
  b.x >= outer.x - 0.5 &&
  b.y >= outer.y - 0.5 &&
  b.x + b.width <= outer.x + outer.width + 0.5 &&
  b.y + b.height <= outer.y + outer.height + 0.5;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.skipIf(!existsSync(CHROMIUM))('the widget as a learner sees it', { timeout: 60_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await chromium.launch(chromiumOptions);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(pageErrors).toEqual([]);
  });

  async function newPage(vp: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, locale: 'zh-CN' });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return { context, page };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `learner-${name}.png`) });

  async function openWidget(page: Page) {
    await page.goto(`${server.url}/`);
    await page.click(sel.launcher);
    await expect.poll(() => page.locator(sel.send).isEnabled(), { timeout: WAIT }).toBe(true);
    await page.locator(`${sel.bot}[data-kind="menu"]`).last().waitFor();
  }

  /** Send `text` and wait until the turn's replies are in (the typing indicator gone, `ready` true). */
  async function say(page: Page, text: string, ready: () => Promise<boolean>) {
    const users = await page.locator(sel.user).count();
    await page.fill(sel.input, text);
    await page.press(sel.input, 'Enter');
    await expect.poll(() => page.locator(sel.user).count(), { timeout: WAIT }).toBe(users + 1);
    await expect.poll(ready, { timeout: WAIT }).toBe(true);
    await page.locator(sel.typing).waitFor({ state: 'hidden' });
  }

  const quickCount = (page: Page, n: number) => async () => (await page.locator(sel.quick).count()) === n;

  /** The message input is entirely on screen. */
  async function inputOnScreen(page: Page, vp: { width: number; height: number }) {
    const box = (await page.locator(sel.input).boundingBox())!;
    expect(inside(box, { x: 0, y: 0, width: vp.width, height: vp.height }), JSON.stringify(box)).toBe(true);
  }

  /** Every picker option scrolls into view inside the panel and would take a click; the input stays on screen. */
  async function checkPicker(page: Page, vp: { width: number; height: number }, options: Locator) {
    const panel = (await page.locator(sel.panel).boundingBox())!;
    expect(inside(panel, { x: 0, y: 0, width: vp.width, height: vp.height })).toBe(true);
    expect((await page.locator(sel.log).boundingBox())!.height).toBeGreaterThanOrEqual(90);
    await inputOnScreen(page, vp);
    const count = await options.count();
    for (let i = 0; i < count; i++) {
      const option = options.nth(i);
      await option.scrollIntoViewIfNeeded();
      const box = (await option.boundingBox())!;
      expect(inside(box, panel), `option ${i} ${JSON.stringify(box)}`).toBe(true);
      expect(box.height).toBeGreaterThanOrEqual(30); // a finger-sized row
      await option.click({ trial: true }); // visible, enabled, and the topmost element at its centre
      await inputOnScreen(page, vp);
    }
    // The panel itself never scrolled: its header is where it was.
    expect(await page.locator(sel.panel).evaluate((p) => p.scrollTop)).toBe(0);
  }

  for (const vp of VIEWPORTS) {
    test(`${vp.name}: the drill picker fits, every drill reachable and clickable, in both languages`, async () => {
      const { context, page } = await newPage(vp);
      await openWidget(page);
      await say(page, '演练', quickCount(page, DRILLS));
      const options = page.locator(sel.quick);
      // Short titles with their level; the value sent is the drill's full name.
      const first = options.first();
      expect(await first.locator('.quick-note').textContent()).toMatch(/入门|进阶|挑战/);
      expect(((await first.locator('.quick-label').textContent()) ?? '').length).toBeLessThanOrEqual(10);
      expect(await first.getAttribute('data-value')).toMatch(/^演练：/);
      await checkPicker(page, vp, options);
      await options.first().scrollIntoViewIfNeeded();
      await shot(page, `${vp.name}-picker-zh`);

      // The last option really starts its drill (what the user sent is the drill's full name).
      const last = options.last();
      await last.scrollIntoViewIfNeeded();
      const value = (await last.getAttribute('data-value'))!;
      const sims = await page.locator(sel.sim).count();
      await last.click();
      await expect.poll(() => page.locator(sel.sim).count(), { timeout: WAIT }).toBeGreaterThan(sims);
      expect(await page.locator(sel.user).last().locator('.text').textContent()).toBe(value);
      await say(page, '退出演练', async () => (await page.locator(`${sel.bot}[data-kind="menu"]`).count()) > 1);

      // In English: the panel's own words too, and the picker again.
      await say(page, 'English', async () => (await page.locator(sel.send).textContent()) === 'Send');
      expect(await page.locator('#scam-coach-title').textContent()).toBe('Anti-scam coach');
      // The badges already in the log follow too.
      const badges = await page.locator(sel.badge).allTextContents();
      expect(badges.length).toBeGreaterThan(0);
      expect(new Set(badges)).toEqual(new Set(['Practice drill']));
      expect(await page.locator('#scam-coach-hint').textContent()).toMatch(/^Never type passwords/);
      expect(await page.locator(sel.input).getAttribute('placeholder')).toMatch(/paste a message/);
      await say(page, 'practice drill', quickCount(page, DRILLS));
      expect(await options.first().locator('.quick-note').textContent()).toMatch(/Easy|Medium|Hard/);
      await checkPicker(page, vp, options);
      await shot(page, `${vp.name}-picker-en`);
      await context.close();
    });

    test(`${vp.name}: a debrief is read from its start and followed by what to do next`, async () => {
      const { context, page } = await newPage(vp);
      await openWidget(page);
      await say(page, '演练 overseas-service-call', async () => (await page.locator(sel.sim).count()) > 0);
      let done = false;
      for (let turn = 0; turn < 8 && !done; turn++) {
        const bots = await page.locator(sel.bot).count();
        await say(page, REFUSAL, async () => (await page.locator(sel.bot).count()) > bots);
        await page.waitForTimeout(150); // the turn's last frames
        done = (await page.locator(`${sel.bot}[data-kind="menu"]`).count()) > 1;
        if (done) {
          // The turn's first bot message starts at the top of the log, whatever follows it.
          const userBox = (await page.locator(sel.user).last().boundingBox())!;
          const firstReply = page.locator(`${sel.user} ~ [data-role="bot"]`).last();
          const log = (await page.locator(sel.log).boundingBox())!;
          const turnStart = page.locator(sel.msg).nth((await page.locator(sel.msg).count()) - (await countTurn(page)));
          const start = (await turnStart.boundingBox())!;
          expect(start.y, 'the turn starts in view').toBeGreaterThanOrEqual(log.y - 1);
          expect(start.y).toBeLessThan(log.y + 40);
          expect(userBox.y).toBeLessThan(start.y);
          expect(await firstReply.count()).toBeGreaterThan(0);
        }
      }
      expect(done, 'a debrief within 8 refusals').toBe(true);
      await shot(page, `${vp.name}-debrief-start`);
      const offers = await page.locator(sel.quick).allTextContents();
      expect(offers).toEqual(['再练一次', '换一个演练', '做测验', '主菜单']);
      await page.locator(sel.log).evaluate((l) => l.scrollTo(0, l.scrollHeight));
      await shot(page, `${vp.name}-debrief-end`);
      await inputOnScreen(page, vp);
      // "Another drill" is shown as such, sends a drill command, and brings the picker.
      await page.locator(sel.quick, { hasText: '换一个演练' }).click();
      await expect.poll(() => page.locator(sel.quick).count(), { timeout: WAIT }).toBe(DRILLS);
      expect(await page.locator(sel.user).last().locator('.text').textContent()).toBe('模拟演练');
      await context.close();
    });
  }

  /** How many messages the last bot turn has (bot messages after the last user message). */
  async function countTurn(page: Page): Promise<number> {
    return page.locator(sel.log).evaluate((log) => {
      const all = Array.from(log.querySelectorAll('[data-role]'));
      let n = 0;
      for (let i = all.length - 1; i >= 0 && all[i]!.getAttribute('data-role') === 'bot'; i--) n++;
      return n;
    });
  }

  for (const vp of VIEWPORTS)
    test(`${vp.name}: history, times and language survive a reload; start over clears them on the server too`, async () => {
      const { context, page } = await newPage(vp);
      await openWidget(page);
      await say(
        page,
        '00开头的电话说是客服，是真的吗',
        async () => (await page.locator(`${sel.bot}[data-kind="faq"]`).count()) > 0,
      );
      await say(page, 'English', async () => (await page.locator(sel.send).textContent()) === 'Send');
      const texts = await page.locator(`${sel.msg} .text`).allTextContents();
      const times = await page.locator(`${sel.msg} time`).count();
      expect(times).toBe(texts.length);
      await page.reload();
      await page.locator(sel.panel).waitFor({ state: 'visible' });
      await expect.poll(() => page.locator(`${sel.msg} .text`).allTextContents(), { timeout: WAIT }).toEqual(texts);
      expect(await page.locator(`${sel.msg} time`).count()).toBe(texts.length);
      expect(await page.locator(sel.send).textContent()).toBe('Send');
      expect(await page.locator(sel.badge).count()).toBe(0);
      await inputOnScreen(page, vp);
      await shot(page, `${vp.name}-reloaded-en`);

      // Start over: asked inside the panel, then the server forgets; a reload shows only a new greeting.
      await page.click('[data-scam-coach="start-over"]');
      await page.click('[data-scam-coach="start-over-yes"]');
      await expect.poll(() => page.locator(sel.user).count(), { timeout: WAIT }).toBe(0);
      await page.locator(`${sel.bot}[data-kind="menu"]`).waitFor();
      await page.reload();
      await page.locator(sel.panel).waitFor({ state: 'visible' });
      await page.locator(`${sel.bot}[data-kind="menu"]`).waitFor();
      expect(await page.locator(sel.user).count()).toBe(0);
      expect(await page.locator(`${sel.msg} .text`).allTextContents()).not.toContain(texts[2]);
      await context.close();
    });

  const SCAM_SMS =
    '【安心借】您的账户存在异常，请立即点击 anxin-kefu.top/a 验证身份，否则将冻结，客服电话0085251238870';
  const GENUINE_NOTICE = '【顺丰速运】您的快递已到驿站，请凭取件码 5678 领取，如有疑问请致电 95338。';

  for (const vp of VIEWPORTS)
    test(`${vp.name}: pasted messages and a question — the verdict marked, 👍/👎 finger-sized and clickable, nothing off screen`, async () => {
      const { context, page } = await newPage(vp);
      await openWidget(page);
      const screen = { x: 0, y: 0, width: vp.width, height: vp.height };
      const verdicts = page.locator(`${sel.bot}[data-verdict]`);
      await say(page, SCAM_SMS, async () => (await verdicts.count()) === 1);
      // The verdict is seen, not only read: a red edge on the scam's verdict bubble.
      const scam = verdicts.first();
      expect(await scam.getAttribute('data-verdict')).toBe('dangerous');
      const edge = (m: Locator) => m.locator('.bubble').evaluate((b) => getComputedStyle(b).borderLeftColor);
      expect(await edge(scam)).toBe('rgb(207, 34, 46)');
      await shot(page, `${vp.name}-check-scam`);
      await say(page, GENUINE_NOTICE, async () => (await verdicts.count()) === 2);
      expect(['unknown', 'official']).toContain(await verdicts.last().getAttribute('data-verdict'));
      expect(await edge(verdicts.last())).not.toBe(await edge(scam));
      await say(
        page,
        '有人让我交解冻费才能放款，是真的吗',
        async () => (await page.locator(`${sel.bot}[data-kind="faq"]`).count()) > 0,
      );

      // Every 👍/👎 (under each check's details and the FAQ answer) is a finger-sized target
      // inside the panel and on screen, and the topmost element where a tap lands.
      const panel = (await page.locator(sel.panel).boundingBox())!;
      const rates = page.locator('[data-scam-coach="feedback-up"], [data-scam-coach="feedback-down"]');
      expect(await rates.count()).toBeGreaterThanOrEqual(6);
      const min = vp.width <= 480 ? { width: 44, height: 36 } : { width: 32, height: 28 };
      for (let i = 0; i < (await rates.count()); i++) {
        const rate = rates.nth(i);
        await rate.scrollIntoViewIfNeeded();
        const box = (await rate.boundingBox())!;
        expect(box.width, `thumb ${i}`).toBeGreaterThanOrEqual(min.width);
        expect(box.height, `thumb ${i}`).toBeGreaterThanOrEqual(min.height);
        expect(inside(box, panel) && inside(box, screen), `thumb ${i} ${JSON.stringify(box)}`).toBe(true);
        await rate.click({ trial: true });
      }

      // Rated: the thanks shows, and the pressed thumb stays in view above it.
      const down = page.locator(`${sel.bot}[data-kind="faq"] [data-scam-coach="feedback-down"]`).last();
      await down.scrollIntoViewIfNeeded();
      await down.click();
      await page.locator('[data-scam-coach="notice"]').waitFor({ state: 'visible' });
      expect(await down.getAttribute('aria-pressed')).toBe('true');
      const log = (await page.locator(sel.log).boundingBox())!;
      expect(inside((await down.boundingBox())!, log), 'the pressed thumb is still in the log').toBe(true);
      // Every control of the panel is on screen and takes a click.
      for (const control of [sel.input, sel.send, '[data-scam-coach="start-over"]']) {
        const c = page.locator(control);
        expect(inside((await c.boundingBox())!, screen), control).toBe(true);
        await c.click({ trial: true });
      }
      await shot(page, `${vp.name}-rated`);
      await context.close();
    });

  test('👍/👎 on an answer is counted in /admin; a paste over the limit is cut and the widget says so', async () => {
    const { context, page } = await newPage(VIEWPORTS[0]);
    await openWidget(page);
    expect(await page.locator('[data-scam-coach="feedback-down"]').count()).toBe(0); // the menu is no answer
    await say(
      page,
      '有人让我交解冻费才能放款，是真的吗',
      async () => (await page.locator(`${sel.bot}[data-kind="faq"]`).count()) > 0,
    );
    const before = (await (await adminFeedback()).json()) as { unhelpful: number };
    await page.click('[data-scam-coach="feedback-down"]');
    await expect
      .poll(async () => ((await (await adminFeedback()).json()) as { unhelpful: number }).unhelpful, { timeout: WAIT })
      .toBe(before.unhelpful + 1);
    expect(await page.locator('[data-scam-coach="feedback-down"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-scam-coach="feedback-up"]').isDisabled()).toBe(true);

    await page.fill(sel.input, '短信'.repeat(800));
    expect((await page.locator(sel.input).inputValue()).length).toBe(1000);
    const notice = page.locator('[data-scam-coach="notice"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('1000');
    await shot(page, 'feedback-and-cut');
    await context.close();
  });

  const adminFeedback = () =>
    fetch(`${server.url}/admin/api/feedback`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });

  test('phone: the launcher never covers the page check box, wherever it scrolls', async () => {
    const { context, page } = await newPage(VIEWPORTS[1]);
    await page.goto(`${server.url}/`);
    const launcher = page.locator(sel.launcher);
    await launcher.waitFor();
    const controls = page.locator('form[data-scam-coach-check] textarea, form[data-scam-coach-check] button');
    const form = page.locator('form[data-scam-coach-check]');
    const { height } = VIEWPORTS[1];
    // Scroll the check box through the corner, a few pixels at a time, as a thumb would.
    const top = await form.evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
    for (let y = Math.max(0, top - height); y < top + 400; y += 37) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await page.waitForTimeout(40); // the launcher re-checks on the next frame
      const l = (await launcher.boundingBox())!;
      for (let i = 0; i < (await controls.count()); i++) {
        const c = await controls.nth(i).boundingBox();
        if (c)
          expect(overlaps(l, c), `scrolled to ${y}: launcher ${JSON.stringify(l)} over ${JSON.stringify(c)}`).toBe(
            false,
          );
      }
    }
    // While the visitor types into the check box, the launcher is out of the way entirely.
    await form.locator('textarea').focus();
    await expect.poll(() => launcher.isVisible(), { timeout: WAIT }).toBe(false);
    await page.locator('h1').first().click();
    await expect.poll(() => launcher.isVisible(), { timeout: WAIT }).toBe(true);
    await form.locator('textarea').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -300));
    await page.waitForTimeout(60);
    await shot(page, 'phone-launcher-page');
    // It still opens the widget in every position.
    await launcher.click();
    await page.locator(sel.panel).waitFor({ state: 'visible' });
    await context.close();
  });
});
