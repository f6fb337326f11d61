// The labelled cases of the product/fraud boundary table (test/faq/route-boundary.test.ts states what each list must
// read): one home, read by that test and by the route decision's fit guard (bench/lib/route-guard.ts), which lets no
// fit send a product case here to a scam answer or a fraud case to the product reply. Written for the table in our own
// words (public loan-app and card-issuer help pages, police and regulators' warnings; sources at the test), never from
// the field corpus.

/** Own-account situations that scam stories mention too: product questions (the last 27 with no scam vocabulary at all). */
export const OWN_ACCOUNT_PRODUCT: readonly string[] = [
  '我想注销我的账户，怎么操作',
  '账户注销以后个人信息会删除吗',
  '密码输错了好几次账户被冻结了，怎么解冻',
  'my account got locked after I typed the wrong password too many times, how do I unlock it',
  'my account is frozen because of too many wrong passwords',
  'how do I cancel my account',
  'I want to cancel my account, is there a fee',
  '我的银行卡换了，怎么更换还款卡',
  'I got a new debit card, how do I change the card on my account',
  '我逾期了几天，现在还清了，征信上会有不良记录吗',
  'I paid late last month, will it show on my credit report',
  '还款多还了200块，能退回来吗',
  'I overpaid my loan, how do I get a refund of the extra',
  '多扣的钱什么时候退回到我卡上',
  '催收打电话给我了，我逾期两天，现在怎么还',
  'I got a call from your collections team about my late payment, how do I pay now',
  '你们的催收会联系我的紧急联系人吗',
  '逾期了会不会打电话给我家人',
  'my credit report shows a late payment from you, can it be removed if I pay now',
  '账户被锁了怎么办',
  '为什么我的账号被冻结了',
  '登录密码错了五次被锁定，多久能自动解锁',
  '我想关闭账户，退出会员',
  "how do i get my money back for the membership fee i didn't want",
  '会员费可以退吗',
  '征信报告上显示我有一笔逾期，我已经还了，怎么更新',
  '逾期记录多久能消除',
  '我的额度被冻结了是什么原因',
  '贷款软件被冻结了怎么办，是不是密码错了太多次',
  '連續輸錯密碼帳號被鎖了，怎麼解鎖',
  '密码错了3次 account 被 lock 了 怎么 unlock',
  'i typed my pasword wrong like 5 times and now my acount is locked??',
  '花了几天才还上，逾期会影响征信吗',
  '逾期一周了，现在还清，不良记录会保留多久',
  'overdue by a week, paid it all now, will the late record stay on my credit report',
  'im late on my payment, will your collections team call my family',
  '催收每天给我打电话，我想协商分期还，找谁',
  '催收打電話來說我逾期了，我要在哪裡還款',
  'collections called me about the missed payment, where do I pay it',
  'got a reminder text that my payment is due tomorrow, can I pay today',
  '收到还款提醒短信，明天到期，今天能还吗',
  '上个月还款多扣了一次，多的钱怎么要回来',
  'I was charged twice for the same installment, how do I get the money back',
  '我多付了五十块钱能不能退到我的银行卡',
  '会员是不小心开通的，能退会员费吗',
  'I want to delete my account and all my data',
  '還清了想把帳號註銷掉',
  '我的银行卡丢了，补办了新卡，怎么换绑',
  'my old card expired, how do i add the new card for repayments',
  '换了新手机号收不到验证码了，怎么改绑定手机',
  '为什么我的额度被冻结了，我一直按时还款',
  '账号被冻结了，客服电话是多少',
  "my account is frozen, what's your customer service number",
  '逾期记录什么时候会更新到征信',
  'cuishou dadianhua gei wo jiaren zenme ban',
  'yuqi le hui shang zhengxin ma',
  "what's the minimum I have to pay this month",
  'can I change what I said the loan was for',
  '你们周末上班吗',
  '还款日是每个月几号',
  'how do I download my loan contract',
  '能不能同时借两笔',
  'app一直卡在人脸识别那一步',
  'I want to update my home address',
  '怎么修改紧急联系人',
  'how long until my overpayment comes back to my card',
  '我提前还清了，多收的利息会退吗',
  '钱已经还了为什么还显示逾期',
  'i paid yesterday but it still says overdue',
  '借款到账了但是金额少了，是扣了什么费用',
  'why is the amount I received less than what I borrowed',
  'can i get a receipt for each repayment',
  '我想取消自动续费的会员',
  'how do I turn off autopay',
  '额度用完了还能再借吗',
  '还款失败了显示银行卡余额不足',
  'my payment was declined by the bank',
  '账单里面的服务费是什么',
  'what is this service fee on my statement',
  '可以延期还款吗，这个月手头紧',
  'I lost my job, can I pause my payments',
  '征信上显示的机构名称为什么不是安心借',
  '你们催收太频繁了，我已经还了',
  'can I repay by bank transfer',
  'when will I get the payout',
  'can I send money from another bank to repay',
  '客服打电话提醒我这期要还款了，我自己在App里还就行吧？',
  "the collections team rang to remind me, I'll just pay in the app, right?",
  'my dad missed his payment while in hospital, can I pay on his behalf?',
];

