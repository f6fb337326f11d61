// A calling code written without the rest of its number, as people report a call (session 28): "+855 来电", "a call
// from a +855 number", "+886 9xx", "00852 的号码打来". The digits are masked or left out, but the country code is what
// the overseas rule reads (a domestic platform's customer service never calls from abroad, phone.ts): beside the
// brand's name it is an overseas number presented as the brand's, as surely as a whole one. Read only where the brand
// is named (check.ts); a warning that names the prefix keeps it from counting, as for a whole number (countedItems).
import type { Extracted } from './extract.ts';
import { leadingCallingCode } from './phone-parse.ts';

// The code (not +86, the platform's own country), then a mask ("9xx", "****", "12…") or a word for the number, the
// call or the claim that came with it ("+855 自称…客服", "from +63 saying they are …"). Not a class of numbers, as
// warnings name them: "+63 开头的来电", "+855 numbers", a list of codes ("00852、+63").
const MASKED =
  /(?<![\d+])(?:\+|00)(?!86(?!\d))(\d{1,3})(?=\)?\s?(?:\d{0,4}(?:[x×*•]{2,}|…|\.{3})|号码|的号|来电|打来|电话|自称|说是|number\b|calls?\b|caller\b|phone\b|saying\b|claiming\b))/giu;
const LISTED_BEFORE = /([、,，/和或]|\b(or|and))\s?["“”「」]?$/i;
const LISTED_AFTER = /^["“”「」]?\s?([、,，/和或]|(or|and)\b)/i;
const OWN_BEFORE = /(\b(my|our|mine)\s*|我的|我们的|我用|我在用)$/i;

/** A quick test before the scan: a plus or 00 before a digit, not run on from a digit or a plus — the start every
 *  MASKED match has (its lookbehind, its prefix, its code's first digit), so a text failing it holds none. (A plain
 *  "(?:\+|00)\d" let every amount of 1000 or 5,000 through to the brand-name test and the scan.) */
export const MAY_MASK = /(?<![\d+])(?:\+|00)\d/;

/** The masked or bare calling codes of a text, as phone items not already among `found`. */
export function maskedPrefixes(text: string, found: readonly Extracted[]): Extracted[] {
  const out: Extracted[] = [];
  MASKED.lastIndex = 0;
  for (let m = MASKED.exec(text); m !== null; m = MASKED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.start + f.raw.length && end > f.start)) continue;
    // (One code of a list names a class of numbers: "00852、+63", "+855 or +63".)
    if (LISTED_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || LISTED_AFTER.test(text.slice(end, end + 5)))
      continue;
    // (The reader's own number abroad is no caller: "my +44 number", "我的+852号码".)
    if (OWN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // (Only a real calling code: "+999 来电" or "+000 number" names no country. Digits run on into a mask
    // ("+8551xx") keep the code they begin with; a bare code must be one whole.)
    const code = leadingCallingCode(m[1]!);
    if (code === undefined || (code !== m[1] && !/^\d/.test(text.slice(end, end + 1)))) continue;
    out.push({ kind: 'phone', raw: `+${code}`, start });
  }
  return out;
}

/** Does the text name the brand by its English name, as a whole word (case aside)? */
export function namesInEnglish(text: string, name: string | undefined): boolean {
  if (!name) return false;
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  return !isAsciiWordUnit(text.charCodeAt(at - 1)) && !isAsciiWordUnit(text.charCodeAt(at + name.length));
}

/** /[a-z0-9]/i on one unit (NaN, off either end of the text, is none); a module function, where a closure made per
 *  call cost tsx's name-keeping wrapper. */
function isAsciiWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
