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

/** A quick test before the scan: a plus or 00 before a digit at all (most messages have none). */
export const MAY_MASK = /(?:\+|00)\d/;

/** The masked or bare calling codes of a text, as phone items not already among `found`. */
export function maskedPrefixes(text: string, found: readonly Extracted[]): Extracted[] {
  const out: Extracted[] = [];
  MASKED.lastIndex = 0;
  for (let m = MASKED.exec(text); m !== null; m = MASKED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.start + f.raw.length && end > f.start)) continue;
    // (One code of a list names a class of numbers: "00852、+63", "+855 or +63".)
    if (LISTED_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || LISTED_AFTER.test(text.slice(end, end + 5))) continue;
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
  const word = (c: string | undefined) => c !== undefined && /[a-z0-9]/i.test(c);
  return !word(text[at - 1]) && !word(text[at + name.length]);
}
