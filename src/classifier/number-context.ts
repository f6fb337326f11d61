// What a run of digits in a message is, read from the words around it: a phone number, or an amount, a date or
// time, a card or ID number, a code, or a reference (order, tracking, meeting, QQ, account …). Only phone numbers
// become items; the rest are prose. Used by extract.ts on the ASCII view of the text (positions unchanged).
import { SERVICE_NUMBER } from './data/service-numbers.ts';
import { CODE_WORDS, luhnOk } from './sensitive.ts';
import { digitsOf } from './phone-key.ts';

export type NumberRole = 'phone' | 'amount' | 'date' | 'code' | 'card' | 'id-number' | 'reference';

// Numbers that are prose by their own shape, blanked before phone candidates are searched (so "2024-05-01 12:30"
// or "5,000.00" never join into a digit run): thousands separators, decimals, money with a currency sign or word,
// dates and clock times.
const PROSE_NUMBERS = new RegExp(
  [
    '(?:[¥$€£]|rmb|cny|usd|hkd|人民币|港币|美元)\\s?\\d[\\d,]*(?:\\.\\d+)?',
    '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?',
    '(?<![\\d.])\\d+\\.\\d+(?![\\d.])',
    '(?:19|20)\\d{2}\\s?[-/.年]\\s?\\d{1,2}\\s?[-/.月]\\s?\\d{1,2}\\s?[日号]?',
    '(?<!\\d)\\d{1,2}[-/月]\\d{1,2}[日号]',
    '(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?-\\s?\\d{1,2}:\\d{2})?',
  ].join('|'),
  'gi',
);
const HAS_PROSE_SHAPE = /[,.:/¥$€£年月]|rmb|cny|usd|hkd|人民币|港币|美元/i;

/** The view with prose numbers' digits replaced by "_" (same length and positions). */
export function blankProseNumbers(view: string): string {
  if (!HAS_PROSE_SHAPE.test(view)) return view;
  return view.replace(PROSE_NUMBERS, (m) => m.replace(/\d/g, '_'));
}

// A unit right after the digits: an amount or a quantity ("3000元", "5万", "12期", "30天").
const UNIT_AFTER =
  /^\s?(?:元|块|万|千|百|亿|角|美元|港币|港元|rmb|yuan|cny|usd|%|个|天|日|期|月|年|笔|次|分钟|小时|秒|人|件|条|位|积分|份|张|台|kg|km|g\b|mb|gb|号(?!码))/i;
// A currency or money word right before the digits.
const MONEY_BEFORE =
  /(?:[¥$€£]|rmb|cny|usd|hkd|人民币|金额|余额|额度|应还|本金|利息|共计|合计|总计|借款|放款|到账|扣款|收入|支出|消费|退款|还款|欠款|amount|balance|limit|total)\s*[:：]?\s*$/i;
// A label naming what the digits identify: order, parcel, meeting, QQ, account, card … (never a phone to call);
// account labels of other languages too (A/c, Vietnamese TK / STK, IBAN, cuenta, conta, Konto, 帳戶 / 戶口).
const REFERENCE_BEFORE = new RegExp(
  `(?:${[
    '单号|运单|订单|编号|会议号?|会议id|会议室|房间号?|qq号?|qq群|群号?|扣扣|微信号|工号|账号|帐号|账户|帐户|卡号|尾号|末四位|流水号|交易号|合同号?',
    '取件码|提货码|取货码|提取码|验证码|校验码|动态码|动态密码|密码|口令|保单号?|案号|票号|车次|航班号?|学号|申请号|业务号|受理号|客户号|会员号',
    '序列号|批次号|凭证号|识别码|邀请码|兑换码|券码|快递|包裹|帳號|帳戶|戶口|\\ba/c|\\bs?tk|\\biban|\\bcuenta|\\bconta|\\bkonto|\\bid|\\bno\\.?|#|\\border|\\btracking|\\bref|\\breference|\\baccount|\\bacct',
    '\\bcard|\\bmeeting|\\bbooking|\\bconfirmation|\\bpolicy|\\binvoice|\\bparcel|\\bpackage|\\bwaybill|\\bmember|\\bpasscode|\\bcode|\\bpin|\\botp',
  ].join('|')})(?:\\s*(?:number|no\\.?|id|#|code))?\\s*[:：#]?\\s*(?:是|为|is)?\\s*$`,
  'i',
);
// Words that say the digits are a number to call or that called: kept even when not a valid number (spoofed).
const PHONE_BEFORE =
  /(?:电话|来电|致电|拨打|回电|回拨|热线|手机|手机号|号码|联系|打给|打来|call|phone|tel|mobile|hotline|from|dial|phone number)\s*[:：]?\s*(?:是|为|is)?\s*$|\b(?:call|ring|dial|text|contact)\b[a-z ]{0,14}$/i;
