// Session 31 (issue 10, precision by mechanism): genuine notices that reached `dangerous` by one PATH, and the scams
// that share their words and must keep their verdict. Path "own-site wording": a sign-in / account / identity notice
// signed with a service's name whose only contact is that service's own site ("PayPal: … log in at paypal.com …"),
// raised to dangerous by the wording model alone (no scam-language hit of the rules; check.ts ownSiteOnly). Every line
// was written afresh for this table after the public source named in its group (`source`); none comes from the field
// corpus. The counters are phishing texts as the warnings quote them: a lookalike or unsigned link, or a phone or chat
// channel beside the genuine site.
import type { GenuineForm } from './genuine-forms24.ts';

const g = (kind: GenuineForm['kind'], source: string, ...texts: string[]): GenuineForm[] =>
  texts.map((text) => ({ kind, text, source }));

/** Genuine notices on the own-site path: the en lines reached `dangerous` before session 31 (the wording model's raise
 *  beside a request); the zh lines are the same notices in Chinese, which the path never raised. None is dangerous. */
export const OWN_SITE_NOTICES_31: readonly GenuineForm[] = [
  ...g(
    'shop',
    "PayPal's 'Is that email really from PayPal?' page (paypal.com/…/security/suspicious-activity) and scam checkers' advice to sign in by typing paypal.com yourself (isthisscam.app, hoax-slayer): a real limitation is resolved on paypal.com",
    "PayPal: We've limited your account. Log in at paypal.com to confirm your information and lift the limitation.",
    'PayPal: Your account has been limited. Log in at paypal.com to confirm your information and restore access.',
    '【PayPal】您的账户已受限，请登录 paypal.com 确认您的信息以解除限制。',
  ),
  ...g(
    'shop',
    "platforms' security and sign-in notices as their help pages describe them (Instagram's 'Emails from Instagram' log, Android Police 2021 on Instagram's reset emails; Dropbox, Discord, Spotify help on new sign-ins)",
    "Instagram: Someone tried to log in to your account. If this wasn't you, go to instagram.com/accounts/password/reset to secure your account.",
    "Discord: We've locked your account after suspicious activity. Go to discord.com to reset your password and secure your account.",
    "Dropbox: We noticed a new sign-in. If this wasn't you, log in at dropbox.com to secure your account.",
    "Spotify: We've reset your password to protect your account. Log in at spotify.com to set a new one.",
  ),
  ...g(
    'shop',
    "marketplaces' and platforms' identity checks (eBay, Amazon, Airbnb, Booking.com, Uber help pages on account holds and identity verification)",
    'eBay: We need a bit more information to keep your account secure. Log in at ebay.com to verify your identity.',
    "Amazon: We've put a hold on your account. Sign in at amazon.com to verify your identity and restore access.",
    'Airbnb: To keep your account secure, please confirm your identity at airbnb.com before your next booking.',
    'Booking.com: Please confirm your account details to keep your reservations. Sign in at booking.com to review them.',
    'Uber: Your account has been temporarily suspended. Sign in at uber.com to verify your identity and reactivate it.',
    '【Airbnb】为保障账户安全，请在下次预订前登录 airbnb.com 验证您的身份。',
    '【Uber】您的账号已被暂时停用，请登录 uber.com 验证身份后重新启用。',
  ),
  ...g(
    'bank',
    "payment firms' routine restrictions (Wise help 'Why is my account restricted?' and its 2020 verification notice on wise.com; Coinbase, Revolut, Venmo help on identity checks): the customer is sent to sign in to the firm's own site",
    'Wise: Please verify your identity to keep using your account. Log in at wise.com and upload your ID.',
    'Coinbase: Your account is restricted until you verify your identity. Log in at coinbase.com to finish verification.',
    'Revolut: Your account is temporarily restricted. Log in at revolut.com to confirm your details and restore access.',
    'Venmo: Your account is locked for your protection. Log in at venmo.com to confirm your identity.',
    '【Coinbase】您的账户已被限制，请登录 coinbase.com 完成身份验证后恢复使用。',
    '【Revolut】您的账户暂时受限，请登录 revolut.com 确认资料以恢复访问。',
  ),
];

