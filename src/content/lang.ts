import type { Locale } from './topics.ts';
import { hasCjk } from './normalize.ts';

/** The language to answer in: Chinese as soon as the text holds Chinese characters, English otherwise. */
export function detectLocale(text: string, fallback: Locale = 'zh'): Locale {
  if (hasCjk(text)) return 'zh';
  return /[a-z]{2,}/i.test(text) ? 'en' : fallback;
}
