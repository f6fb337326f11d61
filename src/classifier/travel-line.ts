// A travel provider's own line abroad (session 39, genuine-forms39 `travel`): an airline's, hotel's or property's
// notice of the reader's booking (a flight retimed, a reservation confirmed) gives its reservations line in the
// country it serves ("call our reservations team on +852 2747 …", "訂位專線 +886 2 …", "Property phone: +81 3 …").
// The overseas rule (phone.ts) holds for a domestic platform's service; a landline or service number whose calling
// code is a place the booking names, given as the line to call, is the provider's. Read only of a message that asks
// nothing (check.ts) and names no money to pay or refund, compensation, code, card, link or chat: the fake airline's
// "rebooking fee" and "compensation", the hotel's "confirm your card", and a mobile given as a desk keep the rule.
import type { Extracted } from './extract.ts';
import { leadingCallingCode, numberType, parsePhone } from './phone-parse.ts';
import { placeNamed } from './local-report-line.ts';
import type { Places } from './places.ts';

/** A booking's words: a flight, an airline, a hotel or property, a reservation. */
const TRAVEL =
  /航班|航空|班機|班机|机票|機票|订位|訂位|酒店|飯店|饭店|旅馆|旅館|民宿|\b(flights?|airlines?|airways|hotel|property|reservations?|booking|itinerary|check-in)\b/i;

/** Money, a code, a card, a link or a chat, or a traveller's trouble (stolen, stranded, arrested): then the number is
 *  no provider's plain line (a relative "stuck at the hotel, call me on its line" is the stranded-traveller script). */
export const TROUBLE =
  /费|費|付款|支付|缴|繳|转账|轉帳|汇款|匯款|退款|退票|退费|赔|賠|补偿|補償|理赔|验证码|驗證碼|卡号|卡號|银行卡|銀行卡|密码|密碼|链接|連結|微信|qq|加\s*line|line\s*id|telegram|whatsapp|出事|被抢|被偷|被抓|住院|借钱|\b(fees?|charges?|pay|paid|payment|transfer|wire|refunds?|compensation|claim|code|card|cvv|password|verify|confirm your|gift|link|https?|money|stolen|robbed|stuck|stranded|arrested|hospital|lend)\b|www\./i;

/** The number given as a line to call ("call our reservations team on", "訂位專線", "Property phone:"). */
const LINE_BEFORE =
  /(热线|熱線|专线|專線|电话|電話|致电|致電|拨打|撥打|联系|聯絡|\b(call|phone|tel|line|desk|reservations|contact)\b)[^\d+]{0,30}$/i;
const LINE_REACH = 48;

/** The library's types of a provider's own line: landlines and service numbers, never a mobile. */
export const SERVICE_TYPES: ReadonlySet<string> = new Set(['FIXED_LINE', 'TOLL_FREE', 'SHARED_COST', 'UAN']);

/** Is the overseas number `f` (E.164 `normalized`) a travel provider's own line in the place its booking names? */
export function travelLine(text: string, f: Extracted, normalized: string, places: Places): boolean {
  return TRAVEL.test(text) && lineInNamedPlace(text, f, normalized, LINE_BEFORE, SERVICE_TYPES, places);
}

/** Is the overseas number `f` (E.164 `normalized`) given as a line (`lineBefore` reads the words just before it), of
 *  one of the library's `types`, in a place the message names (`places`: content/places.yaml), with no trouble said? The one reading of a provider's
 *  line abroad, for a booking here and for any sender (place-line.ts). */
export function lineInNamedPlace(
  text: string,
  f: Extracted,
  normalized: string,
  lineBefore: RegExp,
  types: ReadonlySet<string>,
  places: Places,
): boolean {
  if (!normalized.startsWith('+') || TROUBLE.test(text)) return false;
  if (!lineBefore.test(text.slice(Math.max(0, f.start - LINE_REACH), f.start))) return false;
  const parsed = parsePhone(normalized);
  const type = parsed && numberType(parsed);
  if (!type || !types.has(type)) return false;
  const code = leadingCallingCode(normalized.slice(1));
  return code !== undefined && placeNamed(text, code, places);
}
