// Session 24 (issue 10, precision): genuine notification forms, written for this table in the shapes real senders use
// (bank, loan app, carrier, courier, e-commerce, government, one-time code, meeting, anti-fraud broadcast), and scam
// counter-sentences that borrow the same words and must stay flagged. No line comes from the field corpus; the forms
// were modelled on public descriptions of how such notices are worded (banks' "we never ask" pages, carriers' bill
// texts, police broadcasts), then written afresh. `{brand}` is filled with the brand's Chinese name by the test.

/** (Session 30 added `own`: the brand's own notice naming only its official contacts, which must come out `official`;
 *  and `collector`: a licensed collector's lawful notice.) */
export type FormKind = 'bank' | 'loan' | 'carrier' | 'courier' | 'shop' | 'gov' | 'otp' | 'meeting' | 'broadcast' | 'own' | 'collector';

export interface GenuineForm {
  kind: FormKind;
  text: string;
  /** The public source the line was written after (session 30's tables note it per group). */
  source?: string;
}

const g = (kind: FormKind, ...texts: string[]): GenuineForm[] => texts.map((text) => ({ kind, text }));

/** Genuine forms: none may be dangerous; the test allows a few to be suspicious (see the test's bar). Written and
 *  left out, still dangerous at the end of session 24 (README, issue 10): a closed account's "注销后如需借款可重新注册"
 *  (注册 read as paying, 借款 as money) and a court fee at its online platform beside "您的案件已立案" (立案 is a crime
 *  reason, so the court's own place to pay does not clear it). */
