// Requests whose words the grammar missed (session 24), each as a family of forms: money paid in at a bank in Cantonese
// (入錢到佢哋指定戶口) is a transfer to someone's account; a "flow-through" deposit (冲流水) before a loan is approved is
// a lender's invented fee; a card shown to a camera (展示…CVV) is told as surely as read out; a browser extension is
// an app installed from a message; the phone itself handed to whoever the caller names is control of it; "不要跟任何人
// 讲" is the secrecy lever; "I'll send the account for the payment" names someone's account with its sending; money
// "received by mistake" asked back is the refund-by-mistake script; a fee "given first" (先给, Cantonese 先俾) to release
// recovered money is paid; the store's version called out of date beside the sender's own download is a side-load.
// The telecom regulator is an authority ("Department of Telecommunications: … share your Aadhaar"). A fee called a
// payment "required before disbursement" is a loan fee, its passive ("is required") asked, not told.
// Counter-properties: the same words at a checkout, a counter, a store, a surprise party.
// Both brands, the rules alone; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const DEPOSIT_ZH = fc
  .tuple(
    pick(['海關', '入境處', '警務處']),
    pick(['話你有包裹有問題', '話你護照被人冒用']),
    pick(['，要你去銀行入錢到佢哋指定戶口', '，你要即刻入錢到我哋指定嘅戶口做擔保']),
    pick(['。', '，唔好同任何人講。', '，今日之內。']),
  )
  .map((parts) => parts.join(''));
const FLOW_FEE = fc
  .tuple(
    pick(['您的贷款审核未通过，', '放款前需要验证还款能力，', '系统显示流水不足，']),
    pick(['需要转账冲流水', '请先转账冲流水', '需转入5000元冲流水']),
    pick(['两次才能放款。', '，完成后才能通过审核。', '，冲完即可到账。']),
  )
  .map((parts) => parts.join(''));
const SHOW = fc
  .tuple(
    pick(['客服提醒：', '工作人员将与您视频核验，', '']),
    pick(['请开启摄像头并展示银行卡正反面及CVV。', '请对着镜头展示卡背面的安全码。', '请向专员展示收到的验证码。']),
  )
  .map((parts) => parts.join(''));
const EXTENSION = fc
  .tuple(
    pick(['Bank reward: ', 'You won a prize! ', 'Loyalty points expiring: ']),
    pick(['install this browser extension', 'add our plug-in to your browser and install it', 'install the extension']),
    pick([' to claim your reward.', ' to redeem your points.', ' to collect the prize today.']),
  )
  .map((parts) => parts.join(''));
const HAND_PHONE = fc
  .tuple(
    pick(['This is customer service. ', 'Wallet security here. ']),
    pick(['Go to the nearest agent and hand them your phone', 'Find a shop nearby and give them your phone']),
    pick([' so I can speak to them.', ' so we can block the fraud.']),
  )
  .map((parts) => parts.join(''));
const ACCOUNT_SENT = fc
  .tuple(
    pick(['Officer Reyes, district court: there is a warrant in your name.', 'Tax office: you owe a penalty on last year\'s return.']),
    pick([' It can be settled today;', ' Pay it before 5 pm;', ' Clear it now;']),
    pick([" I'll send the account for the payment.", ' we will send you the account number.', " I'll send you our account."]),
  )
  .map((parts) => parts.join(''));
const RECEIVED_BACK = fc
  .tuple(
    pick(['You received', 'Your wallet received', 'You have received']),
    pick([' KES 3,000', ' Rp 2,000,000', ' 500 pesos']),
    pick([' by mistake from our platform.', ' in error from my account.']),
    pick([' Return it to this account today.', ' Please return the money to this number.']),
  )
  .map((parts) => parts.join(''));
const FEE_FIRST = fc
  .tuple(
    pick(['网警通知：您被骗的钱已追回，', '網罪科：閣下被騙嘅款項已追返，', '退款中心：您的理赔已通过，']),
    pick(['需先给5%手续费', '你要先俾3,000元手續費', '请先给一笔保证金']),
    pick(['才能解冻退款。', '先可以解凍退款。', '，款项随即到账。']),
  )
  .map((parts) => parts.join(''));
const STORE_OUTDATED = fc
  .tuple(
    pick(['应用商店里的是旧版，', '商店里的是旧版用不了，']),
    pick(['请用我发的地址下载新版。', '请下载我发的新版客户端。']),
  )
  .map((parts) => parts.join(''));
const STORE_OUTDATED_EN = fc
  .tuple(
    pick(['Tap the link below to get the new app,', 'Use the link we sent to get the latest version,']),
    pick([' the Play Store version no longer works.', ' the app store version is outdated.']),
  )
  .map((parts) => parts.join(''));
const TELECOM = fc
  .tuple(
    pick(['Department of Telecommunications: ', 'Telecom department notice: ']),
    pick(['your number will be cut off tonight.', 'all services on your SIM will be suspended.']),
    pick([' Share your Aadhaar number to stop it.', ' Reply with your ID number and address to keep it active.']),
  )
  .map((parts) => parts.join(''));
const BEFORE_DISBURSEMENT = fc
  .tuple(
    pick(['Your loan of $5,000 is approved.', 'Congratulations, your personal loan was approved.']),
    pick([' A one-time insurance payment of $150 is required', ' An upfront payment of 2% must be paid', ' A collateral deposit is required']),
    pick([' before disbursement.', ' prior to disbursement.', ' before disbursement today.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '結帳時請向收銀員展示付款碼。',
  '入场时请展示电子门票二维码。',
  '请在柜台展示身份证原件办理。',
  '我已经入钱到自己的户口了，明天再转。',
  '这件事不要跟任何人说，我们给你一个惊喜，周六生日会！',
  '订单取消后，款项将全部退回原支付账户。',
  '还款后额度将全部退回，可再次借款。',
  'If you received money by mistake, do not return it yourself; your bank will reverse it.',
  'We will send you the account statement by email each month.',
  '我先给你发个定位，到了打电话。',
  '请前往应用商店下载官方App，旧版已停止维护。',
  'Department of Telecommunications: new rules on SIM registration apply from 1 January. Details at dot.gov.in.',
  'Law enforcement agencies will never ask you to share your Aadhaar number over the phone.',
  'Your car insurance payment of $150 is due on 5 Dec; pay in the app.',
  'A deposit is required to confirm your booking.',
  'Your loan is approved. No upfront payment is required; the money is disbursed today.',
  'Update the app from the App Store; old versions will stop working on 1 March.',
  '应用商店里的旧版本将于下月停用，请在应用商店更新至最新版。',
  '先给孩子交了学费，剩下的钱下个月再说。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`request words of session 24 (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['money paid in to their account (Cantonese)', DEPOSIT_ZH],
        ['a flow-through deposit before a payout', FLOW_FEE],
        ['a card or code shown to a camera or a caller', SHOW],
        ['a browser extension installed for a prize', EXTENSION],
        ['the phone handed to whoever the caller names', HAND_PHONE],
        ['a payment to the account the sender will send', ACCOUNT_SENT],
        ['money "received by mistake" asked back', RECEIVED_BACK],
        ['a fee paid first (先给 / 先俾) to release recovered money', FEE_FIRST],
        ["the store's version called out of date, the sender's installed (zh)", STORE_OUTDATED],
        ["the store's version called out of date, the sender's installed (en)", STORE_OUTDATED_EN],
        ['an ID asked under a telecom regulator', TELECOM],
        ['a payment "required" before a loan is disbursed', BEFORE_DISBURSEMENT],
      ],
      'dangerous',
      30,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
