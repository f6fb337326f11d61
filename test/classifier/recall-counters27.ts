// Recall counters (session 27): scams written in the forms that clsscam27's own re-readings reach — a longer word
// that holds a shorter one of another family (马上到账 over 马上, "instant payout" over "payout", 身份被人用于 over 被人用,
// "identity was used" over "identity", "not the police" over "police", 告诉你同事 over 告诉, "visit your home" over
// "visit", vip会员 over 会员), a cancellation after 否则 / or else, an English negated condition cut at its consequence
// (a consequence's word naming the genuine channel: "frozen in the app") — and genuine notices with the same words.
// Each scam carries its verdict on main (`was`: rules alone, then with the wording model, the lower of both brands; D
// dangerous, S suspicious, U neither): a recall branch may raise it, never lower it. All texts written for this table.
export type Was = `${'D' | 'S' | 'U'}${'D' | 'S' | 'U'}`;
export type Counter = { lang: 'en' | 'zh'; form: string; text: string; was: Was };
type Row = readonly [Was, string];

const en = (form: string, ...rows: Row[]): Counter[] => rows.map(([was, text]) => ({ lang: 'en', form, text, was }));
const zh = (form: string, ...rows: Row[]): Counter[] => rows.map(([was, text]) => ({ lang: 'zh', form, text, was }));

