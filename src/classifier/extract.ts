// Finds every phone number and link in free text (SMS, chat), as people and scammers write them: full-width
// characters, Chinese punctuation, numbers split by spaces or dashes, links without a scheme.
import { parse as parseDomain } from 'tldts';
import { charBits, holdsAny } from '../content/char-bits.ts';
import { toNfkc } from '../content/normalize.ts';
import type { BrandIndex } from './brand-index.ts';
import { ABUSED_TLDS, RESERVED_TLDS } from './data/link-tables.ts';
import {
  H,
  HAN_AFTER_DOT,
  HAN_CHAR,
  hanHostStart,
  hanTldLength,
  IDN_TLD_HOST,
  idnTldLink,
  LABEL,
  portPathEnd,
} from './han-hosts.ts';
import { SERVICE_NUMBER } from './data/service-numbers.ts';
import { blankProseNumbers, MEETING_MESSAGE, numberRole } from './number-context.ts';
import { spelledDigits } from './numerals.ts';
import { isLookalikeOfOfficial } from './phone.ts';
import { digitsOf, phoneKey } from './phone-key.ts';
import { INTL_PREFIX, splitRun } from './phone-runs.ts';

export interface Extracted {
  kind: 'phone' | 'url';
  /** As written in the text (positions refer to it), Chinese numerals included. */
  raw: string;
  start: number;
  /** A number written (partly) in Chinese numerals: `raw` in ASCII digits, which is what gets classified. */
  digits?: string;
  /** A number spaced out digit by digit ("0 0 8 5 2 - 6 1 2 3 - 4 4 0 7"): its prefix and digits run together, which
   *  is what gets classified. */
  compact?: string;
}

/** Zero-width characters (char-bits.ts), as the class prepareText removes. */
export const ZERO_WIDTH_BITS = charBits('\u200b-\u200f\u2060\ufeff');

/** NFKC plus the dots and slashes NFKC leaves alone (ideographic full stop "。" between letters of a host). */
export function prepareText(input: string): string {
  return prepareNormalized(toNfkc(input));
}

/** prepareText of a text already in NFKC (the caller needs that form too: it is computed once). */
export function prepareNormalized(nfkc: string): string {
  // Each rewrite runs only on a text holding the character it needs (most texts hold none of them).
  let s = nfkc;
  if (s.includes('。')) s = s.replace(/(?<=[a-z0-9])[。｡](?=[a-z0-9])/gi, '.');
  // "(021) 8765 4321" and "400.000.0000": area codes in brackets and dotted groups are still phone numbers.
  if (s.includes('(')) s = s.replace(/\((\d{2,4})\)\s?(?=\d)/g, '$1-');
  if (digitDotDigit(s)) s = s.replace(/(?<![\d.])(\d{3,4})\.(\d{3,4})\.(\d{4})(?![\d.])/g, '$1-$2-$3');
  if (holdsAny(s, ZERO_WIDTH_BITS)) s = s.replace(/[\u200b-\u200f\u2060\ufeff]/g, '');
  // "+86 00852 …": the domestic code written before the real international prefix says nothing; blank it.
  if (s.includes('86')) s = s.replace(/(?:\+|00)86[ -]?(?=00[1-9])/g, (m) => ' '.repeat(m.length));
  return s;
}

