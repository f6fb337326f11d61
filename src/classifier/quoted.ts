// Words in quotation marks are mentioned, not said: an anti-fraud notice quotes the scam it describes (凡是要求
// “转账到安全账户”的都是诈骗, 所谓“征信修复”, never move money to a "safe account"), while a scammer asks in plain words.
// A request read wholly inside quotes is no request, whatever warning words the notice does or does not use.

import { charBits, hasBit, holdsAny } from '../content/char-bits.ts';

/** Opening mark → closing mark, by UTF-16 unit. ASCII quotes pair with themselves. */
const PAIRS: ReadonlyMap<number, string> = new Map(
  [
    ['“', '”'],
    ['「', '」'],
    ['『', '』'],
    ['"', '"'],
    ['‘', '’'],
  ].map(([o, c]) => [o!.charCodeAt(0), c!]),
);
/** A mention is a term or a slogan (“安全账户”, “不注销影响征信”); a longer quote, or one holding a clause break, is
 *  someone's words reported in full ("骗子原话：“……，你念给我，……”"), which ask what they ask. */
export const MAX_QUOTED = 20;
const CLAUSE_BREAK = /[,，;；。!?！？]/;
/** … unless the words are the scammer's script as a warning gives it: put in a scammer's mouth before the quote
 *  ("骗子常说：“……”", "诈骗集团常说：「……」", "scammers say: "…"", "scammers often say things like "…"") or named as a kind of message after it ("“……”的广告是骗人的", "“……”之类的
 *  短信"). No scam calls its own words a scammer's; the request a scam makes is outside such a quote. */
export const MAX_SCRIPT = 80;
const SCRIPT_BEFORE =
  /(骗子|诈骗分子|不法分子|犯罪分子|骗徒|假客服|假警察|冒充者|诈骗集团|诈骗团伙|骗子团伙|诈骗犯)(常常|常|往往|一般|通常|会|就会|多|还会)?(说|讲|称|谎称|声称|自称|发来|会说)[:：]?\s*$|\b(scammers?|fraudsters?|criminals|crooks)( (often|usually|may|might|will|typically))? (say|says|said|claim|claims|text|write)( (things|something|lines|words)( like)?)?[:,]?\s*$/;
const SCRIPT_AFTER =
  /^(的|之类的?|这类|这种|这样的)(广告|短信|信息|消息|电话|来电|说法|话术|链接|通知|套路|话)|^(这种|这类|这样的)(话|说法|话术)/;
/** The opening marks (char-bits.ts: a bitmap scan, several times faster than a class's on Chinese text). */
export const OPENING_MARK_BITS = charBits('“「『"‘');

/** [start, end) of the text inside each pair of quotation marks. */
export function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  // Most messages hold no quotation mark: one scan says so.
  if (!holdsAny(text, OPENING_MARK_BITS)) return out;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const close = hasBit(OPENING_MARK_BITS, c) ? PAIRS.get(c) : undefined;
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) continue;
    const mention = j - i - 1 <= MAX_QUOTED && !CLAUSE_BREAK.test(text.slice(i + 1, j));
    if (j > i + 1 && (mention || scammersScript(text, i, j))) {
      out.push([i + 1, j]);
      i = j;
    }
  }
  return out;
}

/** A label after a tap verb ("后点“共享屏幕”", "click "Share Screen"") names the button the reader is told to press: for
 *  the concept grammar, which asks a pretext of every act, it is the act itself, not a word mentioned. (The phrase rules
 *  and example requests, which need none, keep it quoted: a work meeting's invite says "click "Share Screen"" too.) */
const TAP_BEFORE = /(?:点|点击|按|按下)$|\b(?:tap|click|press|hit)\s+(?:on\s+)?$/;
export function withoutButtons(text: string, spans: readonly [number, number][]): readonly [number, number][] {
  if (!spans.length) return spans;
  const out = spans.filter(([a]) => !TAP_BEFORE.test(text.slice(Math.max(0, a - 10), a - 1)));
  return out.length === spans.length ? spans : out;
}

/** Is the quote [i, j] (its marks) a scammer's script a warning quotes (SCRIPT_BEFORE / SCRIPT_AFTER)? */
function scammersScript(text: string, i: number, j: number): boolean {
  return (
    j - i - 1 <= MAX_SCRIPT &&
    (SCRIPT_BEFORE.test(text.slice(Math.max(0, i - 40), i)) || SCRIPT_AFTER.test(text.slice(j + 1, j + 8)))
  );
}

/** Is [start, end) inside one quoted span? */
export function insideQuotes(spans: readonly [number, number][], start: number, end: number): boolean {
  for (const [a, b] of spans) if (start >= a && end <= b) return true;
  return false;
}

/** Is most of [start, end) quoted (a phrase whose key noun is the quoted word: 交“解冻金”)? */
export function mostlyQuoted(spans: readonly [number, number][], start: number, end: number): boolean {
  let inside = 0;
  for (const [a, b] of spans) inside += Math.max(0, Math.min(b, end) - Math.max(a, start));
  return inside * 2 >= end - start;
}

/** Does [start, …) start inside a scammer's script (a quote longer than a mention)? Its verb is the script's,
 *  wherever the match runs on after the closing mark. */
export function startsInScript(spans: readonly [number, number][], start: number): boolean {
  for (const [a, b] of spans) if (b - a > MAX_QUOTED && start >= a && start < b) return true;
  return false;
}

/** The text with quoted words blanked (same length), for readers that compare whole clauses. */
export function blankQuoted(text: string, spans: readonly [number, number][]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    out += text.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return out + text.slice(at);
}
