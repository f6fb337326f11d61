// Numbers spelled digit by digit in Chinese numerals ("零零八五二 五一二三 八八七零", "幺三八…", "00八五二-5123-8870"):
// scammers write numbers this way to slip past SMS filters that look for digits. Every numeral is one UTF-16 unit,
// so the ASCII view has the same length and positions as the text: items and redactions found in it map back 1:1.
// 两/十/百/千 are not here: a number using them is a quantity read out ("三十五"), not a digit-by-digit reading.
import { charBits, holdsAny } from '../content/char-bits.ts';

const DIGIT_OF: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  '○': '0',
  一: '1',
  幺: '1', // how "1" is read out in phone numbers
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  // The "financial" forms (大写数字) of cheques and contracts, also used to dodge filters: 壹叁捌….
  壹: '1',
  贰: '2',
  貳: '2',
  叁: '3',
  參: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  陸: '6',
  柒: '7',
  捌: '8',
  玖: '9',
};
const DIGITS = '零〇○一幺二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖';
/** The numerals, for the screen that turns most texts away (char-bits.ts). */
export const NUMERAL_BITS = charBits(DIGITS);
const NUMERALS = new RegExp(`[${DIGITS}]`, 'g');
// Digits and numerals, with single spaces or dashes between them (as numbers are grouped).
const RUN = new RegExp(`\\+?[0-9${DIGITS}](?:[ -]?[0-9${DIGITS}])+`, 'g');
// "138 1234 5678 三五天", "13812345678一一核对": one or two numerals right after digits are words, not more digits.
const WORDS_TAIL = new RegExp(`(?<=[0-9])[ -]?[${DIGITS}]{1,2}$`);

/** Fewest digit characters in a reading, and fewest Chinese numerals among them ("三五天", "第一二章" are prose). */
const MIN_SPELLED_DIGITS = 5;
const MIN_NUMERALS = 2;

export interface SpelledDigits {
  /** The text with each digit-by-digit reading turned into ASCII digits; the text itself when there is none. */
  text: string;
  /** Where the readings are: [start, end) in both texts. */
  spans: [number, number][];
}

export interface SpelledOptions {
  /** A 4-character reading (a 4-digit code) also counts when these words (no `g` flag) are in the 12 characters before. */
  codeWords?: RegExp;
}

/** Counting ("一二三四五", "五四三二一") is not a number. */
function isCounting(digits: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const step = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    up &&= step === 1;
    down &&= step === -1;
  }
  return up || down;
}

/** Digit-by-digit readings in Chinese numerals, as ASCII digits at the same positions (text already NFKC). */
export function spelledDigits(text: string, options: SpelledOptions = {}): SpelledDigits {
  // Most inputs hold no numeral at all, and most Chinese ones only in words (一下, 三天): one scan and out.
  if (!holdsAny(text, NUMERAL_BITS) || !mayHoldReading(text)) return { text, spans: [] };
  return readRuns(text, options);
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Could RUN match a run that readRuns rewrites: a chain of digits and numerals (a space or dash allowed between two)
 *  holding at least MIN_NUMERALS numerals and MIN_SPELLED_DIGITS - 1 characters? (A necessary condition: each RUN
 *  match lies within one such chain, and a rewritten run holds that many of both.) */
function mayHoldReading(text: string): boolean {
  let chars = 0;
  let numerals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const numeral = (NUMERAL_BITS[c >> 3]! & (1 << (c & 7))) !== 0;
    if (numeral || isAsciiDigit(c)) {
      chars++;
      if (numeral) numerals++;
      if (numerals >= MIN_NUMERALS && chars >= MIN_SPELLED_DIGITS - 1) return true;
      continue;
    }
    // One space or dash between two digit characters keeps the chain; anything else ends it.
    if ((c === 0x20 || c === 0x2d) && chars > 0 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (isAsciiDigit(d) || (NUMERAL_BITS[d >> 3]! & (1 << (d & 7))) !== 0) continue;
    }
    chars = 0;
    numerals = 0;
  }
  return false;
}

/** spelledDigits without its screens (exported for the test that holds the screens exact). */
export function readRuns(text: string, options: SpelledOptions = {}): SpelledDigits {
  const spans: [number, number][] = [];
  const converted = text.replace(RUN, (run: string, start: number) => {
    // Most runs are plain digits ("2026", "5,000"): fewer than two numerals in the whole run, nothing to read.
    let count = 0;
    for (let i = 0; i < run.length && count < MIN_NUMERALS; i++) if (DIGIT_OF[run[i]!] !== undefined) count++;
    if (count < MIN_NUMERALS) return run;
    const tail = WORDS_TAIL.exec(run)?.[0] ?? '';
    const head = tail ? run.slice(0, -tail.length) : run;
    const numerals = head.match(NUMERALS)?.length ?? 0;
    if (numerals < MIN_NUMERALS) return run;
    const ascii = head.replace(NUMERALS, (n) => DIGIT_OF[n]!);
    const digits = ascii.replace(/\D/g, '');
    const short =
      digits.length === MIN_SPELLED_DIGITS - 1 &&
      options.codeWords?.test(text.slice(Math.max(0, start - 12), start)) === true;
    if ((digits.length < MIN_SPELLED_DIGITS && !short) || isCounting(digits)) return run;
    spans.push([start, start + head.length]);
    return ascii + tail;
  });
  return spans.length ? { text: converted, spans } : { text, spans };
}
