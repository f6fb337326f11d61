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
