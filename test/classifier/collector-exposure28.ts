// A fake collector's exposure threat beside a payment asked (session 28): a debt said to be "transferred to our company",
// paid to an account the sender gives, or else the reader's details go online, to the whole family or to the employer.
// Police and regulators (China's 暴力催收 / 爆通讯录 warnings, the US FTC and CFPB on phantom debt collectors, Kenya's
// and the Philippines' lending regulators on shaming borrowers) say lawful collectors never threaten exposure or arrest,
// and the payment to a given account is where the money goes. Every text is written for this table, each form a pretext
// × a threat × a request; the genuine counters are lawful reminders, a debt-sale notice that keeps payment in the app,
// and warnings quoting the threat.
const combine = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => a + p)), ['']);

export const SCAM_ZH = combine(
  ['你的旧债已经转到我们公司处理，', '你在网贷平台的旧账已委托我们催收，', '你欠的钱一直没还，'],
  ['今晚8点前不还清，你全家资料就发到网上。', '今天不处理，就把你的照片挂到网上曝光。', '再拖下去，让你全家都知道你欠钱不还。', '不还清的话，你的资料会发到你朋友圈。'],
  ['付款账号 6222 5550 1234 8876，付完截图发我。', '马上把钱转到下面这个账户：6217 5550 0000 1111。', '还款打到这个卡号 6228 5550 4321 0000，户名李强。'],
);

export const SCAM_EN = combine(
  ['Your old debt has been transferred to our agency. ', 'We now own your unpaid payday loan. ', 'Final notice on your overdue loan. '],
  ['Pay by 6pm or we post your details online. ', 'Settle it today or your photo goes on Facebook as a fraudster. ', 'If you do not pay today we will call your family and your employer. '],
  ['Send the payment to account 5555 0148 7730.', 'Transfer the full amount to the account below: 5555 0148 7731.', 'Wire the balance to the account we text you.'],
);

export const GENUINE = [
  '您的借款已逾期3天，请尽快在App内还款，如有困难可联系官方客服协商分期。',
  '您的债权已转让给某资产管理公司，还款方式不变，请继续在App内还款，勿向任何个人账户转账。',
  '警方提醒：自称催收公司，威胁把你的资料发到网上、让你全家都知道，并要求转账到个人账户的，都是诈骗。',
  '警方提醒：以曝光、挂到网上相威胁索要还款的暴力催收是违法的，请保留证据并报警。',
  'Your repayment is 5 days late. Please repay in the app to avoid further late fees.',
  'Your loan has been sold to another company. Keep paying through the app; we will never ask you to pay a personal account.',
  'Warning: fake debt collectors threaten to post your details online or call your family and employer. Hang up and call the lender on the number in the app.',
];