export const GENUINE_FORMS: readonly GenuineForm[] = [
  ...g(
    'bank',
    '【招商银行】您尾号3312的信用卡本期账单已出，应还金额2,380.50元，到期还款日12月18日，可在招商银行App或掌上生活App还款。',
    '【工商银行】您尾号0927卡12月3日14:21支出(消费)268.00元，余额5,301.22元。如非本人操作，请拨打卡背面客服电话。',
    '【建设银行】您的借记卡即将到期，新卡已寄往您预留的地址，请携带身份证到任一网点激活，旧卡到期后自动失效。',
    '【农业银行】您预约的大额取现业务已受理，请于12月5日携带本人身份证前往朝阳支行营业厅办理。',
    '【中国银行】您的账户因长期未使用已转为不动户，如需恢复使用，请本人携带有效身份证件到开户网点柜台办理。',
    '【交通银行】温馨提示：我行网点营业厅张贴的二维码仅用于服务评价，不会要求您扫码转账。',
    '【邮储银行】您申请的个人账户信息变更已办理完成。本行不会通过短信或电话索要密码和验证码。',
    '【浦发银行】为保障账户安全，请您于12月20日前登录手机银行App更新身份证有效期，逾期将限制部分非柜面业务，也可到网点柜台办理。',
    '【平安银行】您的信用卡年费200元将于下期账单收取，当年刷卡满6次可免次年年费，详情见平安口袋银行App。',
    '【兴业银行】您尾号4471的账户于12月02日收到工资代发8,650.00元，当前余额12,904.31元。',
    'HSBC: A payment of HKD 1,200.00 to ABC LTD was made from your account ending 5521. If you did not authorise this, call us on the number on the back of your card.',
    'Barclays: Your new debit card is on its way. Activate it at any cash machine by entering your PIN, or in the Barclays app.',
    'Chase: Your statement is ready. Your minimum payment of $35.00 is due on Dec 21. Pay in the Chase app or at any branch.',
    'NatWest: We will never ask you to move money to a safe account or to share a one-time passcode. If anyone does, hang up.',
  ),
  ...g(
    'loan',
    '【{brand}】您的借款已放款成功，金额5,000元已转入您尾号6620的银行卡，首期还款日为1月3日，请在App内查看还款计划。',
    '【{brand}】您本期应还1,046.20元，将于12月10日从绑定银行卡自动扣款，请确保余额充足，也可在App内主动还款。',
    '【{brand}】您的借款已全部结清，可在App“我的-结清证明”中下载结清证明。本平台放款前不收取任何费用。',
    '【{brand}】提醒：本平台不会以解冻、刷流水、缴纳保证金等任何理由要求您转账，放款前不收取任何费用，请勿轻信。',
    '【{brand}】您的借款申请未通过审核，30天后可重新申请。任何声称可以“内部通道”提额的都是诈骗。',
    '【{brand}】您已逾期3天，应还金额2,210.00元，逾期将产生罚息并可能影响征信，请尽快登录App还款。',
    '【{brand}】您在12月2日申请的注销账户已受理，注销不收取费用，也不影响征信。如非本人操作请联系官方客服。',
  ),
  ...g(
    'carrier',
    '【中国移动】尊敬的客户，您本月话费账单已出，消费合计89.00元，可通过中国移动App、营业厅或扫描账单上的二维码缴费。',
    '【中国联通】您的套餐将于下月1日生效，如需办理变更请携带身份证到联通营业厅办理，或拨打10010咨询。',
    '【中国电信】您的宽带将于12月31日到期，续费请登录中国电信App或前往就近营业厅办理。',
    '【中国移动】您的号码已欠费12.50元，为避免停机，请及时通过和包支付或到营业厅缴费。',
    '【中国移动】您申请的补换卡业务已办理成功，新卡已激活，原卡失效。如非本人办理，请速到营业厅处理。',
    'Vodafone: Your bill of £32.50 is ready. It will be collected by Direct Debit on 14 Dec. View it in the My Vodafone app.',
    'EE: Your PAC code is 123456789. Give it to your new provider to move your number.',
  ),
  ...g(
    'courier',
    '【顺丰速运】您的快件SF1234567890已到达丰巢柜，取件码36815，请凭取件码或扫描柜机屏幕上的二维码取件。',
    '【中通快递】您的包裹已放在小区驿站，请凭取件码6-2-4402到店取件，驿站营业时间8:00-21:00。',
    '【京东物流】您的订单配送员将于今天14:00-16:00送达，如需改约请在京东App订单详情中操作。',
    '【中国邮政】您有一件进口包裹需缴纳关税128元，请在收件时向投递员缴纳或到中心邮局柜台办理。',
    'Royal Mail: We tried to deliver your parcel today. It is now at your local delivery office; bring the card we left and photo ID to collect it.',
    'DPD: Your parcel will be delivered today between 11:15 and 12:15. Track it or change the date in the DPD app.',
    'Canada Post: A duty and tax of $18.40 is owed on your parcel. Pay it to the letter carrier at delivery or at the post office shown on the card.',
  ),
  ...g(
    'shop',
    '【淘宝】您的订单已发货，物流单号YT7788123456，可在“我的淘宝-已买到的宝贝”中查看物流。',
    '【京东】您申请的退款已原路退回至支付账户，预计1-3个工作日到账，请注意查收。',
    '【美团】您的外卖订单已送达，如有问题请在App内联系商家，美团客服不会要求您提供银行卡密码。',
    '【拼多多】您的退货已签收，退款198.00元将在24小时内原路退回，无需任何操作。',
    'Amazon: 2 items from your order are on their way and should arrive on Thursday. See Your Orders for tracking.',
    'Amazon: Your refund of $24.99 has been issued to your original payment method. It may take 3-5 business days to appear.',
    '【盒马】您的会员年费258元已于12月1日自动续费，如需取消请在App“我的-会员”中关闭自动续费。',
    '收银台已张贴本店收款二维码，请顾客当面扫码付款，店员不会私发收款码，谢谢配合。',
  ),
  ...g(
    'gov',
    '【国家税务总局】您2025年度个人所得税综合所得汇算可退税额为356.00元，请登录个人所得税App确认退税银行卡。',
    '【社保中心】您的社保卡已制作完成，请携带身份证于工作日到社区服务中心窗口领取，并在窗口激活金融功能。',
    '【交警支队】您的车辆于12月1日在中山路有一条违法记录，请通过交管12123 App或到交警大队窗口处理。',
    '【12345政务服务】您反映的问题已转交相关部门办理，办理结果将以短信告知，如有疑问请拨打12345。',
    '【公积金中心】您的住房公积金提取申请已审核通过，款项将于3个工作日内转入您本人银行卡。',
    '【不动产登记中心】您的不动产权证书已办结，请携带受理回执和身份证到政务服务大厅5号窗口领取。',
    '【医保局】您的医保个人账户本月划入156.30元，可在国家医保服务平台App查询。',
    'HMRC: Your tax refund has been paid into your bank account. We never ask for bank details by text.',
    'DVLA: Your vehicle tax is due on 1 January. Renew online at GOV.UK or at a Post Office that deals with vehicle tax.',
    '【派出所】您办理的居住证已制作完成，请于工作日携带回执到户籍窗口领取。',
  ),
  ...g(
    'otp',
    '【支付宝】验证码：583920，您正在登录支付宝，请勿告诉任何人，包括自称客服的人员。',
    '【微信支付】您的验证码为714285，用于修改支付密码，5分钟内有效，切勿将验证码告知他人。',
    '【{brand}】验证码208861，您正在申请借款，任何索要验证码的都是骗子，请勿泄露。',
    '【工商银行】验证码：662104。您正在进行网上支付，金额199.00元，请勿向任何人提供此验证码。',
    '【12306】您的验证码是4092，用于注册铁路12306账号。如非本人操作，请忽略本短信。',
    'Your Google verification code is 418207. Don\'t share it with anyone.',
    'Monzo: 390112 is your code to log in. Never give this code to anyone, even if they say they are from Monzo.',
    'WhatsApp code 221-908. Do not share this code with others. We will never ask you for it.',
    '【京东】验证码：7720，请在页面中输入完成验证。京东工作人员不会向您索取验证码。',
  ),
  ...g(
    'meeting',
    '各位同事，周四下午3点项目周会改为线上，请提前安装腾讯会议，会议号 512 883 901，主讲人请提前调试屏幕共享。',
    '【钉钉】您收到一个视频会议邀请：季度复盘会，12月5日10:00，点击钉钉消息即可入会。',
    '家长您好，本周五晚7点线上家长会，请用腾讯会议加入，会议号和密码见班级群公告，届时老师会共享课件。',
    'Zoom: You are invited to the Finance Team Weekly. Meeting ID 842 1137 2290, passcode 551204. Please test screen sharing before you present.',
    '面试通知：您好，请于12月6日上午10点通过飞书视频会议参加二面，会议链接已发至您的邮箱，届时请准备好作品集进行屏幕共享讲解。',
    'Teams: Your interview with the hiring panel is at 2 pm. Join from the calendar invite; you may be asked to share your screen to walk through your portfolio.',
  ),
  ...g(
    'broadcast',
    '【反诈中心】警惕冒充客服诈骗：凡是要求您开启屏幕共享、下载会议软件、提供验证码的“客服”都是骗子，请立即挂断并拨打96110咨询。',
    '【公安反诈】提醒：不存在所谓“安全账户”，公检法机关不会通过电话要求转账，更不会让您扫码缴纳保证金。',
    '【国家反诈中心】贷款前要求缴纳手续费、解冻金、保证金的都是诈骗，正规贷款放款前不收取任何费用。',
    '【反诈宣传】刷单返利是诈骗，先垫付后返现的“兼职”不要做，遇到可疑情况请拨打110。',
    '反诈民警提醒：接到自称“征信中心”要求注销校园贷、修复征信的电话，一律是诈骗，征信无法花钱修复。',
    '【派出所】温馨提示：近期有骗子冒充快递员称包裹丢失要理赔，让您扫码进群并共享屏幕，请勿上当。',
    'Police Scotland: Banks and police will never ask you to transfer money to a safe account or to withdraw cash for collection. Hang up and call 101.',
    'Action Fraud: Criminals may ask you to download an app so they can "help" you. Genuine organisations will never ask for remote access to your device.',
    '【{brand}】安全提醒：{brand}不会要求您下载其他App、开启屏幕共享或向个人账户转账，遇到此类要求请立即挂断。',
    '社区通知：营业厅门口张贴的“扫码领鸡蛋”二维码系商家广告，请勿扫码填写身份证和银行卡信息。',
  ),
  ...g(
    'bank',
    '【中信银行】您申请的银行卡挂失补办已受理，补卡工本费10元，请于5个工作日后携带身份证到原网点柜台领取新卡。',
    '【光大银行】您的跨行转账5,000.00元已成功，手续费0.00元。如有疑问请致电95595。',
    '【招商银行】您的信用卡分期已办理成功，分12期，每期手续费28.80元，将随账单收取。',
    '【广发银行】您的信用卡已逾期，最低还款额560.00元，逾期将收取违约金，请尽快通过发现精彩App还款。',
    'Revolut: You sent £40.00 to Tom Baker. If you did not make this payment, freeze your card in the app.',
  ),
  ...g(
    'loan',
    '【{brand}】您的提前还款申请已受理，提前还款手续费为0元，请在App内确认还款金额。',
  ),
  ...g(
    'carrier',
    '【中国电信】您办理的副卡已开通，月功能费10元从下月起收取，详情请咨询10000或到营业厅查询。',
    '【中国联通】您的携号转网授权码为A37X91，有效期至12月9日，请凭此码到转入运营商营业厅办理。',
  ),
  ...g(
    'courier',
    '【邮政EMS】您的国际包裹已清关，税费已由寄件人支付，预计明日投递，无需您支付任何费用。',
    '【丰巢】您的快件已超时存放，超时费1元，请在丰巢小程序内支付后取件。',
    'USPS: Your package is held at the Post Office. Bring the notice slip we left and a photo ID to the counter to pick it up.',
  ),
  ...g(
    'shop',
    '【唯品会】您的订单因商家缺货已取消，支付的89.00元将原路退回，无需联系任何客服。',
    '【携程】您预订的12月8日航班已出票，请提前2小时到机场柜台办理值机，退改请在携程App内操作。',
  ),
  ...g(
    'gov',
    '【出入境管理】您的护照已制作完成，请凭受理回执到出入境接待大厅领取，也可选择邮政速递送证上门。',
    '【税务局】您有一张电子发票待确认，请登录电子税务局查看，税务机关不会通过短信链接要求您缴税。',
  ),
  ...g(
    'otp',
    '【建设银行】您正在绑定新设备，验证码731066，如非本人操作请勿输入并立即修改密码，工作人员不会向您索取。',
    '【{brand}】您正在修改登录手机号，验证码495120，请在App页面输入，切勿转发或告诉他人。',
  ),
  ...g(
    'meeting',
    '【腾讯会议】王经理邀请您参加“年度预算评审”，时间：12月9日14:00，会议号：883-201-774，请提前准备汇报PPT，届时共享屏幕讲解。',
  ),
  ...g(
    'broadcast',
    '【反诈中心】提醒：营业厅、银行网点不会通过电话让您“前往网点解冻”后再转账到陌生账户，遇到请拨打96110。',
    '【公安提醒】扫码领取礼品、扫码退费要警惕，收银台以外陌生人递来的二维码请勿扫描付款。',
  ),
  ...g(
    'shop',
    '【如家酒店】您已预订12月8日入住，入住时前台将收取押金200元，退房时原路退还。',
    '【哈啰】您的押金199元已退还至原支付账户，预计1-3个工作日到账。',
  ),
  ...g(
    'gov',
    '【法院】您的执行案件款项已到账，请携带身份证和银行卡到本院执行局窗口办理领取手续。',
    '【派出所】您的户籍业务可扫码预约办理，到窗口后出示预约码即可。',
    '【公积金中心】您的公积金贷款已结清，请携带身份证到中心窗口领取结清证明，补办证明需缴纳工本费10元。',
  ),
  ...g(
    'courier',
    'DPD: Your parcel arrives today. Give the driver your 4-digit PIN 3310 to receive it.',
    'Amazon: Your delivery today needs a code: share 552104 with the delivery associate only after you receive your package.',
    '【京东物流】您的包裹今日送达，收货码为8351，请在快递员送达时出示收货码完成签收，非本人请勿告知。',
  ),
  ...g(
    'meeting',
    '我是三班的王老师，今晚7点开家长会，请打开腾讯会议，会议号 512 331 208，密码 2468。',
    '我是人事部小李，明天上午10点线上面试，请提前安装腾讯会议，会议号见邮件。',
  ),
  ...g(
    'shop',
    '【永辉超市】会员日消费满100元可凭小票在服务台扫码参与抽奖，奖品当场领取。',
    '【肯德基】恭喜您获得一张免费饮品券，到店出示券码或扫码即可兑换，无需支付任何费用。',
    '【中国福利彩票】您购买的彩票中奖500元，请携带彩票和身份证到任一投注站兑奖，扫码无效。',
    '【美团】您的退款已到账，如对售后客服处理不满意，可扫码评价。',
    '【蒙牛】瓶盖内印有兑奖码，扫码即可参与抽奖，中奖后奖品免费邮寄，不收取任何费用。',
    '【海底捞】您已取号，前方还有12桌，到店后可扫码点餐，餐后可在桌边扫码开票。',
  ),
  ...g(
    'loan',
    '【{brand}】本平台借款放款前不收取任何保证金、解冻金、会员费，如有人要求您先交钱再放款，请立即报警。',
    '【{brand}】您已开通会员，会员费19元已从绑定银行卡扣除，会员可享借款利率优惠，可随时在App内取消。',
    '【{brand}】您的借款已放款，本笔借款需按月支付担保服务费，费用已在借款合同中列明，将随每期还款一并扣收。',
    '【融资担保公司】您通过{brand}申请的借款由我司提供担保，担保费按月收取，已包含在还款计划中，无需另行缴纳。',
    '【{brand}】您本期应还本金1,000.00元、利息52.30元、担保费30.00元，合计1,082.30元，请于12月10日前在App内还款。',
  ),
  ...g(
    'broadcast',
    '【反诈中心】若对方以账户冻结为由让您转账，请直接挂断并拨打96110。',
  ),
];