export const SCAMS: readonly Counter[] = [
  ...zh(
    'urgent-arrival',
    ['DD', '您的贷款已审核通过，马上到账，请先缴纳500元保证金到指定账户。'],
    ['DD', '我是平台客服，额度已经批下来了，缴纳工本费后立即到账。'],
    ['DD', '恭喜您获得5万元额度，立刻到账，需要先转账激活流水，别告诉家人。'],
    ['UD', '您的借款卡在审核，联系专员处理，马上到账。'],
    ['DD', '系统显示您的银行卡号填错了，资金被冻结，缴纳解冻金后马上到账。'],
    ['DD', '客服通知：您的贷款马上到账，但需先把验证码发给我核实身份。'],
    ['SS', '现在办理，立即到账，名额有限，加微信了解。'],
    ['DD', '您好，征信修复已完成，款项立刻到账，请先支付服务费800元。'],
    ['DD', '放款部门提醒：提供短信验证码后马上到账，过时作废。'],
    ['DD', '注销校园贷的退款立即到账，请下载会议软件共享屏幕操作。'],
  ),
  ...en(
    'instant-payout',
    [
      'US',
      'Loan officer here: your loan is approved for instant payout once you pay the $50 processing fee to this account.',
    ],
    ['DD', 'Your application is approved. For instant disbursement, send the insurance deposit to the agent now.'],
    ['DD', 'Congratulations, funds will be disbursed instantly after you pay the activation fee by gift card.'],
    ['UD', 'Transfer the $200 security deposit today and you receive the funds instantly.'],
    ['DD', 'Pay the unlock fee and you will get the money instantly, do not tell your bank.'],
    ['UU', 'Your refund is ready. The money is paid out once you share the code we sent you.'],
    ['UU', 'Your loan is on hold. Call our desk now for instant payout, the offer expires today.'],
    ['DD', 'This is loan support: send the verification code to confirm your identity for instant disbursement.'],
    ['DD', 'Pre-approved loan of $5,000, instant payout, just pay the registration fee via Zelle.'],
    ['UD', 'Urgent: your payout failed. Pay the reactivation fee and the funds are disbursed instantly.'],
  ),
  ...zh(
    'identity-used',
    ['DD', '您好，这里是公安局，您的身份被人用于办理银行卡，请配合调查，把资金转入安全账户。'],
    ['UD', '您的身份证被冒用于注册网贷账户，需要注销，请按客服指引操作。'],
    ['SS', '我是平台客服，您的身份被人用于申请贷款，请马上联系我处理。'],
    ['DD', '您的手机号被冒用于开通支付账户，请把验证码告诉我以便冻结。'],
    ['DD', '你的身份被人用于洗钱，必须缴纳保证金证明清白，不要告诉任何人。'],
    ['UD', '系统检测到您的身份被人用于贷款，请下载以下app进行身份核实。'],
  ),
  ...en(
    'identity-used',
    [
      'DD',
      'This is the police. Your identity was used to open bank accounts; transfer your savings to a safe account for checking.',
    ],
    ['DD', 'Your identity has been used to apply for loans. Send us a photo of your ID and the code we texted you.'],
    ['DD', 'Immigration office: your passport was used in a fraud case. Pay the clearance fee today.'],
    ['UU', 'Your passport has been used by criminals. Keep this call secret and follow the officer.'],
    ['DD', 'Bank security here: your identity was used for a new card. Read me the one-time password to block it.'],
    ['SS', 'Your identity has been used to register a SIM. Call this number urgently to avoid arrest.'],
  ),
  ...en(
    'police-displaced',
    ['DD', 'We are the recovery desk, not the police. Pay the $300 recovery fee and your lost money comes back.'],
    ['DD', 'Report your scam losses to us instead of the police; our investigator needs your bank login.'],
    ['DD', "The police won't help you, only our agency can recover your funds. Send the fee today."],
    ['DD', 'Do not involve the police, this is a confidential investigation. Transfer the money to the safe account.'],
    [
      'SS',
      'Police will not do anything about crypto. Our team recovered funds for victims; share your wallet seed phrase.',
    ],
    ['DD', 'No need to involve the police, I am the officer on your case. Tell me the code on your screen.'],
    ['DD', 'Rather than the police, let our lawyers handle it. Pay the retainer by wire now.'],
    ['DD', 'This is the court. Without involving the police we can settle today if you pay the fine to this account.'],
  ),
  ...zh(
    'police-displaced',
    ['DD', '警察不会管这种网络诈骗的，我们是追回损失的团队，先交手续费就能帮你追回。'],
    ['DD', '这是内部调查，而不是警察出面，请把钱转入安全账户配合核查。'],
    ['DD', '警察不会管的，你听我的，把验证码告诉我，马上帮你冻结。'],
    ['DD', '报案找我们而不是警察，我们专员会帮你追回被骗资金，需要先缴纳保证金。'],
  ),
  ...zh(
    'collector-told',
    ['DD', '你再不还款，我们就告诉你同事，明天派人上门，今天必须转账到这个账户。'],
    ['DD', '逾期款今天不处理，就告诉您邻居，请立即把欠款转到个人账户。'],
    ['DD', '我是催收专员，你不还钱我就告诉你同事你欠钱不还，马上扫码还款。'],
    ['DD', '再不还我们告诉您同事，今天下午前把钱打到我给你的卡上。'],
  ),
  ...en(
    'collector-visit',
    ['DD', 'Pay the overdue amount to this account today or our agents will visit your home and talk to your family.'],
    ['DD', 'Final notice: we will visit your workplace tomorrow unless you send the payment by Zelle now.'],
    ['UU', 'Collections team: clear your debt via the link or we visit your office and inform HR.'],
    ['UU', 'If you do not repay today our field officer will visit your house. Transfer to the account below.'],
  ),
  ...zh(
    'membership',
    ['DD', '您的贷款已批，需开通vip会员才能放款，会员费699元，请转到以下账户。'],
    ['DD', '购买加速会员后即可优先放款，请先付会员费。'],
    ['DD', '开通加速通道，缴纳299元会员费，明天放款。'],
    ['DD', '您好，额度已下，vip会员费交了马上安排下款。'],
  ),
  ...zh(
    'threatened-cancel',
    ['SS', '我是平台客服，您的账户存在异常，请今天联系我处理，否则账户将被注销。'],
    ['DD', '您在校期间开通的校园贷账户要处理，不然会被注销并影响征信，请加客服微信。'],
    ['DD', '您的学生账户需要今天关闭，否则注销后影响征信，请按我说的转账。'],
    ['SS', '请马上配合操作，否则您的账号会被注销，征信也会受影响，不要告诉别人。'],
    ['DD', '客服提醒：请下载会议app配合处理，不然您的账户将被注销。'],
    ['SS', '您的百万保障服务需要今天取消，否则每月自动扣费，请加我微信。'],
    ['DD', '请今天把验证码发给我，否则账户会被注销。'],
    ['UD', '征信中心通知：请尽快缴纳清算费，否则将注销您的账户并上报征信。'],
    ['DD', '您好，您的网贷账户存在违规，请尽快联系专员处理，否则账户将被注销并上报征信。'],
    ['DD', '我是客服，您开通的会员服务今天必须关闭，不然账户会被注销，请下载我们指定的app。'],
    ['SS', '请马上按我的指引操作，否则您的账户会被冻结注销，别跟家人说。'],
    ['DD', '您的京东金条账户需要今天处理，否则会被注销，请把验证码报给我。'],
    ['SD', '请在今天内完成验证，否则您的账户将被注销，点击链接登录。'],
    ['DD', '您好，我是征信中心的，您的学生账户必须今天处理，否则注销不了会影响征信。'],
    ['SD', '今日内不处理的话，否则您的借款资格将被取消，请添加客服微信。'],
    ['DD', '请立即缴纳保证金，否则您的贷款申请会被取消。'],
    ['DD', '你的账户需要配合公安调查，否则将被注销，请保持通话不要挂断。'],
    ['US', '平台通知：请立刻联系客服，不然您的额度会被取消并上报征信。'],
  ),
  ...en(
    'threatened-cancel',
    [
      'DD',
      'Customer service here. Verify your account with the code we sent, otherwise your account will be cancelled.',
    ],
    [
      'DD',
      'Your student loan account must be closed today, or else it will be cancelled and your credit ruined; call us.',
    ],
    ['UU', 'Pay the $99 maintenance fee now or your account will be terminated permanently.'],
    ['SS', 'Update your details at the link below or your membership will be cancelled today.'],
    ['UD', 'Send the code you received, otherwise the account will be deactivated within 24 hours.'],
    ['UU', 'Call support immediately or else your subscription will be cancelled and charged.'],
    [
      'DD',
      'Your loan account is flagged. Contact our agent today, otherwise your account will be cancelled and reported.',
    ],
    ['SS', 'This is support. Keep this confidential and follow my steps, or else your account will be closed.'],
    ['DD', 'Install the verification app now, otherwise your student loan account will be cancelled.'],
    ['DD', 'Share the code we sent you right away or your account will be cancelled.'],
    ['DD', 'Pay the verification fee to this account today, failing which your loan will be cancelled.'],
    ['DD', 'Log in at the link to confirm your identity, otherwise your card will be cancelled within 24 hours.'],
  ),
  ...en(
    'negated-condition',
    ['DD', 'If you do not verify today your account will be closed. Reply with the code we sent you.'],
    ['DD', 'Unless you pay the fee within 2 hours your account will be suspended; send it to the agent.'],
    ['UU', "If you don't confirm your PIN now the card will be blocked and you will not get your refund."],
    ['UU', 'If you do not call us today your loan will be cancelled, do not tell anyone about this.'],
    ['DD', 'If you do not update your details the account will be frozen. Log in at the link and enter your password.'],
    ['DD', 'Unless you transfer the balance today, your savings will be seized by the court.'],
    ['DD', 'If you do not act now your identity will be used for crimes. Transfer your funds to the safe account.'],
    ['UU', "If you don't share the code, your loan payout will be cancelled in the app today."],
    [
      'DD',
      'If you do not pay the release fee today your loan will be transferred to collections. Send it to the agent now.',
    ],
    ['DD', 'Unless you reply with the code now your wallet will be locked in the app and the funds sent to the court.'],
    [
      'SS',
      'If you do not call the officer today your account will be frozen and you will be arrested, keep this secret.',
    ],
    [
      'DD',
      "If you don't install the security app now your savings will be stolen. Transfer them to the safe account below.",
    ],
    [
      'DD',
      'If you do not confirm the payment today the account will be closed and the money sent back to the sender. Tell me the OTP.',
    ],
    [
      'UU',
      'If you do not pay the customs fee within 24 hours your parcel will be returned and you must pay it yourself at the link.',
    ],
    [
      'DD',
      'Unless you move your money today our system will block your card. Send it to the protected account we give you.',
    ],
    [
      'SS',
      'If you do not verify your card the refund will be received by someone else. Enter your card details at the link.',
    ],
  ),
  ...en(
    'consequence-counter',
    [
      'DD',
      'If you do not update your details today your account will be frozen in the app. Update now at http://secure-verify-login.co with your card number.',
    ],
    [
      'DD',
      'If you do not confirm your card today it will be blocked in our app. Enter the card number and CVV at http://card-confirm.top now.',
    ],
    [
      'DD',
      'If you do not verify your wallet now it will be suspended via the app. Verify at http://wallet-verify.cc with your PIN.',
    ],
    [
      'DD',
      'Unless you update your billing today your subscription will be cancelled in the app. Pay the $1 fee at http://renew-billing.live.',
    ],
    [
      'DD',
      'If you do not respond today your account will be closed and your balance sent to the court. Reply with the code we texted.',
    ],
    [
      'DD',
      "If you don't pay the toll today your licence will be suspended in the app. Settle it at http://toll-settle.info with your card.",
    ],
    [
      'SS',
      'If you do not log in today your bank account will be restricted in your app. Sign in at http://bank-restore.site with your password.',
    ],
    [
      'DD',
      'If you do not claim your refund today it will be returned in the app. Claim it at http://refund-claim.top with your card details.',
    ],
  ),
  ...zh(
    'travel-paper-threat',
    ['SS', '这里是出入境管理局，您的签证资料有问题，请今天联系专员处理，否则签证将被注销。'],
    ['SS', '我是移民局的工作人员，您的居留许可需要重新登记，请加微信办理，否则居留许可将被注销。'],
    ['SS', '您好，领事馆通知：您的护照存在异常，请马上回电，不然护照会被注销，不要告诉别人。'],
    ['DD', '移民局通知：请今天缴纳500元核查费，否则您的签证将被取消。'],
    ['DD', '您的签证需要验证，请把短信验证码告诉我，否则签证会被注销。'],
  ),
  ...en(
    'travel-paper-threat',
    ['US', 'Immigration office: your visa has an issue, call our officer today otherwise your visa will be cancelled.'],
    [
      'DD',
      'This is the immigration department. Pay the verification fee today or your visa will be cancelled. Keep this confidential.',
    ],
    [
      'DD',
      'Your residence permit needs re-verification, reply with the code we sent or else your permit will be cancelled.',
    ],
    ['SS', 'Embassy notice: urgent, contact us on WhatsApp today or your passport will be cancelled.'],
    [
      'DD',
      'Your work permit is under review; pay the processing fee via gift cards now, otherwise the permit will be cancelled.',
    ],
  ),
  ...en(
    'good-time',
    [
      'SS',
      "Hi, this is your bank's fraud team, is this a good time? We need the code we just sent to cancel a payment.",
    ],
    ['DD', 'Is this a good time to talk? Your account is at risk, please install the support app.'],
    ['DD', 'Loan officer here. Is now a good time? We need your card number to release the loan.'],
  ),
  ...zh(
    'school-days',
    ['DD', '您在校期间有一笔贷款记录需要注销，否则影响征信，请按客服指引操作。'],
    ['DD', '大学期间的借款账户未注销，需要把余额转到安全账户清零。'],
  ),
];

