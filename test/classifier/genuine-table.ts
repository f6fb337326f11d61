// The genuine cases of the classifier's own tables: text the whole classifier, the shipped wording model included,
// must leave unflagged (official or unknown), and where a table says so official. One home, read by the table tests
// that state them and by the wording model's fit (bench/classifier-fit.ts), which chooses no bar that flags one of
// them — the fit guard (issue 10). Written from public forms and warnings (each list's sources at its test), never
// from the field corpus. The cases of cases.ts and genuine-probes.tsv join the guard from their own files
// (guardedGenuine).
import type { Brand } from '../../src/content/brand.ts';
import { LINK_CASES, MESSAGE_CASES, PHONE_CASES } from './cases.ts';
import { loadProbes } from './genuine-probes.ts';

/** concepts.test.ts: actions without a pretext, reports, advice (also read by the concept grammar alone). */
export const CONCEPTS_GENUINE: readonly string[] = [
  '【招商银行】您尾号6615的信用卡本期账单金额3,245.80元，最后还款日12月18日，可通过掌上生活App还款。',
  '【中国移动】尊敬的客户，您的话费余额已不足10元，为避免停机，请及时充值。',
  '【国家税务总局】您2025年度个人所得税综合所得汇算可退税款318.50元，请登录个人所得税App办理。',
  '【工商银行】您尾号1234卡11月29日14:22转入人民币5,000.00元，余额12,880.10元。',
  '【工商银行】您尾号1234的卡向张三转账500.00元失败，原因：余额不足。',
  '【中国银行】您正在向尾号0021的账户转账10,000.00元，验证码 274815。如非本人操作请勿将验证码告诉任何人。',
  '【京东】您的退款申请已通过，退款¥129.00将在1-3个工作日原路退回。',
  '【美团】您的验证码是5084，请在页面中输入完成验证，不要告诉其他人。',
  '【社保局】您的社保卡已制作完成，请携带身份证到服务网点领取。',
  '【学校财务处】本学期学费5,800元请于9月10日前通过学校缴费平台缴纳，勿向个人账户转账。',
  '【安心借】您的借款已逾期1天，请尽快在App内还款，逾期将影响您的个人征信。',
  '【中信银行】您的信用卡已获临时额度10,000元，有效期至2027-02-28，到期后需一次性还清。',
  '【某某法院】您有一份电子诉讼文书待签收，请登录人民法院在线服务平台查看，咨询12368。',
  '妈，我到学校了，生活费收到了，不用再转了',
  '老公，房租记得今天转给房东，账号我发你微信了。',
  'Zoom meeting invite: Join Zoom Meeting, Meeting ID 884 2213 9012, Passcode 551234.',
  'PayPal: You sent $25.00 USD to John Smith. If you did not make this payment, log in to PayPal to report it.',
  'Your Chase card payment of $52.10 to Netflix was declined. If you did not attempt this, call the number on your card.',
  "We'll send a verification code to your phone. Enter it on the next screen.",
  '【XX信用卡】您的信用卡已逾期，请尽快缴纳欠款，以免影响征信。',
  '【安心借】您的借款审核需要补充资料，请在App内上传身份证照片。',
  '【顺丰速运】您的快件派送失败，请点击链接重新预约派送时间。',
  '【XX大学】本学期学费请于9月10日前转入以下账户：户名XX大学，开户行工商银行。',
  '妈，钱打到我的卡上吧，卡号我微信发你',
  '【京东】您的京豆将于月底清零，请尽快使用。',
  '【XX银行】恭喜您获得提额资格，可登录手机银行申请，限时三天。',
  '【XX银行】请按页面指引完成借款申请，感谢您的配合。',
  '【菜鸟驿站】请扫码取件，取件码 8-2-3014。',
  '【XX银行】您本期信用卡账单已出，请扫码或登录App还款。',
  '【腾讯会议】远程会议将于14:00开始，请打开远程会议链接加入。',
  'Reminder: your rent payment of $1,200 is due on the 1st. Transfer to our account ending 4410 as usual.',
  'Your Netflix payment failed. Update your payment details in the app to keep watching.',
  '【微信支付】您的零钱提现200.00元已到账，手续费0.20元。',
  '【中国人民银行】一次性信用修复由系统自动完成，无需个人申请，不收取任何费用。',
  '明天的线上会议用腾讯会议，会议号 815 223 901，到时候我共享屏幕给大家讲方案。',
  '【天猫】您的积分即将过期，请尽快兑换好礼。',
];

