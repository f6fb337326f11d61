// Signals that come from the message around an item rather than from the item: the brand is named (so a number
// that is not the brand's is presented as if it were), and a number is a caller-ID display (an incoming call).
import type { BrandIndex } from './brand-index.ts';

// The words around a number say it called ("110 打来", "来电显示 400…", "got a call from …").
const INCOMING_CALL =
  /来电|打来|打给我|给我打|打电话给我|给我来电|接到.{0,12}电话|显示|\bcalled me\b|\bcall(?:ed|ing)? from\b|\b(?:got|received|had) a call\b|\bcaller id\b|\brang me\b/i;
// … unless it is the number to dial ("接到此类电话请拨110", "真有事打110").
// … or the next of a list of numbers one dial verb governs ("可拨打96110咨询或110报警", "call 999 or 101").
const DIAL_BEFORE =
  /(拨打|请拨|拨|打|致电|回电|回拨|联系|报警|\bcall\b|\bdial\b|\bring\b)\s*[:：]?\s*(?:\+?\d[\d -]*[\u4e00-\u9fff]{0,2}\s*(?:或者?|和|及|、|\/|\bor\b|\band\b)\s*)?$/i;

// … nor the line a sender says it will call from ("工作人员将在2个工作日内通过400…与您联系，请留意来电", "we will
// call you from 0800…"): a call announced by whoever signs the message, not a caller ID the reader reports.
const ANNOUNCED_BEFORE = /(将|会|稍后|即将)[^，,。]{0,16}(通过|用|使用|以)\s*$|\bwe('ll| will)\b[^.]{0,20}\bfrom\s*$/i;
const ANNOUNCED_AFTER = /^\s*(与|和|给|向)(您|你)(联系|回电|致电|来电)/;

/** Is the number at text[start, end) shown on an incoming call? */
export function incomingCallAt(text: string, start: number, end: number): boolean {
  if (!INCOMING_CALL.test(text.slice(Math.max(0, start - 20), Math.min(text.length, end + 14)))) return false;
  // (Read only for the few numbers the call words are near: the dial verb's list is the costlier pattern.)
  if (DIAL_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  return (
    !ANNOUNCED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
    !ANNOUNCED_AFTER.test(text.slice(end, end + 6))
  );
}

// A personal mobile given as the line to verify on, in a message that speaks as an institution ("本行", "our bank") or
// names an impersonation ("如有人冒充本行，请立即拨打<mobile>核实", session 33): banks, platforms and the police verify
// on their published hotlines and short codes (95xxx, 400, 96110), never on someone's mobile, so the mobile poses as
// the institution's own line. (The dial verb right before the number; a verify word beside it.)
const INSTITUTION_VOICE =
  /本行(?!业)|我行|本公司|我司|本平台|本机构|本中心|冒充|假冒|仿冒|\b(?:our|this) (?:bank|company|platform|branch)\b|\bimpersonat|\bpretending to be\b|\bposing as\b/i;
const VERIFY_DIAL_BEFORE =
  /(拨打|撥打|请拨|請撥|致电|致電|回电|回電|联系|聯繫|聯絡|\bcall\b|\bring\b|\bphone\b|\bcontact\b)[^，,。.!?]{0,6}[:：]?\s*$/i;
const VERIFY_WORD = /核实|核實|核对|核對|确认|確認|验证|驗證|查证|查證|\bverify|\bconfirm|\bcheck\b/i;

/** Is the number at text[start, end) the line a message that speaks as an institution sends the reader to verify on? */
export function verifyLineAt(text: string, start: number, end: number): boolean {
  if (!VERIFY_DIAL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const around = text.slice(Math.max(0, start - 16), Math.min(text.length, end + 12));
  return VERIFY_WORD.test(around) && INSTITUTION_VOICE.test(text);
}

// One pattern per brand index, built on first use.
const brandPatterns = new WeakMap<BrandIndex, RegExp>();

function brandPattern(brand: BrandIndex): RegExp {
  let re = brandPatterns.get(brand);
  if (!re) {
    const esc = (a: string) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const parts = [
      ...brand.unicodeAliases.map(esc),
      ...brand.asciiAliases.map((a) => `(?<![a-z0-9])${esc(a)}(?![a-z0-9])`),
    ];
    re = parts.length ? new RegExp(parts.join('|'), 'i') : /(?!)/;
    brandPatterns.set(brand, re);
  }
  return re;
}

/** Does the message name the brand (its Chinese name or aliases, Latin ones as whole words)? */
export function mentionsBrand(text: string, brand: BrandIndex): boolean {
  return brandPattern(brand).test(text);
}

// A chat id or e-mail address given as a contact: a label (WeChat, QQ, WhatsApp, Telegram, LINE, e-mail) and an id
// after it, or an address. Read on the normalised words (薇信/V信 already 微信); the brand lists no such contact, so
// one beside its official numbers is no notice of the brand. Not the platform's own account pages (公众号, 小程序) or
// a payment method (微信支付).
const CONTACT_ID =
  /(微信|wechat|weixin|vx|qq|whatsapp|telegram|tg|line|skype|邮箱|email|e-mail)(?!公众号|小程序|支付|转账|群)[号]?(id|号码|账号)?\s*[:：]?\s*@?[a-z0-9][a-z0-9_\-.]{4,}/i;
const EMAIL = /[a-z0-9][a-z0-9._+-]*@([a-z0-9-]+\.)+[a-z]{2,}/gi;

/** Does the text give a chat id or an e-mail address outside the brand's official domains? */
export function unlistedContact(text: string, brand: BrandIndex): boolean {
  if (CONTACT_ID.test(text)) return true;
  for (const m of text.matchAll(EMAIL)) {
    const host = m[1] !== undefined ? m[0].slice(m[0].indexOf('@') + 1).toLowerCase() : '';
    if (![...brand.domains].some((d) => host === d || host.endsWith(`.${d}`))) return true;
  }
  return false;
}

// Words steering the reader off a contact, said right before it ("请勿拨打", "don't call") or right after it ("…已停用",
// "… is busy", "… only takes complaints"). Not a maintenance window ("维护期间", "暂停服务"): genuine notices announce
// those and send the reader to the app.
const DISOWN_BEFORE =
  /(请勿|切勿|不要|别|勿)(再)?(拨打|致电|联系|打|登录|访问)\s*[:：]?\s*$|\b(don't|do not|never) (call|dial|use|visit)\s*$/i;
const DISOWN_AFTER =
  /^[^，,。.;；!！?？]{0,6}(已停用|停用|已经停用|停止使用|已更换|已变更|已更改|已升级|升级中|繁忙|占线|忙线|无法接通|不再使用|不办理|只受理|仅受理|仅限投诉)|^[^,.;!?]{0,8}\b(has changed|has been changed|is busy|is no longer|no longer (works|in use|in service)|is out of service|is not in service|only (takes|handles|deals with|accepts))\b/i;

/** Does the message steer the reader off one of its official contacts (the spans, start and end in pairs, in `text`)? */
export function disownsContact(text: string, spans: readonly number[]): boolean {
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    const end = spans[k + 1]!;
    if (DISOWN_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || DISOWN_AFTER.test(text.slice(end, end + 30)))
      return true;
  }
  return false;
}
