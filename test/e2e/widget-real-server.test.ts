// End to end: the demo page and the chat widget in a real Chromium against the REAL server (startTestServer: the
// Express app, the hardened websocket adapter, Botkit, the brain and SQLite in a temp dir) — no mocks anywhere.
// One visitor, one browser context, steps in order (each step builds on the conversation so far):
//   demo page → launcher → FAQ question → pasted scam SMS → drill to its debrief → reload keeps the history
//   → markup typed by the user stays text → the page's "check a number or link" form (POST /api/check).
// Screenshots of every step go to test/artifacts/ (git-ignored). Turns are awaited on the websocket frames the
// server sends (reply kinds and drill node kinds, not wording), then checked in the DOM. Every wait is bounded.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getScenario } from '../../src/scenarios/index.ts';
import { brain } from '../helpers/brain.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { ARTIFACTS, CHROMIUM, chromiumOptions, WIDGET, XSS } from '../helpers/browser.ts';

const WAIT = 5_000; // upper bound of any single wait; a turn takes a few milliseconds on the real server

const FAQ_QUESTION = '00开头的电话说是客服，是真的吗';
const SCAM_SMS = '【安心借】您的账户异常，请点击 anxin-kefu.top/a 处理，或致电 00852-5123-8870';
const nfkc = (s: string) => s.normalize('NFKC');
const REFUSAL = '不用了，我挂了，我自己打官方客服核实';

const sel = WIDGET;

/** A frame the server sent on the widget's websocket (message frames carry channelData fields at top level). */
interface Frame {
  type: string;
  text?: string;
  role?: string;
  kind?: string;
  simulation?: boolean;
  quickReplies?: { label: string; value: string; note?: string }[];
  answer?: boolean;
  check?: { verdict: string };
  faq?: { id: string } | null;
  drill?: { scenario: string; node: string; kind: string };
  messages?: { role: string; text: string; simulation: boolean }[];
}