/** concepts.test.ts: anti-fraud broadcasts and case write-ups that describe a scam. */
export const CONCEPTS_BROADCASTS: readonly string[] = [
  '提醒家里老人：有人打电话说你孩子出车祸要转钱，先挂了给孩子打电话核实。',
  '【社区】防范养老诈骗：以高额返利为诱饵的“养老项目”要求先交会员费，千万别信。',
  '【XX派出所】近期出现冒充公检法诈骗，民警不会通过电话做笔录，更不会要求你把钱转到安全账户。',
  '温馨提示：近期有不法分子冒充快递客服以理赔为由诱导下载会议软件，请提高警惕。',
  '近期有骗子冒充电商客服，以商品质量问题退款为由，让消费者在借贷平台借款，大家注意。',
  'HSBC will never ask you to share your screen or tell us your one-time passcode.',
  // Police help residents install the national anti-fraud centre's own app (DESIGN: it takes reports).
  '【社区】本周六上午民警在社区服务中心讲解“刷单返利”“冒充客服”诈骗，现场帮居民下载国家反诈中心App。',
  // Session 12: … its name in quotation marks is the same name.
  '建议家里老人也安装“国家反诈中心”App，陌生来电会有提示。',
  // Case write-ups naming the victim in the third person (深圳反诈中心 2025, ptszx.cn 2025-09-25).
  '刘先生信以为真，按对方要求先交了2000元解冻金，对方又要他再交保证金。',
  '王阿姨接到电话后，按对方指示把5万元转入所谓的安全账户。',
  // Session 11: a case told in the third person up to the first clause that turns to the reader (police case
  // write-up forms: 某地通报 + 一名/一男子 + what they did), every layer off in those clauses.
  '某地反诈中心通报：一名退休教师按“理财顾问”的要求下载了一款投资App，把12万元转入对方提供的账户，发现无法提现后才报警。',
  '一男子按照“网贷客服”的指引，在会议软件里开启了屏幕共享，随后银行卡里的钱被分多笔转走。',
  // An impersonator's words quoted in full: the sentence opens with who says them (冒充…常说“…”).
  '冒充银行客服常说“账户异常马上冻结，需要提供卡号和有效期做核验”，银行从不这样来电。',
  // "凡是……都是电信诈骗": the fraud named with its kind still sorts the tactic into fraud.
  '凡是在电话里声称能帮你注销账户、要你先交一笔手续费的，都是电信诈骗。',
  // A third party as the subject of a modal before the verb: what the caller can do, described.
  '对方能报出您的姓名和银行卡号，并不说明他真是银行的人。',
  // A tactic heading the name of a kind of scam (…和…骗局) is named, not offered.
  '本周五晚上图书馆有一场网络安全讲座，会讲刷单和虚假投资骗局，欢迎参加。',
  // A statement downloaded *in* the app is the genuine channel, not an app to install (bank notice form).
  '[Bank] Your annual tax statement is ready: download it in the app under Documents.',
  // A past condition reports through the matched words themselves (the phrase rules' 说出了).
  '万一在通话时说出了验证码，请马上修改登录密码并冻结账户。',
  // Session 12: the reader as the subject of a verb before 的 makes a relative clause ("您输入的密码" = the password
  // you type): a noun described, in the phrase rules as in the grammar (bank security explainer forms).
  '您输入的交易密码只会加密保存在手机里，银行员工也看不到。',
  // Session 12: a list of tactics sorted into fraud by its kind ("都是刷单诈骗"), as "都是诈骗" is.
  '社区提醒：网上兼职、充值返利、先垫付保证金，这些都是刷单诈骗。',
  // … and whoever asks sorted into "not us" by the sender itself (banks' and lenders' notice forms).
  '【某银行】请只在手机应用商店下载本行App，发链接让您另装安装包的都不是我们。',
];

