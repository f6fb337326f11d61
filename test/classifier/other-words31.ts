// Scams in other words (session 31, issue 10): two families of scam messages whose request the older rules read but
// whose pretext or verb they did not — a windfall inherited rather than won, and a sign-in asked at a link — each
// with genuine counters that share its words. Every line is written for this table, in our own words, from the public
// warnings noted on each group; none comes from the field corpus.
import { combos } from '../helpers/classifier.ts';

/** A windfall the reader "inherits" or is "beneficiary" of — a stranger's estate, unclaimed funds, a late relative's
 *  policy — released only after a fee, tax or charge. Sources: scamencyclopedia.org (fake inheritance notification and
 *  inheritance fee scams: "transfer charges", "inheritance tax", "anti-money-laundering certificates", the 48-hour
 *  deadline); Western Union on beneficiary scams; scamarchive.org (release fees for an inheritance pay-out); 义乌警方
 *  (英国400万英镑遗产受益人邮件，先付900英镑手续费); 南京秦淮警方 (95万美元遗产，所有权转移税); 公安部网安局 (伪造公文
 *  "扶贫基金"，缴纳手续费); 重庆110 (民族资产解冻，交会费). */
export const WINDFALL_SCAMS = [
  ...combos(
    [
      'Dear beneficiary, an estate of USD 4.5 million left by a relative sharing your surname awaits you. ',
      'You have been named next of kin to an unclaimed estate worth GBP 2 million. ',
      'Estate release notice: our records show you are the sole heir of a late client. ',
    ],
    [
      'Pay the notarization fee of USD 450 to begin the transfer.',
      'Remit the transfer charges to our attorney so we can release the money.',
      'Send the inheritance tax of USD 1,800 within 48 hours or the funds are forfeited.',
    ],
  ),
  'Unclaimed Property Registry: you are a primary potential beneficiary. A currency conversion charge of USD 300 must be paid before payout.',
  'Our client died intestate and you share his surname. Wire the anti-money-laundering certificate fee so the bank can credit you.',
  "This is barrister James. Your late uncle's life insurance lists you as beneficiary; pay the processing charge to claim the benefit.",
  '您好，您已被列为一笔400万英镑遗产的受益人，领取前需先支付900英镑手续费。',
  '银行通知：您继承的95万美元遗产需缴纳1900元所有权转移税后才能转入您的账户。',
  '恭喜您获得390万元扶贫基金，请下载APP并缴纳百分之一手续费后领取。',
  '民族资产解冻项目已批准您的份额，先交300元会费即可领取百万回报。',
  '您是海外遗产的唯一继承人，请先汇入公证费5000元，律师即刻办理过户。',
  '您的亲属留下一笔无人认领的存款，您作为受益人需先缴纳税款才能提取。',
  '律师事务所通知：您是已故亲属遗产的受益人，请先支付遗产税8000元，款项三日内到账。',
];

/** Genuine text on estates, inheritance tax and unclaimed money: probate and tax offices, insurers, notaries and the
 *  police warnings that name the scam. Must stay unflagged. (GOV.UK inheritance-tax pages; state unclaimed-property
 *  sites, which are free; 公证处 and 反诈 notices.) */
export const WINDFALL_COUNTERS = [
  'Probate notice: the executor of the estate will write to all beneficiaries once the will has been proved. No payment is needed from you.',
  'Unclaimed money is free to search and claim on the official state treasury site. You never need to pay a fee to claim it.',
  'HMRC: inheritance tax on the estate is paid by the executor from the estate, not by the beneficiaries.',
  'Your life insurance claim as beneficiary has been approved. The benefit of USD 20,000 will be paid to your account within 5 working days.',
  '公证处提醒：遗产继承公证费按规定标准在窗口缴纳，已缴清的无需再付，请勿向个人账户转账。',
  '警方提醒：凡是自称律师通知您继承海外遗产、要求先交手续费的，都是诈骗。',
  '当前我国没有任何民族资产解冻类项目，凡是让你交钱的，不管多少都是诈骗。',
  'Inheritance tax is usually paid from the estate by the executor before anything is shared out.',
];

/** A sign-in asked at the message's own link under a problem with an account (on hold, locked, restricted, about to be
 *  closed or deactivated): a bank's, a mailbox's, a streaming plan's. Sources: Daily Voice on bank smishing ("your
 *  account has been locked … click here"); scam-alert.org (bank SMS: "temporarily blocked, click to reactivate");
 *  Bank of North Dakota ("online banking restricted"); hoax-slayer and onlinethreatalerts.com (mailbox quota phishing:
 *  sign in or the account is deactivated); FTC cloud-storage alerts cited by gridinsoft; 银行短信钓鱼提示. */
export const SIGN_IN_SCAMS = [
  'Your account has been placed on hold pending verification. To prevent closure, sign in here: acct-review.com',
  'Your online access is suspended. Please log in below to avoid permanent closure: secure-login-check.net',
  'Your mailbox has reached its limit and will be deactivated. Sign in to keep your messages: mailbox-keep.com',
  'We have restricted your card after unusual activity. Log in at cardcare-service.com within 24 hours.',
  'Your Apple ID is locked for security reasons. Sign in at id-apple-support.com to continue using it.',
  'Your Netflix membership is on hold because of a billing problem. Sign in here: nflx-billing.com',
  'Mail Help Desk: your mailbox has been suspended. Log back in at webmail-admin-portal.com to restore it.',
  '您的账户因异常已被暂停使用，请立即登录 acct-verify.com 以免被注销。',
  '您的网银账户已被限制，请登录下方网址，否则24小时后将停用。',
  '您的邮箱已超出容量即将停用，请登录 mail-keep.cn 保留邮件。',
  '【某银行】您的账户存在风险已被冻结，请尽快登录 bank-safe.top 。',
  '您的快递账户已锁定，请登陆 kd-help.cc 解除。',
];

/** Genuine sign-in notices and the advice that names the trick: sign in in the app or at an address you know. Must
 *  stay unflagged. */
export const SIGN_IN_COUNTERS = [
  'Your statement is ready. Sign in to online banking to view it.',
  "We noticed a new sign-in to your account. If this was you, you don't need to do anything. If not, change your password in the app.",
  'Your account is locked after three wrong attempts. Sign in again after 30 minutes or reset your password in the app.',
  'Your card was restricted after unusual activity. Call the number on the back of your card; we will never send you a link to log in.',
  '您的账户因多次输错密码已锁定，30分钟后可重新登录，或在App内通过人脸验证解锁。',
  '您的账户于新设备登录，如非本人操作，请在App内修改密码，切勿点击短信中的链接。',
  'Banks will never text you a link asking you to log in. If your account is suspended, sign in only through the official app.',
  '我行不会通过短信链接要求您登录网银，账户被限制请通过官方App或柜台办理。',
  'Your email will never be deactivated for being full. Go to your mail provider yourself and sign in there to check your storage.',
];
