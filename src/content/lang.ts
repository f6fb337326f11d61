import type { Locale } from './topics.ts';
import { hasCjk } from './normalize.ts';

// Common English words: a message counts as English when it holds one of them (so "<img src=x>", a bare link or a
// number keep the channel's language instead of flipping to English).
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
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
  // Word by word (runs of a–z and '), stopping at the first English one: a scan in place, where matchAll copied the
  // pattern and made an iterator and a match per word (~2 % of an English message's check). An ASCII text is read
  // as it is, A–Z folded unit by unit (the same units its lower case has, at the same places: English usually
  // answers within its first words, and lower-casing the whole text came first); at the first other unit the scan
  // starts again over the lower-cased text (a unit may lower-case into letters, or into two units: İ → i̇).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return byLowerCase(text, fallback);
    if (!isWordUnit(foldAscii(c))) continue;
    let j = i + 1;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d >= 0x80) return byLowerCase(text, fallback);
      if (!isWordUnit(foldAscii(d))) break;
    }
    if (ENGLISH_WORDS.has(text.slice(i, j).toLowerCase())) return 'en';
    i = j;
  }
  return fallback;
}

/** detectLocale's scan over the lower-cased text (one that is not ASCII alone). */
function byLowerCase(text: string, fallback: Locale): Locale {
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (!isWordUnit(lower.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < lower.length && isWordUnit(lower.charCodeAt(j))) j++;
    if (ENGLISH_WORDS.has(lower.slice(i, j))) return 'en';
    i = j;
  }
  return fallback;
}
const foldAscii = (c: number) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
const isWordUnit = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x27;
