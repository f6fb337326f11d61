// The numbers in a user's own words, read in context: a verification code, card or ID number handed over is a
// secret; "我只借过5000" is an amount, "尾号不是0312" a denial, "00852开头" a dialling prefix, a phone number is
// what the user asks about. The drill judge decides "handed data over" from this, and stored history masks only the
// secrets (phone numbers partly, keeping prefix and country code readable). Pure.
import { extend } from '../content/clone.ts';
import { phoneKey } from './phone-key.ts';
import { CODE_WORDS, findSensitive, mask, type SensitiveSpan } from './sensitive.ts';

/** secret: a code, card or ID number handed over; phone: a phone number; the rest are readable prose. */
export type NumberRole = 'secret' | 'phone' | 'prefix' | 'amount' | 'denied';

export interface UserNumber extends SensitiveSpan {
  role: NumberRole;
}

// A clause ends at sentence punctuation: context never reaches across "，" ("不给，验证码是 4829").
const CLAUSE_END = /[,.!?;:，。！？；：\n]/;
// A unit or currency right after the digits makes them an amount, a date or a count ("5000块", "2024年").
const UNIT_AFTER =
  /^\s*(块钱|块|元|圆|万|千|百|角|毛|rmb|yuan|cny|usd|dollars?|bucks|刀|%|年|月|日|号|天|期|个|次|笔|分钟|小时|秒|岁|人)/i;
const CURRENCY_BEFORE = /(¥|￥|\$|rmb|cny|usd)\s*$/i;
// A money verb or noun shortly before the digits: "借过5000", "还了 3000", "borrowed 5000".
const MONEY_BEFORE =
  /(借|还|转|欠|贷|付|交|花|赔|存|取|额度|利息|工资|收入|余额|罚款|费|钱|金额|本金|loan|borrow(ed)?|owe[sd]?|paid|pay|transfer(red)?|amount|limit|fee|salary)\S{0,2}\s*$/i;
// A negation shortly before the digits in the same clause: the user denies the number ("尾号不是0312").
const DENIAL_BEFORE = /(不是|并非|没有|不对|错了|isn'?t|is not|wasn'?t|not|n't|never|wrong)[^,.!?;，。！？；]{0,12}$/i;
// 7–8 digit runs next to a code word are a (long) verification code, not a phone number.
const LONG_CODE_DIGITS = /^\d{7,8}$/;

function clauseAround(text: string, span: SensitiveSpan): { before: string; after: string } {
  let start = span.start;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  let end = span.end;
  while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
  return { before: text.slice(start, span.start), after: text.slice(span.end, end) };
}

function roleOf(text: string, span: SensitiveSpan): NumberRole {
  if (span.kind === 'card' || span.kind === 'id-number') return 'secret';
  const { before, after } = clauseAround(text, span);
  const nearCodeWord = CODE_WORDS.test(before) || CODE_WORDS.test(after);
  const digits = span.text.replace(/\D/g, '');
  if (span.kind === 'phone') {
    return nearCodeWord && !/^(\+|00)/.test(span.text) && LONG_CODE_DIGITS.test(digits) ? 'secret' : 'phone';
  }
  // A short run: a code unless the words around it say otherwise. Code words win ("验证码不是4829，是4830").
  if (nearCodeWord) return 'secret';
  if (/^(\+|00)/.test(span.text)) return 'prefix';
  if (UNIT_AFTER.test(text.slice(span.end)) || CURRENCY_BEFORE.test(before) || MONEY_BEFORE.test(before))
    return 'amount';
  if (DENIAL_BEFORE.test(before)) return 'denied';
  return 'secret';
}

/** Every number in NFKC text with its role (positions refer to that text). */
export function readUserNumbers(nfkc: string): UserNumber[] {
  return findSensitive(nfkc).map((s) => extend(s, { role: roleOf(nfkc, s) }));
}

/** The kind of secret handed over in a user's message (code, card, ID number), if any. */
export function handedOverSecret(text: string): UserNumber['kind'] | undefined {
  const secret = readUserNumbers(text.normalize('NFKC')).find((n) => n.role === 'secret');
  if (!secret) return undefined;
  return secret.kind === 'phone' ? 'code' : secret.kind;
}

// --- masking for storage -----------------------------------------------------------------------------------------

/** NFKC character by character, with the original index of each normalised character (so masks never rewrite the
 *  text around them: "，" stays full-width). */
function normalizeWithMap(input: string): { norm: string; from: number[] } {
  let norm = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of input) {
    const n = ch.normalize('NFKC');
    for (let k = 0; k < n.length; k++) from.push(at);
    norm += n;
    at += ch.length;
  }
  from.push(input.length);
  return { norm, from };
}

/** A phone number with its middle digits starred, in its own layout: "+852 5123 8870" → "+852 51** **70". The
 *  international prefix, country code and the start of the national number stay readable (they are the evidence). */