/** concepts.test.ts: money credited, topped up or withdrawn through the genuine channel. */
export const CONCEPTS_CREDITED: readonly string[] = [
  '【某银行】您的信用卡本期账单已出，可通过手机银行或本行ATM还款。',
  '【某平台】您的提现申请已受理，资金将在2小时内到账。',
  '您充值的100元已到账，余额可在App内查看。',
  '您的提现将在审核通过后到账，平台不收取任何费用。',
  'Deposits made before 5pm are credited the same day; you can withdraw them from any branch.',
  '请勿相信“先交钱才能提现”的说法，凡是要求先充值再返还的都是诈骗。',
];

/** probes.test.ts: genuine notices and broadcasts that name the tactics of its scam probes. */
export const PROBES_NOTICES: readonly string[] = [
  '【某银行】尊敬的客户，您尾号1234的卡于12月1日消费128.00元。',
  '【保卫处】凡是自称公检法要求汇款到安全账户的、凡是通知中奖要先交钱的，一律是诈骗，请直接挂断。',
  '【反诈提醒】支付宝实名认证不分学生账户和成人账户，所谓“学生账户转成人账户”的电话都是骗局。',
  '【某银行】您的贷款已发放至尾号5678的银行卡，请登录手机银行查看还款计划。',
  '会议通知：明天10点项目评审，请各位提前下载客户端，届时请汇报人共享屏幕讲解方案。',
  '【税务局】个人所得税年度汇算已开始，请登录个人所得税App办理。',
  '【某银行】本行不会以任何理由要求您将资金转入所谓“安全账户”，请勿向陌生账户转账。',
  '民警提醒：正规平台放款前不收取任何费用，要求先交解冻金、保证金的都是诈骗。',
  '【某证券】您的资金账户已完成年度回访，如需修改信息请前往营业部柜台办理。',
  '【中国移动】您本月话费账单已出，应缴58.00元，可通过中国移动App缴费。',
  '【人社局】您的社保卡已制作完成，请携带身份证到服务网点领取。',
  '网贷填错卡号要交“解冻金”？正规平台绝不会让借款人垫钱解冻，碰到要转账的一律挂断。',
  '接到自称客服说要“注销学生账户”的电话，直接挂断，不下载任何会议软件，不转账。',
  'Reminder: we will never ask you to transfer money to a safe account or to share your screen.',
  'Your order has shipped. Track it in the app; you do not need to pay anything on delivery.',
  '【某银行】您尾号1234的账户12月01日转入人民币5,000.00元，余额12,345.67元。',
  '【某快递】您的快件已由本人签收，如有疑问请致电客服。',
  '【铁路】您购买的12月5日G123次车票已出票，请携带身份证检票乘车。',
  '【某银行】您的信用卡本期账单已出，最低还款额500.00元，请于12月20日前还款，可通过手机银行还款。',
  '【某支付】您已成功支付58.00元，如非本人操作请及时冻结账户。',
  '【会议】您预约的会议“季度复盘”将于明天10:00开始。',
  '【社区】本周五在社区活动室开展反诈宣传，现场教大家识别冒充客服、刷单返利等骗局。',
  'Your refund of $23.50 has been issued to your original payment method.',
  'A payment of $45.00 was made from your account ending 1234. If you did not make it, call the number on the back of your card.',
  'Your verification code is 482913. Do not share this code with anyone.',
  '一次性信用修复由系统自动完成，无需申请，不收取任何费用，谨防诈骗。',
];

/** probes.test.ts: genuine lines beside the requests said in other words. */
export const PROBES_OTHER_WORDS: readonly string[] = [
  '【吉安公安】不出租、不出借、不出售银行卡和电话卡，出借“两卡”涉嫌帮信罪，遇到收卡的请报警。',
  '警方提醒：有人以兼职为名收购银行卡、手机卡的，都是诈骗分子在找“工具人”，请勿出借。',
  '会议通知：周三下午3点线上评审，会议室已预订，请各位准时入会，汇报人提前准备共享桌面。',
  '【某银行】您的新卡已激活，可在手机银行将其他银行卡绑定到本行账户，享受一键还款。',
  'Reminder: your car insurance renewal is due. Bring your policy number when you visit the branch.',
  '【某银行】您尾号1234的卡正在快捷支付88.00元，动态码665201。请勿告知任何人，包括自称客服的人员。',
  // sentence shapes of police broadcasts and platform notices (my words)
  '【某区公安】近期有人以“兼职刷单”为名，诱导学生垫付货款，实为电诈，遇到请拨打110。',
  '【某分局反诈中心】我是反诈民警，您正在通话的对象涉嫌冒充客服诈骗，请立即停止一切转账操作。',
  '【某出行】您的行程验证码为5521，上车时告诉司机即可。',
  '【某花呗】本月应还820.00元将于12月10日自动扣款，请确保绑定银行卡资金充足。',
  '[Lender] Your application is being reviewed. No fees are charged before your loan is paid out.',
  '【中国移动】您已成功设置呼叫转移，来电将转接至您指定的号码，如需取消请发送QXHZ至10086。',
  '【安心借】新版App已上架各大应用商店，请在应用商店搜索“安心借”更新，不要通过短信链接下载安装。',
];

