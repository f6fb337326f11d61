import type { Locale } from './topics.ts';
import { hasCjk } from './normalize.ts';

// Common English words: a message counts as English when it holds one of them (so "<img src=x>", a bare link or a
// number keep the channel's language instead of flipping to English).
const ENGLISH = new Set(
  `a about account after again all am an and any anyone are as ask asked asking at bank be been before but by call
  called calling calls can cancel card check code could credit day did do does don't fee fee for from get give got
  had has have he hello help hi how i i'm if in is it it's just know legit link loan make me message money my need
  no not now number of ok on or our out pay please police real really refund safe said say says scam send sent share
  should so some someone something student text than thank thanks that the their them they this to told transfer
  try up us verification verify want was we what when where which who why will with would yes you your`
    .split(/\s+/)
    .filter(Boolean),
);

/** The language to answer in: Chinese as soon as the text holds Chinese characters, English when it reads as
 *  English, otherwise the caller's fallback (the channel's or the user's language). */
export function detectLocale(text: string, fallback: Locale = 'zh'): Locale {
  if (hasCjk(text)) return 'zh';
  // Word by word, stopping at the first English one (no list of every word).
  for (const [w] of text.toLowerCase().matchAll(WORD)) if (ENGLISH.has(w)) return 'en';
  return fallback;
}
const WORD = /[a-z']+/g;