/** Phishing texts sharing the notices' words, as PayPal / platform smishing warnings quote them (verified.org and
 *  2-spyware on "PayPal: we've permanently limited your account" texts, Online Threat Alerts, cypac): all dangerous. */
export const OWN_SITE_COUNTERS_31: readonly { text: string; dangerous: boolean }[] = [
  'PayPal: Your account has been limited. Log in at paypal-resolution-centre.com to confirm your information and restore access.',
  "PayPal: We've limited your account. Call our security team on +1 888 555 0199 now and log in at paypal.com while we verify your card.",
  "Amazon: We've put a hold on your account. Verify your identity at amazon-account-verify.top within 24 hours.",
  'Instagram: Your account will be deleted for copyright violation. Verify at instagram-appeal-center.net to keep it.',
  'Your account has been limited. Log in at secure-resolution-portal.net to confirm your card details and restore access.',
  'Netflix: Your payment failed. Update your card at netflix-billing-update.com or your membership ends today.',
  'Coinbase: Unusual withdrawal detected. To cancel it, log in at coinbase-secure-login.com and enter the code we send you.',
  '【支付宝】您的账户存在风险已被限制，请登录 alipay-aq.top 验证身份并解除限制。',
  '【Apple】您的 Apple ID 已被锁定，请立即登录 appleid-unlock.cn 输入银行卡信息解锁。',
  '【PayPal】您的账户已受限，请登录 paypal-verify.xyz 填写银行卡号和密码以恢复。',
  'Wise: Your transfer is on hold. Log in at wise.com and also send the 6-digit code we texted to our agent on WhatsApp +44 7700 900123.',
  'Uber: Your account is suspended. Pay the reactivation fee of $30 at uber-reactivate.com to continue driving.',
  'Venmo: Your account is locked. Send $1 to our verification team at venmo-secure.help to confirm your identity.',
  'eBay: Your account has been suspended. Verify your identity at ebay-secure-check.com and enter your card details.',
].map((text) => ({ text, dangerous: true }));

// Path "netted fee": a loan notice naming a processing / service / facilitation fee ("processing fee" is an upfront-fee
// phrase rule, high) that the lender took from the payout or put on the repayments — the borrower pays nothing ahead
// (content/scam-phrases.yaml, upfront-fee `unless`). The en lines reached `dangerous` before session 31; the zh lines
// (a fee charged with each instalment, the older exception) stay as they were. (Not a zh fee netted from the payout:
// 从本金中先行扣除 is the 砍头息 Chinese lenders may not charge.)

/** Genuine loan notices whose fee was netted from the payout or added to the repayments: none dangerous. */
export const NETTED_FEE_NOTICES_31: readonly GenuineForm[] = [
  ...g(
    'loan',
    "Indian lenders' disbursal SMS as RBI's digital-lending directions describe them (the processing fee disclosed in the Key Fact Statement and commonly deducted from the disbursed amount: RBI FAQ of Feb 2023, AK & Partners; finin2min on KFS and APR)",
    'Dear customer, the processing fee of Rs 1,180 for your loan has been deducted from the disbursed amount as per your sanction letter.',
    'Your personal loan of Rs 2,00,000 is disbursed. Processing fee of Rs 3,540 (incl. GST) has been deducted from the loan amount; Rs 1,96,460 credited to your account.',
    'Loan disbursed: Rs 30,000. A processing fee of Rs 600 was deducted from the disbursal as shown in your Key Fact Statement.',
    'KreditBee: Rs 10,000 credited to your bank account. A processing fee of Rs 472 was deducted from the disbursal amount.',
  ),
  ...g(
    'loan',
    "African mobile lenders' payout messages (Kenyan, Nigerian, Ghanaian and Ugandan digital lenders' app FAQs: the facilitation / processing fee is taken from the loan or added to the amount due)",
    'Your loan of KES 20,000 has been approved. A facilitation fee of KES 1,000 is deducted from the disbursement. Repay KES 21,000 by 12 Jan.',
    'Branch: KES 5,000 sent to your M-PESA. The processing fee of KES 400 was taken from the loan amount. Repay KES 5,600 by 3 Jan.',
    'Your loan top-up of KES 10,000 has been sent to M-PESA. The service fee of KES 500 is included in your repayment.',
    'Fairmoney: NGN 20,000 has been credited to your account. The processing fee of NGN 800 was deducted from the disbursement.',
    'Your advance of GHS 500 has been paid to your MoMo wallet. A processing fee of GHS 25 was deducted from the amount.',
    'Your microloan of UGX 200,000 has been disbursed. A processing fee of UGX 10,000 was deducted from the disbursed amount.',
    'Your business loan of GHS 5,000 has been credited. The processing fee of 2% was taken from the loan amount.',
  ),
  ...g(
    'loan',
    "card issuers' cash-advance and consumer-credit terms (a service fee charged on the next bill), and the attorneys-general's advice that a legitimate loan's fees come after approval, never before (Minnesota AG, Maine AG)",
    'Cash advance approved: $500. The $25 service fee is added to your next repayment, not paid now.',
  ),
  ...g(
    'loan',
    "Chinese consumer-finance lenders' payout SMS (fees on the repayment schedule, nothing before the payout), as 国家金融监督管理总局 rules on disclosing a loan's full cost require",
    '【安逸花】您的借款已放款至尾号2231的银行卡，担保服务费按月随每期还款一并扣收，放款前不收取任何费用。',
    '【招联金融】您的借款5,000.00元已到账，利息和服务费已计入每期还款，详见App内还款计划。',
  ),
];