/** The same situations with a decisive fraud cue (a third party who claims or asks, a request, doubt, a risk). */
export const DECISIVE_FRAUD: readonly string[] = [
  '有人打电话说我的账户被冻结了，要我交解冻费',
  '客服说要注销我的账户，不然影响征信，让我下载会议软件',
  'someone called saying my account will be cancelled unless I pay a fee',
  'a guy says he can remove my late payment from my credit report for 500 yuan, legit?',
  '收到短信说我多还了钱要退款给我，让我点链接',
  'someone says I overpaid and they will refund me if I give them the code',
  '催收说不还钱就去我单位闹，还要起诉我，是真的吗',
  'a collector asked me to pay into his personal account',
  '我的账户显示在别的手机上登录，是不是被盗了',
  '客服打电话说帮我把银行卡换成新卡，要我报验证码',
  '有人说能帮我消除逾期记录，收费三百',
  '我的账户被冻结了，对方让我转一笔钱到安全账户解冻',
  '有个自称催收的人让我把钱转到他个人账户',
  '催收说不马上还就爆我通讯录',
  "a debt collector says I'll be arrested if I don't pay today",
  '短信说我的账户被冻结，让我点链接解冻',
  'got a text saying my account is frozen, click to unfreeze',
  '有人说我多还了钱，让我下载一个app退款',
  'someone called saying i was charged twice and needs my card number to refund me',
  '客服打电话说我的账户要注销，不然影响征信',
  '收到短信说逾期记录可以花钱消除，真的吗',
  'someone offered to delete my late payments from my credit report for a fee',
  '催收打电话来，让我先交保证金才能协商还款',
  '密码输错被锁了，有个客服加我微信说能帮我解锁',
  'my account got frozen and a guy on telegram says he can unfreeze it if i pay',
  '账户被冻结了，有人让我转钱到安全账户',
  '我的账号在别的地方登录了，是不是被盗',
  'is it a scam if someone calls about my overdue loan from a +852 number',
  '逾期了，有个陌生号码说是法院的，要起诉我',
  '催收员说要上门，还说要去我单位，这正常吗',
  '账户被冻结，对方说要交解冻费',
  'a collector asked me to pay into his personal account',
  '收到一个电话说我的额度可以提高到五万',
  'got a call saying my limit can be raised to 50k',
  'they want me to send money to a safe account',
  'he asked me to send money first',
  '客服打电话说我的账户要注销，不然影响征信，让我在app里操作',
  '客服打电话提醒我还款，让我转到他的个人账户，不在app里还',
  'someone called to remind me to pay in the app but wants the code first',
];

/** A scam word inside an account or card term (product.frames): no fraud cue. */
export const FRAMES_PRODUCT: readonly string[] = [
  '盗刷险怎么开通',
  '酒店的预授权什么时候解除',
  '境外消费的手续费怎么算',
  'I got a fraud alert for a purchase I made, how do I confirm it',
];

/** …a caller, a request or another risk word around it still decides. */
export const FRAMES_FRAUD: readonly string[] = [
  '有人打电话说我的卡在境外消费被盗刷了，让我把钱转到安全账户',
  'a caller said my card has a fraud alert and asked for the code I just got',
];

/** The user as the one who acted (product.self). */
export const SELF_PRODUCT: readonly string[] = [
  '我自己在app里点了获取验证码，这个验证码填在哪里',
  'I clicked resend code in the app but the code never came',
];