/** Scams that borrow the genuine forms' words (a counter, a signed name, a QR code, a fee, a code): each stays flagged,
 *  and those marked `dangerous` stay dangerous. */
export const SCAM_COUNTERS: readonly { text: string; dangerous: boolean }[] = [
  { text: '【招商银行】您的信用卡额度异常将被冻结，请扫描下方二维码缴纳解冻费500元。', dangerous: true },
  { text: '您好，我是银行客服，您的账户涉嫌洗钱，请扫我发您的二维码把资金转入安全账户。', dangerous: true },
  { text: '【中国移动】您的积分即将清零，请点击链接填写银行卡号兑换话费。', dangerous: true },
  { text: '客服：您的借款已审核通过，放款前需先交2000元保证金，请转到我提供的账户。', dangerous: true },
  { text: '【顺丰速运】您的包裹丢失，我们将双倍理赔，请扫码添加理赔专员并开启屏幕共享。', dangerous: true },
  { text: '您的验证码已发送，请把收到的验证码告诉我，我帮您完成退款。', dangerous: true },
  { text: '不用去营业厅，扫这个二维码就能缴纳保证金解冻账户。', dangerous: true },
  { text: 'Your account is locked. Scan the QR code and pay the unlock fee to restore access.', dangerous: true },
  { text: 'HSBC: your card is suspended. Read me the code we just sent so I can reverse the payment.', dangerous: true },
  { text: '【{brand}】您的账户被冻结，请下载“安心助手”App并开启屏幕共享，客服指导您解冻。', dangerous: true },
  { text: '我是派出所民警，你涉嫌洗钱，不要去营业厅，把钱转到我们的安全账户接受调查。', dangerous: true },
  { text: '【京东】您的退款失败，请扫描二维码进入退款页面填写银行卡号和验证码。', dangerous: true },
  { text: '我是客服小王，请打开腾讯会议，会议号 512 331 208，我指导您操作退款。', dangerous: true },
  { text: '我是公安局的张警官，你涉嫌洗钱，马上下载腾讯会议配合调查，不要告诉家人。', dangerous: true },
  { text: '我是王老师，请打开腾讯会议，把你的账户余额给我看一下。', dangerous: true },
  { text: '我是客服，请下载腾讯会议，进入会议后共享屏幕，我给您演示退款操作。', dangerous: true },
  { text: 'This is your bank\'s fraud team. Join the Zoom call and share your screen so we can secure your account.', dangerous: true },
  { text: 'DPD driver here, please text me the PIN we sent so I can deliver your parcel.', dangerous: true },
  { text: '快递员：您好，把您手机刚收到的验证码报给我，我好上门给您派件。', dangerous: true },
  { text: '账单上的二维码已失效，请扫描下方二维码缴纳滞纳金，否则停机。', dangerous: true },
  { text: '请携带银行卡到网点柜台，把钱转到我们提供的安全账户。', dangerous: true },
  { text: '您申请的注销账户需要先缴纳500元手续费，请转到指定账户。', dangerous: true },
  { text: '您好，学生时期开通的校园贷需要注销，请配合注销账户，否则影响征信。', dangerous: true },
  { text: '恭喜中奖！扫描下方二维码领取奖品，需先支付20元运费。', dangerous: true },
  { text: '请到店后扫这个码缴纳保证金，才能领取奖品。', dangerous: true },
  { text: '客服：您的退款失败，请扫码评价后领取退款。', dangerous: true },
  { text: '恭喜您被抽中幸运用户，扫码抽奖后需先缴纳20元税费才能领取奖品。', dangerous: true },
  { text: '请到银行柜台办理，先缴纳解冻费3000元才能放款。', dangerous: true },
  { text: '您的贷款已审批，请到网点缴纳工本费后，把保证金转到指定账户。', dangerous: true },
  { text: '您的借款已审核通过，担保费按月收取，但放款前需先交首月担保费500元。', dangerous: true },
  { text: '您的借款需支付担保费800元，已包含在还款计划中，请先转到指定账户才能放款。', dangerous: true },
  { text: '如有人要求您先交钱再放款，请立即报警。您的借款需先缴纳500元保证金才能放款，请转到指定账户。', dangerous: true },
];