// A short digit run after code words is a secret (never an item, never echoed).
const CODE_BEFORE = new RegExp(`${CODE_WORDS.source}[^\\d]{0,8}$`, 'i');
const DATE_SHAPE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

export interface RunContext {
  /** Up to 16 characters before the run and 6 after, from the (blanked) view. */
  before: string;
  after: string;
  raw: string;
  /** The message is a meeting invitation (it names a meeting id, passcode or meeting app): see MEETING_MESSAGE. */
  meeting?: boolean;
}

// A meeting invitation: a meeting app or the id / passcode one joins with. Only such a message lists dial-in lines.
export const MEETING_MESSAGE =
  /会议号|会议\s?id|会议密码|入会密码|腾讯会议|飞书会议|钉钉会议|會議號|會議\s?id|會議密碼|騰訊會議|zoom|teams meeting|webex|meet\.google|google meet|(?:meeting|webinar) (?:id|number)|conference id|passcode|access code/i;
// In an invitation, the forms a dial-in line takes (Zoom, Teams, Meet, Webex, Tencent Meeting): a heading before the
// number ("One tap mobile", "Dial by your location", "call in (audio only)", "根据您的位置拨号", "一键拨号入会"), or
// after it the meeting id keyed in (",,845…#"), the country it rings in (" US (San Jose)", " (中国香港)") or the
// words "to join" (入会 / 参会).
const INVITE_DIAL_BEFORE =
  /(one tap mobile|dial by your location|call in|audio only|dial-in numbers?|一键拨号|拨号入会|根据您的位置拨号|拨入号码|撥入號碼|撥號入會)[^\d]{0,8}$/i;
// (… or the meeting's id keyed in next: "dial +49 … and enter 965 …#", "拨打 … 后输入会议号".)
const INVITE_DIAL_AFTER =
  /^(?:,,|\s?(?:[A-Z]{2}\b|\(|入会|参会|电话入会|加入会议|(?:and|then) e|后输入|并输入|再输入))/;

/** What the digit run `raw` is, from its shape and the words around it. */
// A conference dial-in: a number to join a meeting by phone, not a caller (often abroad, in genuine invitations).
const DIAL_IN_BEFORE = /(拨入|撥入|电话入会|\bdial[- ]?in\b|\bjoin by phone\b|\bby phone\b)[^\d]{0,8}$/i;

// The rest of an id whose head mixes capitals and digits ("parcel 33QXY 0041 2290", "SF12AB 3345 6789"): the run
// continues that id, it is no number to call (a phone follows a word, a colon or a sign; a chat id is lower case).
const ID_HEAD_BEFORE = /(?:^|[\s:：#])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])[A-Z0-9-]{4,} $/;

// Digits explained as a prefix or segment ("170 开头的号码", "+852 打头"): a kind of number named, not a number.
const PREFIX_AFTER = /^\s?["”]?\s?(?:开头|打头|起头|字头|前缀|号段)/;

export function numberRole({ before, after, raw, meeting }: RunContext): NumberRole {
  if (DIAL_IN_BEFORE.test(before) || PREFIX_AFTER.test(after)) return 'reference';
  if (meeting && (INVITE_DIAL_BEFORE.test(before) || INVITE_DIAL_AFTER.test(after))) return 'reference';
  const digits = digitsOf(raw);
  const prefixed = /^(\+|00)/.test(raw);
  if (UNIT_AFTER.test(after) || MONEY_BEFORE.test(before)) return 'amount';
  if (DATE_SHAPE.test(raw) || (COMPACT_DATE.test(digits) && !PHONE_BEFORE.test(before))) return 'date';
  if (digits.length <= 8 && CODE_BEFORE.test(before)) return 'code';
  if (/^\d{17}[\dXx]$/.test(digits)) return 'id-number';
  // Card numbers (106 SMS ports are as long, but never Luhn-valid by design).
  if (digits.length >= 13 && digits.length <= 19 && !prefixed && !/^(86|106)/.test(digits) && luhnOk(digits))
    return 'card';
  if (REFERENCE_BEFORE.test(before) && !PHONE_BEFORE.test(before)) return 'reference';
  if (!raw.startsWith('+') && ID_HEAD_BEFORE.test(before) && !PHONE_BEFORE.test(before)) return 'reference';
  if (!prefixed && digits.length < 7 && !SERVICE_NUMBER.test(digits)) return 'reference';
  // "00852", "+63": a country prefix named on its own ("…开头的来电"), not a number (the fake "+96110" is one).
  if (prefixed && digits.replace(/^00/, '').length < 6 && !/96110$/.test(digits)) return 'reference';
  return 'phone';
}