describe.skipIf(!existsSync(CHROMIUM))('widget and demo page against the real server', { timeout: 30_000 }, () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const frames: Frame[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const timings: Record<string, number> = {};
  let shot = 0;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const f of readdirSync(ARTIFACTS)) if (/^e2e-.*\.png$/.test(f)) rmSync(join(ARTIFACTS, f)); // no stale shots
    server = await startTestServer();
    profile = mkdtempSync(join(tmpdir(), 'scam-coach-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      ...chromiumOptions,
      viewport: { width: 1100, height: 800 },
      locale: 'zh-CN',
      timeout: 20_000,
    });
    context.setDefaultTimeout(WAIT);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${m.text()} ${m.location().url}`);
    });
    page.on('websocket', (ws) => {
      ws.on('framereceived', (f) => {
        try {
          frames.push(JSON.parse(String(f.payload)) as Frame);
        } catch {
          frames.push({ type: 'unparsable' });
        }
      });
    });
  }, 30_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    console.log(
      `e2e timings (ms): ${Object.entries(timings)
        .map(([k, v]) => `${k}=${Math.round(v)}`)
        .join(' ')}`,
    );
  });

  async function screenshot(name: string) {
    shot += 1;
    await page.screenshot({ path: join(ARTIFACTS, `e2e-${String(shot).padStart(2, '0')}-${name}.png`) });
  }

  async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await fn();
    } finally {
      timings[name] = performance.now() - started;
    }
  }

  const messageFrames = (from: number) => frames.slice(from).filter((f) => f.type === 'message');

  /** Type `text`, press Enter, and wait until the server's replies satisfy `done`; returns those replies. */
  async function say(text: string, done: (replies: Frame[]) => boolean): Promise<Frame[]> {
    const mark = frames.length;
    const users = await page.locator(sel.user).count();
    await page.fill(sel.input, text);
    await page.press(sel.input, 'Enter');
    return settle(mark, users + 1, done);
  }

  /** Wait for the replies after frame `mark`, then for the DOM to show them all (and `users` user messages). */
  async function settle(mark: number, users: number, done: (replies: Frame[]) => boolean): Promise<Frame[]> {
    await expect.poll(() => done(messageFrames(mark)), { timeout: WAIT }).toBe(true);
    const replies = messageFrames(mark);
    await expect.poll(() => page.locator(sel.user).count(), { timeout: WAIT }).toBe(users);
    // Each frame becomes one bubble: the log ends with exactly these bot texts, in order.
    await expect
      .poll(
        () =>
          page
            .locator(`${sel.msg} .text`)
            .allTextContents()
            .then((all) => all.slice(-replies.length)),
        { timeout: WAIT },
      )
      .toEqual(replies.map((r) => r.text));
    expect(await page.locator(sel.typing).isVisible()).toBe(false);
    return replies;
  }

  const lastKind = (kinds: string[]) => (replies: Frame[]) => kinds.includes(replies.at(-1)?.kind ?? '');

  test('the demo page loads and the launcher opens the widget with a greeting', async () => {
    await timed('open', async () => {
      const mark = frames.length;
      const res = await page.goto(`${server.url}/`, { timeout: WAIT });
      expect(res?.status()).toBe(200);
      expect(await page.title()).toContain('安心借');
      const launcher = page.locator(sel.launcher);
      await launcher.waitFor();
      expect(await launcher.textContent()).toContain('防骗助手');
      await screenshot('page');

      await launcher.click();
      await page.locator(sel.panel).waitFor({ state: 'visible' });
      await expect.poll(() => page.locator(sel.send).isEnabled(), { timeout: WAIT }).toBe(true);
      // A first visit: an empty history, then the welcome and the menu with its quick replies.
      await settle(mark, 0, lastKind(['menu']));
      expect(frames.slice(mark).find((f) => f.type === 'history')?.messages).toEqual([]);
      expect(messageFrames(mark).map((f) => f.kind)).toEqual(['welcome', 'menu']);
      expect(await page.locator(sel.quick).allTextContents()).toContain('模拟演练');
      expect(await page.evaluate(() => localStorage.getItem('scam-coach:token'))).toMatch(/^w_[\w-]+\.[0-9a-z]+\.[\w-]+$/);
      await screenshot('widget-open');
    });
  });

  test('an FAQ question gets an answer', async () => {
    await timed('faq', async () => {
      const replies = await say(FAQ_QUESTION, lastKind(['faq', 'fallback']));
      expect(replies).toHaveLength(1);
      expect(replies[0]!.kind).toBe('faq');
      expect(replies[0]!.faq?.id).toBeTruthy();
      expect(await page.locator(sel.user).last().locator('.text').textContent()).toBe(FAQ_QUESTION);
      const answer = (await page.locator(sel.bot).last().textContent()) ?? '';
      expect(answer).toMatch(/境外|00/);
      expect(answer).toContain('挂断');
      await screenshot('faq');
    });
  });

  test('a pasted scam SMS gets a "dangerous" verdict', async () => {
    await timed('sms', async () => {
      const replies = await say(SCAM_SMS, (r) => r.some((f) => f.answer));
      // The verdict leads, in a short bubble of its own; the details (each number and link) follow.
      expect(replies.map((f) => f.kind)).toEqual(['check', 'check']);
      const check = replies[0]!;
      expect(check.check?.verdict).toBe('dangerous');
      const bubble = page.locator(sel.bot, { hasText: '结论' }).last();
      expect(await bubble.textContent()).toContain('危险');
      expect(await bubble.textContent()).not.toContain('anxin-kefu.top/a');
      expect(await page.locator(sel.bot).last().textContent()).toContain('anxin-kefu.top/a');
      // The link is shown as text, never as something to click.
      expect(await page.locator(`${sel.log} a`).count()).toBe(0);
      await screenshot('sms-verdict');
    });
  });

  test('a drill runs to its debrief, every drill line marked as a simulation', async () => {
    await timed('drill', async () => {
      const list = await say('演练', lastKind(['picker']));
      expect(list[0]!.quickReplies?.length).toBeGreaterThan(1);
      // The picker shows the drill's short title (from its scenario file).
      const short = getScenario(brain.drills, 'overseas-service-call').short_title!.zh;
      const pick = page.locator(sel.quick, { hasText: short });
      expect(await pick.count()).toBe(1);
      const mark = frames.length;
      const users = await page.locator(sel.user).count();
      await pick.click();
      const opening = await settle(
        mark,
        users + 1,
        (r) => r.some((f) => f.drill?.kind === 'scammer') && r.at(-1)?.kind === 'info',
      );
      expect(await page.locator(sel.user).last().locator('.text').textContent()).toContain('境外来电');
      expect(opening.filter((f) => f.kind === 'drill').every((f) => f.simulation === true)).toBe(true);
      // The scammer's opening line offers answers as quick replies; they stay after the "how to stop" hint.
      const answers = opening.find((f) => f.drill?.kind === 'scammer')!.quickReplies ?? [];
      expect(answers.length).toBeGreaterThan(0);
      await expect
        .poll(() => page.locator(sel.quick).allTextContents(), { timeout: WAIT })
        .toEqual(answers.map((a) => a.label));
      await screenshot('drill-start');

      // Answer with the plain refusal until the debrief comes (bounded: a drill has a handful of turns).
      let debrief: Frame | undefined;
      for (let turn = 0; turn < 6 && !debrief; turn++) {
        const replies = await say(
          REFUSAL,
          (r) => r.some((f) => f.drill?.kind === 'drill-close') || (r.at(-1)?.quickReplies?.length ?? 0) > 0,
        );
        debrief = replies.find((f) => f.drill?.kind === 'debrief');
        // Drill lines only; after the debrief, one offer of what to do next (not part of the simulation).
        const drill = debrief ? replies.slice(0, -1) : replies;
        expect(drill.every((f) => f.simulation === true && f.kind === 'drill')).toBe(true);
        if (debrief) expect(replies.at(-1)).toMatchObject({ kind: 'menu', simulation: false });
      }
      expect(debrief, 'no debrief after 6 refusals').toBeDefined();
      expect(debrief!.text).toContain('演练复盘');

      // In the DOM: every drill line (scammer, ending, debrief, close) carries data-simulation="true" and the
      // drill badge; the debrief is shown; no user message or plain bot answer is marked.
      const drillTexts = messageFrames(0)
        .filter((f) => f.kind === 'drill')
        .map((f) => f.text);
      const sims = page.locator(sel.sim);
      expect(await sims.locator('.text').allTextContents()).toEqual(drillTexts);
      expect(await sims.locator(sel.badge).allTextContents()).toEqual(drillTexts.map(() => '模拟演练'));
      expect(await page.locator(`${sel.user}[data-simulation]`).count()).toBe(0);
      const shown = page.locator(sel.sim, { hasText: '演练复盘' });
      expect(await shown.count()).toBe(1);
      expect(await shown.isVisible()).toBe(true);
      expect(await shown.textContent()).toMatch(/\d+\s*\/\s*100/);
      await shown.evaluate((e) => e.scrollIntoView({ block: 'start' })); // its heading and score in view
      // Only the log scrolls: the panel itself (overflow: clip) keeps its header in place.
      expect(await page.locator(sel.panel).evaluate((p) => p.scrollTop)).toBe(0);
      expect(await page.locator('#scam-coach-title').isVisible()).toBe(true);
      await screenshot('drill-debrief');
    });
  });

  test('a reload restores the conversation from the server', async () => {
    await timed('reload', async () => {
      const before = await page.locator(sel.msg).count();
      const userTexts = await page.locator(`${sel.user} .text`).allTextContents();
      const simsBefore = await page.locator(sel.sim).count();
      const quickBefore = await page.locator(sel.quick).allTextContents();
      const mark = frames.length;
      await page.reload({ timeout: WAIT });
      await page.locator(sel.panel).waitFor({ state: 'visible' }); // it was open: it reopens
      await expect.poll(() => frames.slice(mark).some((f) => f.type === 'history'), { timeout: WAIT }).toBe(true);
      await expect.poll(() => page.locator(sel.msg).count(), { timeout: WAIT }).toBe(before);
      expect(messageFrames(mark)).toEqual([]); // no second greeting
      // The history comes back NFKC-normalised (full-width "，" as ","; see the known-bug test below): compare so.
      const after = (await page.locator(`${sel.user} .text`).allTextContents()).map(nfkc);
      expect(after).toHaveLength(userTexts.length);
      expect(after).toContain(nfkc(FAQ_QUESTION));
      expect(after).toContain(nfkc(REFUSAL));
      expect(after.some((t) => t.includes('安心借') && t.includes('anxin-kefu.top/a'))).toBe(true); // the SMS
      expect(await page.locator(sel.sim).count()).toBe(simsBefore);
      expect(await page.locator(sel.bot, { hasText: '演练复盘' }).count()).toBe(1);
      await expect.poll(() => page.locator(sel.send).isEnabled(), { timeout: WAIT }).toBe(true);
      // The choices the last turn offered are offered again.
      expect(await page.locator(sel.quick).allTextContents()).toEqual(quickBefore);
      await screenshot('reloaded');
    });
  });

  // The stored history keeps text exactly as written ("是客服，是真的吗", "①②③") when nothing needed redacting.
  test('the restored history keeps the exact text (full-width punctuation)', async () => {
    const texts = await page.locator(`${sel.user} .text`).allTextContents();
    expect(texts).toContain(FAQ_QUESTION);
    expect(texts).toContain(REFUSAL);
  });

  test('markup typed by the user stays literal text, never HTML', async () => {
    await timed('xss', async () => {
      await say(XSS, lastKind(['faq', 'fallback', 'check']));
      expect(await page.locator(sel.user).last().locator('.text').textContent()).toBe(XSS);
      expect(await page.locator(`${sel.log} img`).count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await screenshot('xss');
      // And again when it comes back as history.
      await page.reload({ timeout: WAIT });
      await page.locator(sel.panel).waitFor({ state: 'visible' });
      await expect
        .poll(() => page.locator(`${sel.user} .text`).last().textContent(), { timeout: WAIT })
        .toBe(XSS);
      expect(await page.locator(`${sel.log} img`).count()).toBe(0);
      await page.waitForTimeout(300); // an onerror handler would have fired by now
      expect(dialogs).toEqual([]);
    });
  });

  test('the "check a number or link" form posts to /api/check and shows the verdict', async () => {
    await timed('check-form', async () => {
      await page.locator(sel.launcher).click(); // close the widget: it covers the page's corner
      await page.locator(sel.panel).waitFor({ state: 'hidden' });
      const form = page.locator('form[data-scam-coach-check]');
      await form.scrollIntoViewIfNeeded();

      async function check(text: string) {
        await form.locator('textarea').fill(text);
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.url() === `${server.url}/api/check` && r.request().method() === 'POST', {
            timeout: WAIT,
          }),
          form.locator('button[type="submit"]').click(),
        ]);
        expect(response.status()).toBe(200);
        // The page is Chinese: the form says so, and the reasons and advice come back in Chinese.
        expect(response.request().postDataJSON()).toEqual({ text, lang: 'zh' });
        const body = (await response.json()) as { verdict: string };
        const verdict = page.locator('[data-scam-coach-check-result] [data-verdict]');
        await expect.poll(() => verdict.getAttribute('data-verdict'), { timeout: WAIT }).toBe(body.verdict);
        return { body, verdict };
      }

      const scam = await check('http://anxinjie-kefu.xyz/login');
      expect(scam.body.verdict).toBe('dangerous');
      expect(await scam.verdict.locator('.check-verdict-title').textContent()).toContain('危险');
      const reasons = await scam.verdict.locator('.check-reason').allTextContents();
      expect(reasons.length).toBeGreaterThan(0);
      for (const r of reasons) expect(r).toMatch(/\p{Script=Han}/u);
      expect(await scam.verdict.locator('.check-advice').textContent()).toMatch(/\p{Script=Han}/u);
      await screenshot('check-form-dangerous');

      const official = await check('https://www.anxinjie.example/help');
      expect(official.body.verdict).toBe('official');
      expect(await official.verdict.locator('.check-verdict-title').textContent()).toContain('官方');
      await screenshot('check-form-official');
    });
  });

  test('no dialogs, page errors or console errors along the way', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(frames.filter((f) => f.type === 'error' || f.type === 'unparsable')).toEqual([]);
  });
});