export const GENUINE: readonly { lang: 'en' | 'zh'; text: string }[] = [
  { lang: 'zh', text: '您的借款已审核通过，马上到账，请在app内查看。' },
  { lang: 'zh', text: '您申请的提现已处理，资金立即到账，如有疑问请拨打官方客服电话。' },
  { lang: 'zh', text: '警方提醒：自称能追回被骗资金、说警察不会管的，都是诈骗。' },
  { lang: 'zh', text: '本期账单请于15日前还款，否则将产生逾期费用。' },
  { lang: 'zh', text: '开通vip会员可享专属权益，会员费在app内支付，与借款无关。' },
  { lang: 'zh', text: '居留许可到期前请按时续签，否则居留许可将被注销。' },
  { lang: 'zh', text: '我们不会告诉你同事或邻居你的借款信息，催收不会联系第三方。' },
  { lang: 'en', text: 'Your loan has been approved. Instant payout to your registered bank account within minutes.' },
  {
    lang: 'en',
    text: "Police warning: anyone who says the police won't help and asks a fee to recover funds is a scammer.",
  },
  { lang: 'en', text: 'If you do not make your payment by Friday, a late fee will be added to your account.' },
  { lang: 'en', text: 'Is this a good time to book your dentist appointment? Reply YES to confirm.' },
  { lang: 'en', text: 'We never visit your home or contact your colleagues about a loan.' },
  { lang: 'en', text: 'Your identity was used to sign in on a new device. If this was you, no action is needed.' },
  {
    lang: 'en',
    text: 'Please renew your subscription in the app, otherwise it will be cancelled at the end of the month.',
  },
];
