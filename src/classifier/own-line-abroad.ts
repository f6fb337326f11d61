// A relative's or friend's own number abroad (session 38, genuine-forms38 `personal-chat`): the writer says where they
// are ("我到悉尼了", "I'm in Spain for work") and gives their own number there in its international form ("新号码是
// +61 …", "the number to ring me is +34 …"). The overseas rule (phone.ts) holds for a platform's service; a number the
// writer gives as their own, whose calling code is the place they say they are in, is theirs. Read only of a message
// that asks nothing (check.ts) and names no money, code, link or trouble: the "Hi mum, new number" scam asks for a
// bill paid, money sent or a code, or tells of a phone lost, a wallet stolen, a hospital. Pure.
import type { Extracted } from './extract.ts';
import { leadingCallingCode } from './phone-parse.ts';
import { placeNamed } from './local-report-line.ts';
import type { Places } from './places.ts';

/** The writer's own number just before it ("新号码是", "我的电话", "the number to ring me is", "local SIM:"), or their
 *  new line named by the place's phone ("这边新办的手机号", "日本手機", "my Korean number is"; session 39). */
const OWN_BEFORE =
  /(新[号號]碼?|新号码?|新(办|辦)?的?(手机|手機)[号號]|我的(手机)?号码?|我的電話|我的电话|我(现在)?的?号|当地(的)?(号码?|手机卡|电话卡)|本地(号码?|卡)|打这个|(手机|手機|电话卡|電話卡)[，,]?\s*(号码|號碼)?(是|：|:)?|\b(my (\w+ )?(number|mobile|cell|phone)|new number|local (sim|number)|(ring|call|reach|text|whatsapp) me( on| at)?|number to (ring|call|reach) me)\b)[^\d+]{0,24}$/iu;
const OWN_REACH = 40;

/** Money, a code, a link, or the scam's trouble: then the number is no relative's plain new line. */
const TROUBLE =
  /转账|转我|转给|汇款|汇给|打钱|借钱|借我|借点|垫付|付款|缴费|费用|账单|验证码|链接|出事|被抓|医院|住院|急用|着急|别告诉|不要告诉|\b(pay|paid for|payment|money|transfer|wire|lend|loan|bill|fee|cash|urgent|urgently|code|link|stuck|stolen|robbed|lost my|hospital|arrested|don'?t tell)\b|https?:|www\./i;

/** Is the overseas number `f` (E.164 `normalized`) the writer's own, in the place the message says they are in
 *  (`places`: the cities people name, content/places.yaml)? */
export function ownLineAbroad(text: string, f: Extracted, normalized: string, places: Places): boolean {
  if (!normalized.startsWith('+') || TROUBLE.test(text)) return false;
  if (!OWN_BEFORE.test(text.slice(Math.max(0, f.start - OWN_REACH), f.start))) return false;
  const code = leadingCallingCode(normalized.slice(1));
  return code !== undefined && placeNamed(text, code, places);
}