/** Advance-fee loan scams as the attorneys-general, scam checkers and anti-fraud police quote them (Minnesota and Maine
 *  AG, scamorsafe.org on advance-fee loans, the 先交费后放款 warnings): a fee paid first, to release the loan —
 *  including those that borrow the netting words — all dangerous. */
export const NETTED_FEE_COUNTERS_31: readonly { text: string; dangerous: boolean }[] = [
  'Your loan of Rs 2,00,000 is approved. Pay the processing fee of Rs 3,540 first to release the disbursement.',
  'Congratulations, your KES 50,000 loan is ready. Send the facilitation fee of KES 1,500 to this M-PESA number to receive the funds.',
  'Your loan is approved. The processing fee will be deducted from the loan amount, but first pay a refundable insurance deposit of $150 to activate disbursement.',
  'Loan approved: PHP 20,000. Pay the PHP 1,000 processing fee via GCash today before we can release your loan.',
  "Your loan is ready for payout. Transfer a verification fee of NGN 5,000 to our agent's account to unlock it.",
  'You qualify for a $5,000 loan with no credit check. Buy a $200 gift card for the processing fee and send us the code.',
  'Your loan is approved. Pay the processing fee now; it will be deducted from your disbursement later.',
  'Your loan of R10,000 is approved. To release it, pay the R450 processing fee into the account below.',
  'Your loan is approved. Pay a processing fee of $99 in gift cards first; it will be deducted from the loan amount later.',
  'Your loan of Rs 50,000 is sanctioned. The processing fee is deducted from the disbursement, but you must transfer Rs 2,000 insurance to our agent before release.',
  '【安心借】您的借款已审核通过，放款前需先缴纳手续费800元至指定账户。',
  '您的贷款已批下来了，需要先交2000元保证金验证还款能力，之后从放款金额中扣除。',
  '恭喜您获得50,000元额度，提现前请先支付会员费299元，放款后返还。',
  '您的贷款已审批，服务费从放款金额中扣除，但需先转账500元验资到指定账户才能放款。',
].map((text) => ({ text, dangerous: true }));

// Path "counter or link": a utility's, carrier's or fuel card's bill or top-up notice that names its own counter first
// and its site as the other way to pay ("请到营业厅或登录 95598.cn 缴费"). The phishing-link reading of "登录链接缴费"
// beside a link that is not the brand's made it dangerous; the counter-first order now reads as the link-first one
// did (scam-phrases.yaml, phishing-link `unless`): only for a bill paid or a balance topped up right at the link, and
// never beside a code, a card number, points, a prize or a renewed check.

/** Bills and top-ups paid at the counter or the biller's site: none flagged. Every line reached `dangerous` before
 *  session 31 (shipped or by the rules alone). */