/** forms.test.ts: common forms of genuine notifications, from general knowledge of each kind. */
export const FORMS_GENUINE: readonly string[] = [
  '【工商银行】您尾号1234的卡11月29日14:32转入人民币5,000.00元，余额12,345.67元。',
  '【招商银行】您的信用卡本期账单已出，应还¥3,210.50，最后还款日12月10日。请存入足额资金到还款卡。',
  '【中国移动】您本月话费账单已出：58.00元。详情登录中国移动App查询。',
  '【顺丰速运】您的快件SF1234567890123已由驿站代收，取件码 8-3-1234，地址：XX小区菜鸟驿站。',
  '【支付宝】您的花呗本月应还1,024.00元，将于12月10日自动扣款。',
  '【淘宝】您的订单已发货，物流单号 YT1234567890123。',
  '【京东】您的退款128.00元已原路退回，预计1-3个工作日到账。',
  '【腾讯会议】张三邀请您参加会议，会议号：123-456-789，会议时间 2026/12/01 14:00-15:00，点击链接入会 https://meeting.tencent.com/dm/abc123',
  '【12306】您已购12月1日G123次列车，检票口A5，请携带身份证乘车。',
  '【微信支付】您的账户已成功向XX超市付款45.50元。',
  '【国家反诈中心】提醒您：刷单返利都是诈骗，凡是要求先垫付的都是骗子。',
  '【XX银行】验证码：583920，您正在进行转账操作，转账金额1,000.00元，请勿泄露验证码。',
  '【XX银行】您正在绑定新设备，验证码123456。如非本人操作，请致电95588。',
  'Your Amazon order #123-4567890-1234567 has shipped. Track at amazon.com/orders.',
  '【美团】您的外卖订单已送达，如有问题请联系骑手 138 1234 5678。',
  '【社保局】您的社保卡已制作完成，请携带身份证到XX服务网点领取。',
  '【滴滴出行】您的行程费用32.50元已支付。',
  '【XX银行】您的信用卡额度已调整为50,000元，详询95588。',
  '【中国联通】您已成功充值100元，当前余额128.36元。',
  'Hi team, the Zoom link for tomorrow: https://zoom.us/j/84512345678 Meeting ID: 845 1234 5678 Passcode: 123456',
  '温馨提示：您的借款将于12月5日到期，请及时还款，可在App内操作。',
  '【XX法院】您有一份诉讼文书，请登录人民法院在线服务平台查看，案号(2026)沪0101民初12345号。',
  '【微信】您正在登录网页版微信，验证码 4821，请勿告诉他人。',
  '【XX快递】您的包裹因地址不详暂存网点，请联系快递员 13912345678 确认地址。',
  '【XX大学】请同学们于12月1日前在学校官网提交奖学金申请材料。',
  '【安心借】您的借款已打到您尾号1234的银行卡，请查收。客服400-000-0000',
  '【XX银行】您的账户于11月29日存入工资8,500.00元。',
  'Your package is out for delivery today between 2pm and 6pm. Tracking 1Z999AA10123456784.',
  'Reminder: your dentist appointment is Dec 2 at 10:15. Call 010-8765-4321 to change it.',
  '【中国电信】尊敬的客户，您的宽带将于12月31日到期，续费请登录电信营业厅App或拨打10000。',
  '【XX银行】您的借记卡将于2026年12月到期，新卡已寄出，请在手机银行激活。',
  '【国家反诈中心】如果有人让你下载会议软件开启屏幕共享，请立即挂断。',
  '【平安保险】您的车险将于12月15日到期，续保请联系您的专属顾问或拨打95511。',
  '【XX医院】您预约的门诊已取消，退款将原路退回至支付账户。',
  '【拼多多】您的订单已签收，如对商品不满意可在App内申请退款。',
  '【XX银行】温馨提示：银保监会已更名为国家金融监督管理总局，投诉请拨12378。',
  '国家金融监督管理总局（原银保监会）提醒：理性借贷，按时还款。',
  '【顺丰速运】您的快递丢失，我们将按保价规则赔偿，请在顺丰App内申请理赔。',
  '【东方航空】您的航班MU5101因天气原因延误，可在东航App内申请延误补偿。',
  '【XX银行】您的信用卡已激活，首次消费可享优惠，详情请登录手机银行查看。',
  '【XX证券】您的资金账户已转入10,000.00元，请登录交易软件查看。',
];

