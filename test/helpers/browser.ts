// Debian's Chromium for browser tests, never a downloaded browser. The flags keep it from calling out to the
// network (closed here) and from sandboxing that needs privileges CI does not have.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './content.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = resolve(ROOT, 'test/artifacts');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for playwright-core's chromium.launch / launchPersistentContext. */
export const chromiumOptions = { executablePath: CHROMIUM, args: CHROMIUM_ARGS };

/** The widget's DOM (docs/contracts.md: data-scam-coach and data-role attributes), for every browser test. */
export const WIDGET = {
  launcher: '[data-scam-coach="launcher"]',
  input: '[data-scam-coach="input"]',
  send: '[data-scam-coach="send"]',
  log: '[data-scam-coach="log"]',
  msg: '[data-scam-coach="log"] [data-role]',
  bot: '[data-scam-coach="log"] [data-role="bot"]',
  user: '[data-scam-coach="log"] [data-role="user"]',
  sim: '[data-scam-coach="log"] [data-role="bot"][data-simulation="true"]',
  panel: '#scam-coach-panel',
  status: '#scam-coach-panel .status',
  quick: '[data-scam-coach="quick-reply"]',
  typing: '#scam-coach-panel .typing',
  badge: '.badge',
  /** The element the widget lives in; everything else is in its open shadow root (CSS selectors pierce it). */
  host: '[data-scam-coach="host"]',
} as const;

/** In page.evaluate: the focused element, inside the widget's shadow root when focus is there. */
export const deepActive = (): string | null | undefined => {
  const outer = document.activeElement;
  return (outer?.shadowRoot?.activeElement ?? outer)?.getAttribute('data-scam-coach');
};

/** The same XSS probe everywhere: typed by the user, it must come back as text. */
export const XSS = '<img src=x onerror=alert(1)>';