export const COUNTER_OR_LINK_NOTICES_31: readonly GenuineForm[] = [
  ...g(
    'gov',
    "utilities' bill and balance SMS (State Grid / China Southern Grid, water and gas companies, the carriers' own 'pay at a counter or on the official online hall' advice quoted in police warnings on fake recharge texts: yunzhuji.net, naodiu.com 2018)",
    '【国家电网】您的电费账户余额不足，请到营业厅或登录 95598.cn 缴费。',
    '【国家电网】您户号尾号3321本月电费208.50元，请到供电营业厅或登录 95598.cn 缴纳。',
    '【南方电网】您本月电费186.40元已出账，请于12月25日前到供电营业厅或登录 95598.csg.cn 缴纳。',
    '【深圳水务】您本期水费58.60元，请到营业网点或登录 szwater.com.cn 缴费。',
    '【燃气公司】您的燃气表余额不足，请到营业厅或登录 gas.com.cn 充值。',
    '【华润燃气】您的燃气卡余额不足，请到客服网点或登录 crcgas.com 充值。',
    '【港华燃气】您的燃气表余额低于20元，请到客户服务中心或登录 towngas.com.cn 充值。',
  ),
  ...g(
    'carrier',
    "the three carriers' balance and traffic reminders (话费余额不足 / 流量用尽 notices; Beijing Mobile's and the police's advice to top up only at a counter or the official online hall)",
    '【中国移动】您的话费余额为3.20元，请到营业厅或登录 10086.cn 充值，以免停机。',
    '【中国移动】您本月流量已用尽，请到营业厅或登录 10086.cn 充值流量包。',
    '【中国联通】您的话费余额不足，请到营业厅或登录 10010.com 充值。',
    '【中国电信】您的话费余额不足5元，请到营业厅或登录 189.cn 充值，以免影响使用。',
  ),
  ...g(
    'shop',
    "toll and fuel cards' balance reminders (provincial ETC issuers' and Sinopec's card-recharge notices)",
    '【粤通卡】您的粤通卡余额不足，请到服务网点或登录 etcgd.com.cn 充值。',
    '【中国石化】您的加油卡余额不足，请到加油站或登录 sinopecsales.com 充值。',
  ),
];

/** Fake carrier and utility texts as the police and carriers quote them (fake 余额不足 recharge links, 积分兑换 and
 *  清零 texts from 伪基站, a counter borrowed before a card number or a re-verification): all keep their verdict. */
export const COUNTER_OR_LINK_COUNTERS_31: readonly { text: string; dangerous: boolean }[] = [
  { text: '【中国移动】您的积分即将清零，请到营业厅或登录 10086jf.top 兑换现金红包。', dangerous: true },
  { text: '【国家电网】您的电费已欠费，请到营业厅或登录 95598-pay.top 填写银行卡号和验证码缴费。', dangerous: true },
  { text: '【ETC】您的ETC已失效，请到网点或登录 etc-gx.top 重新认证。', dangerous: true },
  { text: '【中国电信】您的实名认证即将过期，请到营业厅或登录 189-sm.cn 更新身份信息。', dangerous: true },
  {
    text: '【中国联通】您的号码存在违规将被停机，请到营业厅或登录 10010-kf.com 提交身份证照片和银行卡信息核实。',
    dangerous: true,
  },
  { text: '【社保】您的社保卡需升级，请到网点或登录 sbk-sj.top 填写卡号密码完成升级。', dangerous: true },
  { text: '【中国石化】您的加油卡积分可兑换礼品，请到加油站或登录 sinopec-jf.top 领取。', dangerous: true },
  { text: '电费补贴：请到营业厅或登录 dfbt.top 领取电费补贴红包。', dangerous: true },
  { text: '【中国移动】您的话费余额不足，请登录 10086-cz.cn 充值，以免停机。', dangerous: true },
  { text: '【中国移动】您的积分可兑换108元现金，即日将清零，请登录 10086zhie.com 激活兑换。', dangerous: true },
  { text: '【中国移动】您的话费余额不足，请到营业厅或登录 10086-cz.top 充值，需填写银行卡号和密码。', dangerous: true },
  {
    text: 'Royal Mail: your parcel has a £2.99 fee. Pay at any post office or at royalmail-fees.com with your card number.',
    dangerous: true,
  },
  { text: 'Your parcel has a $1.95 fee. Pay at any post office or at parcel-redelivery.com.', dangerous: true },
  { text: '【国家电网】您的电费欠费，请勿到营业厅，直接登录 95598-cn.top 缴纳，否则立即停电。', dangerous: false },
];