/** official.test.ts: the brand's notices that ask nothing, or ask through the app (official). */
export const OFFICIAL_ASKS_NOTHING: readonly string[] = [
  '【安心借】您本期应还1,256.38元，最后还款日12月10日，系统将自动扣款。客服热线400-000-0000',
  '【安心借】验证码 604117，切勿告诉任何人。如非本人操作请致电 400-000-0000。',
  '【安心借】您的额度已提升，请在App内查看。客服热线 400-000-0000',
  '[AnxinLoan] Official hotline 400-000-0000; from abroad +86-21-0000-0000.',
];

/** official.test.ts: notices asking through the app or giving the brand's own address (official). */
export const OFFICIAL_OWN_CHANNEL: readonly string[] = [
  '【安心借】验证码 604117，请勿告诉任何人。如非本人操作请致电 400-000-0000。',
  '【安心借】您的证件已过期，请在App“个人信息”中上传新证件。客服热线 400-000-0000',
  '【安心借】如需开具结清证明，可发邮件至 service@anxinjie.example，客服热线 400-000-0000',
];

/** language.test.ts: warnings and advice that count against a scam verdict (unknown). */
export const LANGUAGE_WARNINGS: readonly string[] = [
  '凡是自称客服要求屏幕共享、转账到安全账户的都是诈骗',
  '反诈提醒：官方客服不会要求你提供验证码，切勿泄露',
  '请认准官方App，从应用商店下载安心借',
  '警方提醒：骗子冒充客服，称您的校园贷需要注销否则影响征信，谨防上当。',
  'Never share your code; scammers pose as customer service and ask you to share your screen.',
  '【安心借】您的验证码为482913，5分钟内有效，请勿告诉他人。',
  '您的额度已提升至50,000元',
  '腾讯会议邀请：会议号 123 456 789，时间 2024-05-01 14:00',
];

/** A guarded case: its text, whether it must stay official, and the table it comes from. */
export interface GuardedCase {
  text: string;
  official: boolean;
  table: string;
}

const UNFLAGGED = {
  'concepts.test.ts': [...CONCEPTS_GENUINE, ...CONCEPTS_BROADCASTS, ...CONCEPTS_CREDITED],
  'probes.test.ts': [...PROBES_NOTICES, ...PROBES_OTHER_WORDS],
  'forms.test.ts': FORMS_GENUINE,
  'language.test.ts': LANGUAGE_WARNINGS,
};

/** Every guarded case under a brand: the lists above and cases.ts against the demo brand (their contacts are its
 *  own), genuine-probes.tsv against any brand (its placeholders filled; the brand group official). */
export function guardedGenuine(brand: Brand, demo: boolean): GuardedCase[] {
  const out: GuardedCase[] = loadProbes(brand).map((p) => ({
    text: p.text,
    official: p.group === 'brand',
    table: 'genuine-probes.tsv',
  }));
  if (!demo) return out;
  for (const [table, texts] of Object.entries(UNFLAGGED))
    for (const text of texts) out.push({ text, official: false, table });
  for (const text of [...OFFICIAL_ASKS_NOTHING, ...OFFICIAL_OWN_CHANNEL])
    out.push({ text, official: true, table: 'official.test.ts' });
  for (const c of [...PHONE_CASES, ...LINK_CASES, ...MESSAGE_CASES])
    if (c.verdict === 'official' || c.verdict === 'unknown')
      out.push({ text: c.input, official: c.verdict === 'official', table: 'cases.ts' });
  return out;
}
