// `official` is strict by design: a scam wearing the brand — its sender tag, its name, its hotline or domain beside
// the request — is never vouched for. Official only when every channel in the message is the brand's own and nothing
// in it asks for what no real service asks (check.ts rulesVerdict, concepts.ts asksAction). Lines written for this
// test from the forms police and banks warn of (a request under the brand's tag, a second number beside the hotline,
// a lookalike or a shortener beside the domain, a "new channel", a call-back with a code, a fee, a caller to obey),
// filled for the demo brand and the second fictional one; the brand's genuine notices stay official.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { placeholders } from '../field/messages-corpus.ts';

/** Scams wearing the brand: `{brand}`, `{brand_en}`, `{hotline}`, `{domain}`, `{sender}` filled per brand. */
export const BRAND_SPOOFS: readonly string[] = [
  // the sender tag over a request for data, a code or a password
  '【{brand}】您的账户存在异常，请回复身份证号和银行卡号以便核实，客服{hotline}。',
  '【{brand}】您的额度已冻结，请在24小时内回复姓名+身份证号解冻，详询{hotline}。',
  '【{brand}】您已获得提额资格，回复您的验证码即可激活，客服{hotline}。',
  '【{brand}】客服{hotline}温馨提示：回复本短信您的银行卡密码，即可完成年度核验。',
  '【{brand}】官方客服{hotline}提醒：为防诈骗，请勿告诉他人，直接把收到的验证码回复本短信即可。',
  '[{brand_en}] Your account is locked. Reply with your full card number and PIN to unlock. Helpline {hotline}.',
  '[{brand_en}] Your account has been flagged. Reply with your full name, date of birth and card number to verify. Helpline {hotline}.',
  // the hotline beside a second number
  '【{brand}】客服热线{hotline}正忙，专属顾问手机13812345678为您办理注销。',
  '{brand}官方客服{hotline}，或直接拨打理赔专线021-55550000办理退款。',
  '【{brand}】您的征信有误需修复，请致电{hotline}或专员热线400-812-3366。',
  '[{brand_en}] Official notice: call our new refund line +44 20 7946 0000 today. Old hotline {hotline}.',
  '{sender}【{brand}】您的会员服务将自动扣费，取消请拨打 0755-86660000。',
  // the domain beside a lookalike or a shortener
  '【{brand}】您有一笔退款待领取，请登录 {domain} 或 http://{brand_en}-refund.top 办理。',
  '【{brand}】账户升级请访问官网 {domain}，或点击 https://t.cn/A6xYz9 快速完成。',
  '【{brand}】官网{domain}维护中，请暂时前往 {domain}.verify-center.top 登录核验。',
  '[{brand_en}] Verify at {domain} or at the faster link https://bit.ly/3xYzAbc to avoid suspension.',
  '[{brand_en}] Your refund is waiting at {domain}-claims.com. Official site {domain}.',
  // a "new" channel: a chat account, an app, a caller on another number
  '【{brand}】为保障资金安全，请添加官方客服微信 axj-kefu88 办理，热线{hotline}。',
  '【{brand}】本平台已启用新的客服通道，请以后联系QQ 2813306702，旧热线{hotline}停用。',
  '【{brand}】官方客服提醒：请下载“{brand}安全助手”App完成身份核验，客服{hotline}。',
  '[{brand_en}] We have moved support to WhatsApp: +1 415 555 0199. Hotline {hotline} is closed.',
  '[{brand_en}] Official: add our account manager on Telegram @{brand_en}_vip to claim your refund. Hotline {hotline}.',
  '【{brand}】您的借款出现异常，稍后会有专员用其他号码联系您，请按其指引操作，客服{hotline}。',
  '[{brand_en}] A specialist will contact you shortly. Please follow their instructions. Support {hotline}.',
  // a call-back with a code
  '【{brand}】请回电{hotline}，并向坐席报出您收到的6位动态码完成身份确认。',
  '[{brand_en}] Please call us back on {hotline} and have your one-time passcode ready for the agent.',
  // a fee, a deposit, money to another account
  '【{brand}】您的借款已审批，放款前需缴纳账户管理费300元，请联系客服{hotline}缴纳。',
  '【{brand}】您被选为VIP用户，可开通大额通道，开通费用199元，详询{hotline}。',
  '【{brand}】您申请的借款需验资，请向指定账户转入流水5000元，完成后全额退还，客服{hotline}。',
  '[{brand_en}] Your loan is ready. A refundable deposit of $200 is required before payout. Contact {hotline} to pay.',
  '[{brand_en}] Log in at {domain} and transfer your balance to the holding account our agent gives you. Helpline {hotline}.',
  // a crime pretext and secrecy under the official hotline
  '【{brand}】官方客服{hotline}：您的账户涉嫌洗钱，需配合调查，请勿告诉家人。',
];

/** The brand's own notices, naming only its channels: official. */
const BRAND_NOTICES: readonly string[] = [
  '【{brand}】您的投诉已受理，工作人员将在2个工作日内通过{hotline}与您联系，请保持电话畅通。',
  '【{brand}】您申请的上门签约服务已预约成功，工作人员将于12月3日上门，客服{hotline}。',
  '【{brand}】验证码 604117，切勿告诉任何人。如非本人操作请致电 {hotline}。',
  '[{brand_en}] Your statement is ready at {domain}. Questions: {hotline}.',
];

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const vars = placeholders(brand);
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]!);

  describe(`a scam wearing ${brand.name.en} is never official`, () => {
    it.each(BRAND_SPOOFS.map(fill))('%s', (text) => {
      expect(classifier.check(text).verdict).not.toBe('official');
    });
  });

  describe(`${brand.name.en}'s own notices stay official`, () => {
    it.each(BRAND_NOTICES.map(fill))('%s', (text) => {
      expect(classifier.check(text).verdict).toBe('official');
    });
  });
}
