// Finds what a user must never have to repeat to anyone: verification codes, card numbers, ID numbers, phone
// numbers. Used to redact text before it is logged or stored, and by the drill judge ("the user read out a code").
// Numbers spelled digit by digit in Chinese numerals ("验证码 四八二九一三") count as written in digits.
import { toNfkc } from '../content/normalize.ts';
import { exactNumbers, PUBLIC_SHORT_NUMBERS } from './data/service-numbers.ts';
import { spelledDigits } from './numerals.ts';
import { digitsOf } from './phone-key.ts';

export type SensitiveKind = 'card' | 'id-number' | 'phone' | 'code';

export interface SensitiveSpan {
  kind: SensitiveKind;
  start: number;
  end: number;
  /** The span's characters, Chinese numerals as ASCII digits. */
  text: string;
}

export function luhnOk(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** Mainland resident ID number (GB 11643): 17 digits and a check character. */
export function isChineseIdNumber(s: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === s[17]!.toUpperCase();
}

// Well-known service numbers that are not secrets even though they are short digit runs.
const PUBLIC_SHORT = exactNumbers(PUBLIC_SHORT_NUMBERS, '95\\d{3}');

const DIGIT = /\d/;

// Digit runs (NFKC makes full-width digits ASCII first), allowing single spaces or dashes inside groups.
const DIGIT_RUN = /(?<![\d])(\+?\d[\d -]{2,24}\d|\d{4})(?![\d])/g;

// Words that make a short digit run a code (see isCodeContext), and a 4-numeral reading ("验证码 四八二九") one too;
// elsewhere a reading in Chinese numerals needs 5 characters ("七七八八" is an idiom).
export const CODE_WORDS = /(验证码|校验码|动态码|密码|口令|code|otp|pin|cvv|passcode)/i;

/** The next DIGIT_RUN match from `from`, searched from the first "+" or digit on (every match starts with one): the
 *  expression's own scan of English words for a digit cost more than a loop over the units. */
function digitRunFrom(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b) {
      DIGIT_RUN.lastIndex = i;
      return DIGIT_RUN.exec(text);
    }
  }
  return null;
}

function longestDigitRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c >= 0x30 && c <= 0x39 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Spans of sensitive data in already NFKC-normalised text (positions refer to that text). */
export function findSensitive(input: string): SensitiveSpan[] {
  // Same length and positions as the input, with readings in Chinese numerals as ASCII digits.
  const text = spelledDigits(input, { codeWords: CODE_WORDS }).text;
  const spans: SensitiveSpan[] = [];
  // Every kind below is a run of digits: most words hold none.
  if (!DIGIT.test(text)) return spans;
  // ID numbers first: 18 characters, the last may be X, which the digit runs below would cut off (only a text with
  // a run of 17 digits can hold one).
  if (longestDigitRun(text) >= 17)
    for (const m of text.matchAll(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g)) {
      if (isChineseIdNumber(m[0])) spans.push({ kind: 'id-number', start: m.index, end: m.index + 18, text: m[0] });
    }
  // (An exec loop: matchAll copies the pattern and makes an iterator per call.)
  for (let m = digitRunFrom(text, 0); m !== null; m = digitRunFrom(text, DIGIT_RUN.lastIndex)) {
    const raw = m[0];
    const start = m.index;
    if (spans.some((s) => start >= s.start && start < s.end)) continue;
    const digits = digitsOf(raw);
    let kind: SensitiveKind | undefined;
    if (digits.length >= 13 && digits.length <= 19 && !/^(\+|00)/.test(raw) && luhnOk(digits)) kind = 'card';
    else if (digits.length >= 7 || raw.startsWith('+')) kind = 'phone';
    else if (digits.length >= 4 && !PUBLIC_SHORT.test(digits)) kind = 'code';
    if (kind) spans.push({ kind, start, end: start + raw.length, text: raw });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The placeholder a span is stored as: "[code]", "[card ****7894]", "[id-number]", "[phone 138****78]". */
export function mask(span: SensitiveSpan): string {
  const digits = span.text.replace(/\D/g, '');
  switch (span.kind) {
    case 'code':
      return '[code]';
    case 'card':
      return `[card ****${digits.slice(-4)}]`;
    case 'id-number':
      return '[id-number]';
    case 'phone':
      // Keep the shape that helps a reader (prefix and last two digits), drop the rest.
      return `[phone ${digits.slice(0, 3)}****${digits.slice(-2)}]`;
  }
}

/** Replace the chosen spans of NFKC text by their masks; the untouched input when there is nothing to hide (NFKC
 *  would otherwise turn "，" into "," in stored history). */
function maskSpans(input: string, choose: (text: string, span: SensitiveSpan) => boolean, nfkc?: string): string {
  const text = nfkc ?? toNfkc(input);
  const spans = findSensitive(text).filter((s) => choose(text, s));
  if (!spans.length) return input;
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + mask(s);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Text safe to log or store: every sensitive span replaced by a placeholder (except those `keep` accepts). */
export function redact(input: string, keep?: (span: SensitiveSpan) => boolean): string {
  return maskSpans(input, (_text, span) => !keep?.(span));
}

/**
 * Redact only what is secret in a message being checked (codes, card and ID numbers), keeping phone numbers,
 * which are the very thing the user asked about. `nfkc`: the input in NFKC, when the caller has it already.
 */
export function redactSecrets(input: string, nfkc?: string): string {
  return maskSpans(input, (text, s) => s.kind !== 'phone' && (s.kind !== 'code' || isCodeContext(text, s)), nfkc);
}

// A 4–8 digit run is treated as a code in a checked message only next to code words; elsewhere it may be an amount
// or a short service number the user wants checked.
function isCodeContext(text: string, span: SensitiveSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  return CODE_WORDS.test(before);
}
