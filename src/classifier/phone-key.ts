// Canonical form of a phone number as people write it in mainland China: the raw international prefix is kept
// (it is evidence: "00"/"+" means the call came from abroad), the digits are reduced to country + national number.

import { toNfkc } from '../content/normalize.ts';
import { isDigitUnit } from './unit-ids.ts';

export type DialPrefix = '+' | '00' | '';

export interface PhoneKey {
  /** What the number started with: "+", "00" (international call prefix from mainland China) or nothing. */
  prefix: DialPrefix;
  /** Country calling code: "86" for mainland numbers written nationally. */
  country: string;
  /** National digits without trunk "0" (landlines) — service numbers such as 95588 or 4000000000 as dialled. */
  national: string;
  /** country + ":" + national: equal keys are the same line. */
  key: string;
  /** The digits exactly as written (no spaces or dashes). */
  digits: string;
}

// Country codes for the few regions scammers' numbers display most often; others fall back to 1–3 digits.
const KNOWN_COUNTRY =
  /^(1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|85[2-3]|853|886|8[0-9]{2}|[2-9][0-9]{2})/;

/** `s.replace(/\D/g, '')` in a loop (a global regex replace per number read cost more than the reading): the text
 *  itself when it is all digits, else its digit runs joined. */
export function digitsOf(s: string): string {
  let i = 0;
  while (i < s.length && isDigitUnit(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (i++; i < s.length; i++) {
    if (!isDigitUnit(s.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < s.length && isDigitUnit(s.charCodeAt(j))) j++;
    out += s.slice(i, j);
    i = j;
  }
  return out;
}

export function phoneKey(raw: string): PhoneKey {
  const s = toNfkc(raw).replace(/[\s\-().·]/g, '');
  let prefix: DialPrefix = '';
  let rest = s;
  if (rest.startsWith('+')) {
    prefix = '+';
    rest = rest.slice(1);
  } else if (rest.startsWith('00')) {
    prefix = '00';
    rest = rest.slice(2);
  }
  const digits = digitsOf(rest);
  let country = '86';
  let national = digits;
  if (prefix) {
    if (digits.startsWith('86')) national = digits.slice(2);
    else {
      const m = KNOWN_COUNTRY.exec(digits);
      country = m ? m[0] : digits.slice(0, 2);
      national = digits.slice(country.length);
    }
  } else if (digits.length === 13 && digits.startsWith('861')) {
    // "8613812345678": a mobile number written with the country code but without "+".
    national = digits.slice(2);
  }
  if (country === '86' && national.startsWith('0') && national.length >= 10) national = national.slice(1);
  return { prefix, country, national, key: `${country}:${national}`, digits };
}
