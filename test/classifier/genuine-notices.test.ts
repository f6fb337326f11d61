// A genuine notice never reaches `dangerous`: one that describes a legal step or a freeze and sends the reader in
// person to the authority's own counter, a court fee paid at its own platform or counter, a PIN keyed in at the bank's own ATM, what the sender will never ask, a
// tactic retold ("whoever calls asking …, hang up"), a debit or a repayment with a card tail, a group's rule
// forbidding posts, money that cannot come back out, a carrier's fee paid where it takes it, messages disowned, a call
// the reader hung up on, a trick narrated, money deposited (past tense), a payment service's own link, a biller's own
// site, a lender's recovery from the next deposit, a third party's request told, an anti-fraud slogan's refusals
// ("不听、不信、不转账"), a trading partner's statement of account, a conditional warning ("if the person … asks for",
// "if a text says"), a fee paid in the carrier's own channel named after it. Templates written for
// this test (no corpus line), filled with any amount, date, card tail and legal word (fast-check).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { classifier } from '../helpers/content.ts';

vi.setConfig({ testTimeout: 60_000 });

const ZH_TEMPLATES: readonly string[] = [
  '【{court}】您名下尾号{tail}的银行账户已依法{legal}，详情见裁定书，可于{date}前到本院立案窗口查询。',
  '【{court}】您的{legal}案件已受理，请携带身份证于{date}到本院诉讼服务中心领取文书。',
  '【{court}】请于{date}前缴纳案件受理费{amount}元，可通过人民法院在线服务平台或到本院诉讼服务中心办理。',
  '【{court}】您的诉讼费{amount}元尚未缴纳，请在{date}前到本院诉讼服务中心窗口缴纳，逾期按规定处理。',
  '【安心借】您本期应还{amount}元，将于{date}从尾号{tail}的银行卡自动扣款，请确保余额充足。',
  '【安心借】您的借款已逾期，我司已依法{legal}，后续以法院文书为准，详询400-000-0000。',
  '社区提醒：谁打电话说要你开屏幕共享、要验证码、要转{amount}元，直接挂，有疑问打96110。',
  '【某银行】您尾号{tail}的卡于{date}支出{amount}元。本行不会以任何理由向您索要验证码。',
  '【某银行】新卡已寄出，收到后请在ATM上输入密码激活，尾号{tail}，如有疑问请拨打卡背面客服电话。',
  // session 17: a group's rule forbidding posts; money that cannot come back out, told by family after the police
  '群公告：本群禁止发布刷单、兼职和{legal}相关广告，违者移出，{date}起执行。',
  '妈，民警{date}来社区讲了，那种平台是假的，钱转进去提不出来，{amount}块也别投。',
  // session 18: a call the reader hung up on, or checked and found out as fraud
  '我{date}接到自称{court}的电话，说要帮我转接警察处理{legal}，我直接挂掉打110问，果然是诈骗。',
  '我查过了，尾号{tail}那张卡的保障服务是免费的，刚才那个说要帮我取消、要我转{amount}元的电话就是骗子。',
  // session 19: a code sent to the reader, kept ("有事先问我"); a credit reported (已汇入 / 到账了); one's own password
  // keyed into the sender's own app; a link the reader is told not to open
  '妈，银行{date}给你发的验证码千万别告诉别人，说是银行的也不行，有事你先问我。',
  '【{court}】您的退费{amount}元已于{date}汇入指定账户，请自行查询。',
  '老婆，退税到账了，{amount}块，直接退到我工资卡上，不用点什么链接。',
  '公司通知：{date}工资条已在企业微信中发布，查看需输入个人密码，财务不会私信索要卡号。',
  '反诈民警提醒：“{legal}通知”的短信链接不要点，尾号{tail}的卡有问题请打卡背面电话。',
  // session 20: the anti-fraud slogan's list of refusals under a police header, in simplified, traditional and mixed
  // English; a trading partner's statement of account settled to the company's own account
  '派出所提示：遇到让您转账{amount}元的电话，不听、不信、不转账，不共享屏幕。',
  '民警提醒：{date}起冒充客服的电话增多，陌生链接不点、陌生App不下、不开屏幕共享。',
  '警方提醒：網購後接到「客服」來電，可疑連結不點、不明App不裝、不開螢幕分享，尾號{tail}的卡有問題請撥卡背面電話。',
  '公安提醒：驗證碼不說、陌生連結不點、不下載會議App，{legal}一類的通知請到官方櫃台查詢。',
  'Police tip 民警提醒: 陌生link不点、不明app不下、不开screen sharing，涉及{amount}元的转账先问家人。',
  '老板，这是{date}的对账单：货款{amount}，已付一部分，余款下周一打到公司对公户。',
  '王总，对账单发您邮箱了，尾款{amount}请安排财务{date}前转到公司对公账户。',
];
const EN_TEMPLATES: readonly string[] = [
  'Your new card ending {tail} has arrived. Enter your PIN at any ATM to activate it.',
  'Card ending {tail}: USD {amount} was debited on {date}. We will never ask for your PIN or a one-time code.',
  'Notice from the court: the account ending {tail} is subject to a {legal} order dated {date}. Details at the court registry counter.',
  // session 17: a carrier's fee paid where it takes it; an account number after a foreign label; messages disowned
  'Customs: a duty fee of EUR {amount} is due on your parcel {tail}. We have left a card; pay the fee at the post office counter by {date}.',
  'Your parcel {tail} is held: import charges of USD {amount} are due. Pay them to the courier on delivery on {date}.',
  'VCB: TK 00710001{tail}0 -{amount}VND on {date}. Ref: rent.',
  'Texts asking you to install an APK or pay a {legal} fee are not from us. Card ending {tail}.',
  // session 18: a trick narrated as its subject; money a payer deposited, in the past tense; a payment service's request
  'Police tip: the "hi mum" trick starts with a new number and ends with a request to transfer EUR {amount}. Call your child on the old number.',
  'The tax office deposited the {legal} refund of USD {amount} on {date}. It showed up in the account ending {tail}, nothing to do.',
  'Tikkie from Anna: EUR {amount} for dinner on {date}. Pay via tikkie.me/pay/Anna/{tail}',
  // session 19, the same classes in several regions' English: a credit reported, a code the reader keeps, one's own
  // password in the sender's own app, a link the reader is told not to open
  'HMRC: your tax refund of GBP {amount} was paid into your nominated bank account on {date}. There is nothing you need to do.',
  'ATO: your refund of AUD {amount} has been deposited to your nominated account ending {tail}.',
  'Mum, the bank sent you a code on {date}. Do not tell it to anyone, even someone who says they are the bank. Ask me first.',
  'Your payslip for {date} is ready: enter your own password in the Workday app to view it.',
  'Police tip (India): links in texts about a {legal} on card {tail}, do not click them. Check in your bank app.',
  // session 19: a fee paid at the biller's own site; a lender's recovery from the next deposit;
  // a broadcast telling a third party's request; a payee checked first; a parcel collected with ID (US, Kenyan,
  // Irish, Singaporean, British English)
  'Harbour Post: customs charges of EUR {amount} are due on parcel {tail}. Pay online at harbourpost.com using the tracking number.',
  'Your overdraft of KES {amount} is due on {date}. It will be recovered automatically from your next deposit.',
  'Garda warning: fake bank staff call and ask you to move EUR {amount} to a "safe account". Hang up and ring your bank.',
  'Scam alert: criminals send texts saying parcel {tail} is held and ask you to pay a {legal} fee at a link. We never do this.',
  'Some residents got calls from "police" telling them to transfer SGD {amount} to a safe account on {date}. This is a scam.',
  'Before you send money on PayNow, make sure you know who you are paying: SGD {amount} cannot be reversed.',
  'Your parcel {tail} is at the Post Office. Collect it with photo ID by {date}.',
  // session 20: a conditional warning with a long pretext before the ask, or about a message ("if a text says …");
  // unlicensed lenders' tactic told; a fee named in one sentence and paid in the carrier's own channel in the next, or
  // on the sender's site named by its name (Japanese, Australian, South African, New Zealand, Israeli, Sri Lankan English)
  'LINE: this chat is not from a friend. If the person says they are from the tax office or your bank and asks for a {legal} payment of JPY {amount} or an app install, tap Report.',
  'Westpac: if somebody who calls about card {tail} claims to be from our fraud team and wants you to install an app, hang up.',
  'If a text says parcel {tail} will be returned unless you pay a fee of AUD {amount}, do not tap anything. Track it in the courier\'s own app.',
  'If an email threatens a {legal} on account {tail} unless you confirm your details, ignore it and log in to online banking yourself.',
  'Reserve Bank: unlicensed lenders ask for a fee of ZAR {amount} before releasing a loan on {date}. Report them.',
  'NZ Post: parcel {tail} has customs charges of NZD {amount} to pay. Pay in the NZ Post app or at the counter when you collect it.',
  'Sri Lanka Post: parcel {tail} is held. A customs charge of LKR {amount} applies; pay it on the Sri Lanka Post website or at the counter by {date}.',
];
const ZH_LEGAL = ['冻结', '查封', '提起诉讼', '申请强制执行', '扣划'];
const EN_LEGAL = ['freeze', 'garnishment', 'judgment', 'enforcement'];

const filled = (templates: readonly string[], legal: readonly string[], dates: fc.Arbitrary<string>) =>
  fc
    .record({
      template: fc.constantFrom(...templates),
      court: fc.constantFrom('XX区人民法院', 'XX市中级人民法院', 'XX区人民法院执行局'),
      legal: fc.constantFrom(...legal),
      amount: fc.integer({ min: 1, max: 999_999 }).map(String),
      tail: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
      date: dates,
    })
    .map(({ template, ...v }) => template.replace(/\{(\w+)\}/g, (_, k: string) => v[k as keyof typeof v]));

const zhDate = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m}月${d}日`);
const enDate = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom('Jan', 'Mar', 'Jun', 'Dec')).map(([d, m]) => `${d} ${m}`);

describe('a genuine notice is never dangerous', () => {
  it.each([
    ['zh', filled(ZH_TEMPLATES, ZH_LEGAL, zhDate)],
    ['en', filled(EN_TEMPLATES, EN_LEGAL, enDate)],
  ] as const)('%s', (_, notices) => {
    fc.assert(
      fc.property(notices, (text) => {
        expect(classifier.check(text).verdict, text).not.toBe('dangerous');
      }),
      { numRuns: 300 },
    );
  });
});
