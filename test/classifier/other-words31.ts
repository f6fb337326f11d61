// Scams in other words (session 31, issue 10): a family of scam messages whose request the older rules read but
// whose pretext they did not — a windfall inherited rather than won — with
// genuine counters that share its words. Every line is written for this table, in our own words, from the public
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