/** A debt-relief agent is a third party (fraud.contact). */
export const DEBT_RELIEF_FRAUD: readonly string[] = [
  '有个法务团队说能帮我协商逾期贷款，收一笔服务费',
  'a legal team says they can negotiate my overdue loans down for a fee',
  '债务优化中心说能帮我停息分期，先交定金',
];

/** Doubt about a line on the user's own bill (product.bills): the cautious product reply. */
export const BILLS_PRODUCT: readonly string[] = [
  '对账单里有一笔消费我想不起来，商户是一串字母，是骗人的吗',
  'there is a charge on my card statement i cant place, is it a scam',
];

/** …a text, a caller or a request about the bill still decides. */
export const BILLS_FRAUD: readonly string[] = [
  '收到短信说我账单上有一笔异常消费，是不是诈骗',
  'someone called about a charge on my statement and asked for the code, is it a scam',
  '账单上有一笔消费，对方让我点链接退款，是真的吗',
];

/** The bank's own number and a dispute as product acts. */
export const BANK_PRODUCT: readonly string[] = [
  '银行提醒我有一笔异常交易，我打了信用卡背面的号码，客服让我核对最近几笔消费',
  'my bank sent an unusual activity alert so i rang the number on the back of my card, they went through my recent purchases',
  '在国外旅游刷不了卡，要不要打电话给银行',
  'how long does a chargeback take once i file a dispute with my card issuer',
  '商家一直不退款，我能向发卡行申请争议款吗',
];

/** …a number in the text, a caller or a fee still decides. */
export const BANK_FRAUD: readonly string[] = [
  '短信说我的卡被风控冻结了，让我打短信里的号码解冻',
  'a man from the fraud team of my bank asked me to move my savings to a safe account',
  '有个公司说能帮我做拒付把钱追回来，先交服务费',
  'some agency says they can get my chargeback through for an upfront fee',
  // The back of the card also holds its security code: only calling the number printed there is the channel.
  '客服问我要卡背面的三位数，可以给吗',
  'they want the 3 numbers on the back of my card to verify, ok?',
  // A call to one's own bank is a frame, not the official channel: a caller who says not to make it still decides.
  '有人打电话说能帮我提额，让我别打电话给银行',
  "someone called about my credit limit and said don't tell my bank",
];

/** …and someone asking is still a request. */
export const SELF_FRAUD: readonly string[] = ['他让我点获取验证码，然后把验证码发给他', '催收发了个二维码让我扫码还款'];

/** A product frame with someone asking, or a fee before the money: still a fraud question (held by the fit guard too). */
export const FEE_FIRST_FRAUD: readonly string[] = [
  '短信写着请勿告诉他人，可是客服打电话让我把验证码报给他',
  '你们的催收让我把钱转到他的个人账户，是真的吗',
  'my loan is approved but there is a processing fee first before anything is paid out',
  'an insurance fee is due before the money is released, where do i pay it',
];

/** Every list above as labelled cases: a product case never reads a scam answer, a fraud case stays on the fraud route. */
export const BOUNDARY_CASES: readonly {
  kind: 'product' | 'fraud';
  text: string;
}[] = [
  ...OWN_ACCOUNT_PRODUCT.map((text) => ({ kind: 'product' as const, text })),
  ...DECISIVE_FRAUD.map((text) => ({ kind: 'fraud' as const, text })),
  ...FRAMES_PRODUCT.map((text) => ({ kind: 'product' as const, text })),
  ...FRAMES_FRAUD.map((text) => ({ kind: 'fraud' as const, text })),
  ...SELF_PRODUCT.map((text) => ({ kind: 'product' as const, text })),
  ...SELF_FRAUD.map((text) => ({ kind: 'fraud' as const, text })),
  ...DEBT_RELIEF_FRAUD.map((text) => ({ kind: 'fraud' as const, text })),
  ...BILLS_PRODUCT.map((text) => ({ kind: 'product' as const, text })),
  ...BILLS_FRAUD.map((text) => ({ kind: 'fraud' as const, text })),
  ...BANK_PRODUCT.map((text) => ({ kind: 'product' as const, text })),
  ...BANK_FRAUD.map((text) => ({ kind: 'fraud' as const, text })),
  ...FEE_FIRST_FRAUD.map((text) => ({ kind: 'fraud' as const, text })),
];
