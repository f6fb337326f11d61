// The widget's own words (content/replies/widget.yaml), validated like every other content file and served inside
// /widget.js: the embed stays one script tag, and a language switch in the chat can relabel the whole panel.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { localizedSchema } from '../../content/schema-common.ts';
import { ContentError, loadYamlFile } from '../../content/yaml-source.ts';

export const WIDGET_TEXTS_FILE = join('content', 'replies', 'widget.yaml');
export const WIDGET_SCRIPT_FILE = join('public', 'widget.js');

const KEYS = [
  'launcher',
  'launcher_open',
  'launcher_close',
  'title',
  'subtitle',
  'close',
  'input',
  'placeholder',
  'send',
  'hint',
  'drill',
  'drill_note',
  'typing',
  'quick_replies',
  'picker',
  'connecting',
  'offline',
  'retry',
  'error',
  'you',
  'bot',
  'start_over',
  'start_over_confirm',
  'start_over_yes',
  'start_over_no',
  'helpful',
  'unhelpful',
  'feedback_thanks',
  'truncated',
] as const;

export const widgetTextsSchema = z.strictObject(
  Object.fromEntries(KEYS.map((k) => [k, localizedSchema])) as Record<(typeof KEYS)[number], typeof localizedSchema>,
);

/** Where the script expects its words; the served file has this replaced by {zh: {…}, en: {…}}. */
const PLACEHOLDER = '/*@scam-coach-strings*/ null';

/** The widget script with its words filled in (read once at start). Throws a ContentError naming file:line:col. */
export function widgetScript(root: string): string {
  const texts = loadYamlFile(join(root, WIDGET_TEXTS_FILE), widgetTextsSchema);
  if (!texts.value) throw new ContentError(texts.problems);
  const byLocale = { zh: {} as Record<string, string>, en: {} as Record<string, string> };
  for (const [key, value] of Object.entries(texts.value)) {
    byLocale.zh[key] = value.zh;
    byLocale.en[key] = value.en;
  }
  const script = readFileSync(join(root, WIDGET_SCRIPT_FILE), 'utf8');
  if (!script.includes(PLACEHOLDER)) throw new Error(`${WIDGET_SCRIPT_FILE}: no "${PLACEHOLDER}" to fill`);
  // JSON inside a script: escape "<" so no text can close the script element.
  return script.replace(PLACEHOLDER, () => JSON.stringify(byLocale).replace(/</g, '\\u003c'));
}
