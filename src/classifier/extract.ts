// Finds every phone number and link in free text (SMS, chat), as people and scammers write them: full-width
// characters, Chinese punctuation, numbers split by spaces or dashes, links without a scheme.
import { parse as parseDomain } from 'tldts';
import type { BrandIndex } from './brand-index.ts';
import { ABUSED_TLDS } from './data/link-tables.ts';
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
import { spelledDigits } from './numerals.ts';
import { luhnOk } from './sensitive.ts';

export interface Extracted {
  kind: 'phone' | 'url';
  /** As written in the text (positions refer to it), Chinese numerals included. */
  raw: string;
  start: number;
  /** A number written (partly) in Chinese numerals: `raw` in ASCII digits, which is what gets classified. */
  digits?: string;
}

/** NFKC plus the dots and slashes NFKC leaves alone (ideographic full stop "。" between letters of a host). */
export function prepareText(input: string): string {
  return (
    input
      .normalize('NFKC')
      .replace(/(?<=[a-z0-9])[。｡](?=[a-z0-9])/gi, '.')
      // "(021) 8765 4321" and "400.000.0000": area codes in brackets and dotted groups are still phone numbers.
      .replace(/\((\d{2,4})\)\s?(?=\d)/g, '$1-')
      .replace(/(?<![\d.])(\d{3,4})\.(\d{3,4})\.(\d{4})(?![\d.])/g, '$1-$2-$3')
      .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
  );
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

const IPV4_URL = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?(?:\/[^\s<>"'，。！？、；（）]*)?/g;
// +/00 prefixed or plain digit runs with single spaces/dashes inside.
const PHONE = /(?<![\w.+/-])(?:\+|00)?\d(?:[ -]?\d){2,18}(?![\w])/g;
const CODE_WORDS = /(验证码|校验码|动态码|动态密码|密码|口令|code|otp|pin|cvv|passcode)[^\d]{0,8}$/i;
const DATE_LIKE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;
const AMOUNT_AFTER = /^\s*(元|块|万|千|rmb|yuan|cny|¥|%|个|天|期|月|年|笔|次|分钟|小时|秒)/i;
const SHORT_SERVICE = /^(95\d{3,8}|96110|12381|110|10\d{3}|106\d{2,17}|[48]00\d{7})$/;

function isKnownSuffix(host: string, brand: BrandIndex): boolean {
  const info = parseDomain(host, { extractHostname: false });
  if (!info.domain || !info.publicSuffix) return false;
  if (brand.domains.has(info.domain)) return true;
  // A bare "word.word" is a link only if its suffix is a real ICANN one (so "a.txt", "v1.2" are not links).
  return Boolean(info.isIcann) || ABUSED_TLDS.has(info.publicSuffix);
}

function trimUrl(raw: string): string {
  return raw.replace(/[.,;:!?)\]}>'"]+$/, '');
}

/** Items in text already passed through prepareText (positions refer to it). */
export function extract(text: string, brand: BrandIndex): Extracted[] {
  const found: Extracted[] = [];
  const taken: [number, number][] = [];
  const isTaken = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const take = (kind: Extracted['kind'], raw: string, start: number, digits?: string) => {
    found.push(digits === undefined ? { kind, raw, start } : { kind, raw, start, digits });
    taken.push([start, start + raw.length]);
  };
  for (const m of text.matchAll(SCHEME_URL)) {
    let end = m.index + m[0].length;
    // SCHEME_URL's host ends in an ASCII TLD: "https://安心借客服.中国/login" stops at "https://安心借客服." — carry on over a
    // Chinese TLD (after a scheme, Chinese text glued to it is cut off) and the path.
    if (text[end - 1] === '.' && !/[/?#]/.test(m[0].replace(/^[a-z-]+:(?:\/\/)?/i, ''))) {
      const tld = hanTldLength(text, end);
      if (tld) end = portPathEnd(text, end + tld);
    }
    take('url', trimUrl(text.slice(m.index, end)), m.index);
  }
  for (const m of text.matchAll(IPV4_URL)) {
    const raw = trimUrl(m[0]);
    if (!isTaken(m.index, m.index + raw.length) && raw.split('.').length === 4 && /\//.test(raw + text[m.index - 1])) {
      take('url', raw, m.index);
    } else if (!isTaken(m.index, m.index + raw.length) && /^(\d{1,3}\.){3}\d{1,3}(:\d+)?\//.test(raw)) {
      take('url', raw, m.index);
    }
  }
  // Cheap test first: most messages have no dot before a Chinese character.
  if (HAN_AFTER_DOT.test(text)) {
    for (const m of text.matchAll(IDN_TLD_HOST)) {
      const link = idnTldLink(text, m.index, m.index + m[0].length);
      if (!link) continue;
      const raw = trimUrl(text.slice(link.start, link.end));
      if (!isTaken(link.start, link.start + raw.length)) take('url', raw, link.start);
    }
  }
  for (const m of text.matchAll(BARE_URL)) {
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
    if (isTaken(start, start + raw.length)) continue;
    const host = raw.split(/[/:?#]/)[0]!.toLowerCase();
    if (/^[\d.]+$/.test(host)) continue;
    if (isKnownSuffix(host, brand)) take('url', raw, start);
  }
  // Numbers spelled in Chinese numerals are searched in an ASCII view of the text (same positions); the rules below
  // apply to them unchanged, so a code or card number in numerals is no item either.
  const spelled = spelledDigits(text);
  const view = spelled.text;
  for (const m of view.matchAll(PHONE)) {
    const raw = m[0].trim();
    const start = m.index;
    if (isTaken(start, start + raw.length)) continue;
    const digits = raw.replace(/\D/g, '');
    const before = view.slice(Math.max(0, start - 12), start);
    const after = view.slice(start + raw.length, start + raw.length + 4);
    const prefixed = /^(\+|00)/.test(raw);
    if (DATE_LIKE.test(raw) || AMOUNT_AFTER.test(after)) continue;
    // A short digit run right after "验证码"/"code" is a secret, not a number to check (and never echoed).
    if (digits.length <= 8 && CODE_WORDS.test(before)) continue;
    // Card numbers are secrets, not numbers to check (106 SMS ports are as long, but never Luhn-valid by design).
    if (digits.length >= 13 && digits.length <= 19 && !prefixed && !/^(86|106)/.test(digits) && luhnOk(digits))
      continue;
    if (!prefixed && digits.length < 7 && !SHORT_SERVICE.test(digits)) continue;
    if (/^\d{17}[\dXx]$/.test(digits)) continue; // ID number
    const end = start + raw.length;
    if (spelled.spans.some(([a, b]) => start < b && end > a)) take('phone', text.slice(start, end), start, raw);
    else take('phone', raw, start);
  }
  return found.sort((a, b) => a.start - b.start);
}