// scheme://host[/path]: the host may hold IDN labels (Chinese included) and ends in an ASCII top-level domain (a
// Chinese one is added in extract()); the path stops at Chinese text, so "https://anxin-kefu.top/a处理" ends before "处理".
const SCHEME_URL =
  /\b(?:https?|itms-services|javascript|data):(?:\/\/)?(?:[^\s/?#<>"'，。！？、；：（）【】《》]*[^\s/?#<>"'，。！？、；：（）【】《》\u3400-\u9fff])?(?:[/?#][^\s<>"'，。！？、；：（）【】《》\u3400-\u9fff]*)?/gi;
// host.tld[/path]: at least one dot, a letter in the last label; the TLD is validated below.
const BARE_URL = new RegExp(
  `(?<![@\\w.-])(?:${LABEL}\\.)+[a-z\\u00a1-\\u024f\\u0370-\\u04ff][${H}-]{1,62}(?::\\d{2,5})?(?:\\/[^\\s<>"'，。！？、；（）【】《》\\u3400-\\u9fff]*)?`,
  'gi',
);

// (The global patterns below are read by exec loops from lastIndex 0, not matchAll: matchAll copies the pattern and
// makes an iterator per call, which was 7 % of a number check. None can match the empty string.)
const IPV4_URL = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?(?:\/[^\s<>"'，。！？、；（）]*)?/g;
// +/00 prefixed or plain digit runs with single spaces/dashes inside.
const PHONE = /(?<![\w.+/-])(?:\+|00)?\d(?:[ -]?\d){2,30}(?![\w])/g;
// An area-code word just before a "+": the plus joins the two ("区号+96110"), it is no international prefix.
const AREA_CODE_BEFORE = /(区号|区码|\barea code)\s*["“”]?\s*$/i;

function isKnownSuffix(host: string, brand: BrandIndex): boolean {
  const info = parseDomain(host, { extractHostname: false });
  if (!info.domain || !info.publicSuffix) return false;
  if (brand.domains.has(info.domain)) return true;
  // A bare "word.word" is a link only if its suffix is a real ICANN one (so "a.txt", "v1.2" are not links), or one
  // reserved to stand for any host.
  return Boolean(info.isIcann) || ABUSED_TLDS.has(info.publicSuffix) || RESERVED_TLDS.has(info.publicSuffix);
}

function trimUrl(raw: string): string {
  return raw.replace(/[.,;:!?)\]}>'"]+$/, '');
}

/** The items found so far and the spans they cover (a class, not closures made per call: the hot path). */
class Found {
  readonly items: Extracted[] = [];
  private readonly spans: number[] = [];

  take(kind: Extracted['kind'], raw: string, start: number, digits?: string): void {
    this.items.push(digits === undefined ? { kind, raw, start } : { kind, raw, start, digits });
    this.spans.push(start, start + raw.length);
  }

  takeSpaced(raw: string, start: number, compact: string): void {
    this.items.push({ kind: 'phone', raw, start, compact });
    this.spans.push(start, start + raw.length);
  }

  isTaken(s: number, e: number): boolean {
    for (let i = 0; i < this.spans.length; i += 2) if (s < this.spans[i + 1]! && e > this.spans[i]!) return true;
    return false;
  }
}
const HAS_LETTER = /[a-z\u00a1-\uffff]/i;

/** Is some "." in the text between two characters these tests accept? (A cheap screen: a bare host needs a dot before
 *  a letter, an IP address a dot between digits; most messages have neither.) */
function dotBetween(text: string, before: RegExp | undefined, after: RegExp): boolean {
  for (let i = text.indexOf('.'); i >= 0 && i + 1 < text.length; i = text.indexOf('.', i + 1)) {
    if ((!before || (i > 0 && before.test(text[i - 1]!))) && after.test(text[i + 1]!)) return true;
  }
  return false;
}
/** Is some "." between two digits? (dotBetween with DIGIT on both sides, by unit codes: English text holds many
 *  dots, and a test of a one-character string cost a call per dot.) */
function digitDotDigit(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0 && i + 1 < text.length; i = text.indexOf('.', i + 1)) {
    if (i > 0 && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
const DIGIT = /\d/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// The first character of BARE_URL's top-level domain (same class and flags).
const TLD_START = /[a-z\u00a1-\u024f\u0370-\u04ff]/i;

function findIpLinks(text: string, found: Found): void {
  if (!digitDotDigit(text)) return;
  IPV4_URL.lastIndex = 0;
  for (let m = IPV4_URL.exec(text); m !== null; m = IPV4_URL.exec(text)) {
    const raw = trimUrl(m[0]);
    if (
      !found.isTaken(m.index, m.index + raw.length) &&
      raw.split('.').length === 4 &&
      /\//.test(raw + text[m.index - 1])
    ) {
      found.take('url', raw, m.index);
    } else if (!found.isTaken(m.index, m.index + raw.length) && /^(\d{1,3}\.){3}\d{1,3}(:\d+)?\//.test(raw)) {
      found.take('url', raw, m.index);
    }
  }
}

/** Is some ":" right after the last letter of one of SCHEME_URL's schemes (http(s), itms-services, javascript, data)?
 *  Chinese text holds many colons (NFKC turns "：" into ":"), hardly ever after one of these letters. */
function schemeColon(text: string): boolean {
  for (let i = text.indexOf(':', 1); i > 0; i = text.indexOf(':', i + 1))
    if (SCHEME_END.has(text.charCodeAt(i - 1))) return true;
  return false;
}
const SCHEME_END = new Set([...'psatPSAT'].map((c) => c.charCodeAt(0)));

function findLinks(text: string, brand: BrandIndex, found: Found): void {
  // Cheap tests first: a scheme needs a colon after its last letter, a bare host and an IP a dot.
  SCHEME_URL.lastIndex = 0;
  if (schemeColon(text))
    for (let m = SCHEME_URL.exec(text); m !== null; m = SCHEME_URL.exec(text)) {
      let end = m.index + m[0].length;
      // SCHEME_URL's host ends in an ASCII TLD: "https://安心借客服.中国/login" stops at "https://安心借客服." — carry on over a
      // Chinese TLD (after a scheme, Chinese text glued to it is cut off) and the path.
      if (text[end - 1] === '.' && !/[/?#]/.test(m[0].replace(/^[a-z-]+:(?:\/\/)?/i, ''))) {
        const tld = hanTldLength(text, end);
        if (tld) end = portPathEnd(text, end + tld);
      }
      found.take('url', trimUrl(text.slice(m.index, end)), m.index);
    }
  if (!text.includes('.')) return;
  findIpLinks(text, found);
  // Cheap test first: most messages have no dot before a Chinese character.
  if (HAN_AFTER_DOT.test(text)) {
    IDN_TLD_HOST.lastIndex = 0;
    for (let m = IDN_TLD_HOST.exec(text); m !== null; m = IDN_TLD_HOST.exec(text)) {
      const link = idnTldLink(text, m.index, m.index + m[0].length);
      if (!link) continue;
      const raw = trimUrl(text.slice(link.start, link.end));
      if (!found.isTaken(link.start, link.start + raw.length)) found.take('url', raw, link.start);
    }
  }
  if (!dotBetween(text, undefined, TLD_START)) return;
  BARE_URL.lastIndex = 0;
  for (let m = BARE_URL.exec(text); m !== null; m = BARE_URL.exec(text)) {
    let raw = trimUrl(m[0]);
    let start = m.index;
    // A Chinese first label glued to the words before it starts after the last link cue ("请登录安心借客服.cn").
    if (HAN_CHAR.test(raw[0]!)) {
      const host = hanHostStart(text, m.index, text.indexOf('.', m.index));
      if (host.cued && host.start > m.index) {
        start = host.start;
        raw = raw.slice(start - m.index);
      }
    }
    if (found.isTaken(start, start + raw.length)) continue;
    const host = raw.split(/[/:?#]/)[0]!.toLowerCase();
    if (/^[\d.]+$/.test(host)) continue;
    if (isKnownSuffix(host, brand)) found.take('url', raw, start);
  }
}

/** One of the brand's numbers or senders, or a lookalike of one: always an item, valid-looking or not. */
function brandNumber(digits: string, brand: BrandIndex): boolean {
  const key = phoneKey(digits);
  return brand.numberKeys.has(key.key) || brand.senders.has(digits) || isLookalikeOfOfficial(key.national, brand);
}

/** A number pasted alone is the user's question: it is checked whatever it is. In a message, an unlabelled digit run
 *  is a phone number only if it is a valid one (or a prefixed or service number): else it is an id. (Each side tested
 *  on its own: a joined copy of the text per run would be flattened for the test.) */
function validOnlyAt(view: string, index: number, end: number, run: string, brand: BrandIndex): boolean {
  const alone = !LETTER_OR_DIGIT.test(view.slice(0, index)) && !LETTER_OR_DIGIT.test(view.slice(end));
  const digits = digitsOf(run);
  return !alone && !INTL_PREFIX.test(run) && !SERVICE_NUMBER.test(digits) && !brandNumber(digits, brand);
}

/** Whether the message is a meeting invitation (MEETING_MESSAGE over the view): read at the first digit run that needs
 *  it, then kept — most views with digits hold no run to place (amounts and dates are blanked). An object, not a
 *  closure made per message: tsx names every closure it compiles (esbuild's keepNames), a defineProperty per call. */
class Meeting {
  private known: boolean | undefined;
  constructor(private readonly view: string) {}
  is(): boolean {
    this.known ??= MEETING_MESSAGE.test(this.view);
    return this.known;
  }
}

// Digits spaced out one by one, no two together, with wider gaps or dashes between groups ("1  3  8  0  0 …",
// "0 0 8 5 2 - 6 1 2 3 - 4 4 0 7", "+ 8 5 2 6 1 2 3 …"): written so that a filter reads no number. Seven digits
// or more make the number they spell. (A single space alone between digits is PHONE's own form.)
const SPACED = /(?<![\w.+/-])(?:\+ {0,2})?\d(?:(?: {1,3}| {0,2}[-–] {0,2})\d){6,19}(?![\w])/g;

/** A gap PHONE does not read (two spaces, a spaced dash, a spaced plus) next to a digit: a cheap screen, most texts
 *  hold none. */
const WIDE_GAP = / {2}\d|\d {2}| [-–]|[-–] |\+ \d/;
const spacedOut = (view: string): boolean => WIDE_GAP.test(view);

function findSpaced(view: string, text: string, brand: BrandIndex, found: Found, meeting: Meeting): void {
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(view); m !== null; m = SPACED.exec(view)) {
    const raw = m[0];
    // PHONE reads digits with single spaces or dashes between them as written.
    if (!WIDE_GAP.test(raw)) continue;
    const compact = (raw[0] === '+' ? '+' : '') + digitsOf(raw);
    const before = view.slice(Math.max(0, m.index - 16), m.index);
    const after = view.slice(m.index + raw.length, m.index + raw.length + 6);
    if (numberRole({ before, after, raw: compact, meeting: meeting.is() }) !== 'phone') continue;
    const parts = splitRun(compact, validOnlyAt(view, m.index, m.index + raw.length, compact, brand));
    // One number only: a spaced run the finder splits is left to no reading.
    if (parts.length === 1 && parts[0]!.raw === compact)
      found.takeSpaced(text.slice(m.index, m.index + raw.length), m.index, compact);
  }
}

/** Items in text already passed through prepareText (positions refer to it). */
export function extract(text: string, brand: BrandIndex): Extracted[] {
  const found = new Found();
  // Links need a letter (or an IP's dots): a bare number, the commonest input, skips the link scanners.
  if (HAS_LETTER.test(text)) findLinks(text, brand, found);
  else if (text.includes('.')) findIpLinks(text, found);
  // Numbers spelled in Chinese numerals are searched in an ASCII view of the text (same positions); the rules below
  // apply to them unchanged, so a code or card number in numerals is no item either. Amounts, dates and times are
  // blanked in that view first, so their digits never join a phone-number run.
  const spelled = spelledDigits(text);
  // Every number is digits (in the view): a text without any has none.
  if (!DIGIT.test(spelled.text)) return found.items.sort((a, b) => a.start - b.start);
  const view = blankProseNumbers(spelled.text);
  const meeting = new Meeting(view);
  if (spacedOut(view)) findSpaced(view, text, brand, found, meeting);
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(view); m !== null; m = PHONE.exec(view)) {
    let run = m[0].trim();
    let index = m.index;
    if (found.isTaken(index, index + run.length)) continue;
    const before = view.slice(Math.max(0, index - 16), index);
    // "区号+96110" is an area code plus the number (how 96110 calls are shown), not an international prefix.
    if (run[0] === '+' && AREA_CODE_BEFORE.test(before)) {
      run = run.slice(1);
      index++;
    }
    const after = view.slice(index + run.length, index + run.length + 6);
    if (numberRole({ before, after, raw: run, meeting: meeting.is() }) !== 'phone') continue;
    for (const part of splitRun(run, validOnlyAt(view, index, index + run.length, run, brand))) {
      const start = index + part.offset;
      const end = start + part.raw.length;
      if (spelled.spans.some(([a, b]) => start < b && end > a))
        found.take('phone', text.slice(start, end), start, part.raw);
      else found.take('phone', part.raw, start);
    }
  }
  return found.items.sort((a, b) => a.start - b.start);
}