export function maskPhone(original: string): string {
  const digitCount = original.normalize('NFKC').replace(/\D/g, '').length;
  const key = phoneKey(original);
  const head = key.prefix === '00' ? 2 + key.country.length : key.prefix === '+' ? key.country.length : 0;
  const national = digitCount - head;
  const keepStart = head + Math.ceil(national / 4);
  const keepEnd = national > 4 ? 2 : 0;
  let seen = 0;
  let out = '';
  for (const ch of original) {
    if (!/\d/.test(ch.normalize('NFKC'))) {
      out += ch;
      continue;
    }
    out += seen < keepStart || seen >= digitCount - keepEnd ? ch : '*';
    seen++;
  }
  return out;
}

function maskWith<S extends SensitiveSpan>(
  input: string,
  spans: (nfkc: string) => S[],
  masker: (original: string, span: S) => string | undefined,
): string {
  const { norm, from } = normalizeWithMap(input);
  return maskFound(input, from, spans(norm), masker);
}

function maskFound<S extends SensitiveSpan>(
  input: string,
  from: readonly number[],
  found: readonly S[],
  masker: (original: string, span: S) => string | undefined,
): string {
  let out = '';
  let at = 0;
  for (const s of found) {
    const start = from[s.start]!;
    const end = from[s.end]!;
    if (start < at) continue;
    const replacement = masker(input.slice(start, end), s);
    if (replacement === undefined) continue;
    out += input.slice(at, start) + replacement;
    at = end;
  }
  return at ? out + input.slice(at) : input;
}

/** Two numbers are the same when their digits are, or — for phone numbers — when their lines are (00852… = +852…). */
function sameNumber(a: SensitiveSpan, b: SensitiveSpan): boolean {
  const da = a.text.replace(/\D/g, '');
  const db = b.text.replace(/\D/g, '');
  if (da === db) return true;
  return a.kind === 'phone' && b.kind === 'phone' && phoneKey(a.text).key === phoneKey(b.text).key;
}

export interface MaskOptions {
  /** Phone numbers to keep whole (the brand's official numbers: public, and often what the answer is about). */
  keepPhone?: (span: SensitiveSpan) => boolean;
}

function maskNumber(original: string, n: UserNumber, opts: MaskOptions): string | undefined {
  if (n.role === 'secret') return mask(n.kind === 'phone' ? extend(n, { kind: 'code' as const }) : n);
  if (n.role === 'phone' && !opts.keepPhone?.(n)) return maskPhone(original);
  return undefined;
}

/** A user's message as it may be stored: secrets replaced by placeholders, phone numbers partly starred, every
 *  other character — amounts, prefixes, punctuation — exactly as typed. */
export function maskUserText(input: string, opts: MaskOptions = {}): string {
  return maskWith(input, readUserNumbers, (original, n) => maskNumber(original, n, opts));
}

/** A bot line as it may be stored: only the numbers the user pasted in `userText` are masked (a checked number
 *  quoted back); the bot's own numbers — quiz items, brand contacts — stay as they were. */
export function maskEchoes(botText: string, userText: string, opts: MaskOptions = {}): string {
  return echoMasker(userText, opts)(botText);
}

/** maskEchoes for many bot texts of one user message: the user's numbers are read once. */
export function echoMasker(userText: string, opts: MaskOptions = {}): (botText: string) => string {
  const pasted = readUserNumbers(userText.normalize('NFKC')).filter((n) => n.role === 'secret' || n.role === 'phone');
  if (!pasted.length) return (botText) => botText;
  return (botText) => {
    const { from, found } = numbersInBotText(botText);
    if (!found.length) return botText;
    return maskFound(botText, from, found, (original, span) => {
      const source = pasted.find((p) => sameNumber(p, span));
      if (!source) return undefined;
      return maskNumber(original, extend(span, { role: source.role }), opts);
    });
  };
}

// Bot texts are mostly content (answers, advice) said again turn after turn: the numbers found in the most recently
// used ones are kept (least recently used dropped first), so a long answer is not scanned on every turn it is given.
const BOT_TEXTS_KEPT = 512;
const botTextNumbers = new Map<string, { from: readonly number[]; found: readonly SensitiveSpan[] }>();

function numbersInBotText(botText: string): { from: readonly number[]; found: readonly SensitiveSpan[] } {
  let known = botTextNumbers.get(botText);
  if (known)
    botTextNumbers.delete(botText); // re-inserted below: now the most recently used
  else {
    const { norm, from } = normalizeWithMap(botText);
    known = { from, found: findSensitive(norm) };
    if (botTextNumbers.size >= BOT_TEXTS_KEPT) botTextNumbers.delete(botTextNumbers.keys().next().value!);
  }
  botTextNumbers.set(botText, known);
  return known;
}
