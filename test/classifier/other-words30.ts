// Scams in other words (session 30, issue 10): five families of scam messages that carry no code, link or account
// the older rules read, each with genuine counters that share its words. Every line is written for this table, in
// our own words, from the public warnings noted on each group; none comes from the field corpus.

/** A described actor (staff, police, an official) who bans telling the family, taking other calls, hanging up or
 *  calling the bank or hotline. Sources: FTC gift-card and government-impostor alerts ("they stay on the phone with
 *  you"); 冒充公检法 warnings (反诈 posts: "签了保密协议，连家里人都不敢说", "不能告诉任何人，否则会被捕"). */
export const ISOLATION_SCAMS = [
  '这里是市公安局刑侦支队，你涉及一起洗钱案，这是保密案件，不要告诉你的家人。',
  '我是反诈中心的警官，调查期间不要接其他电话，也不要跟家里人提这件事。',
  '你的银行卡涉嫌违法，本案需要保密，请勿向家属透露，否则按妨碍调查处理。',
  '我是银行风控专员，处理期间请不要挂断电话，也不要打银行客服热线，会影响处理。',
  '检察院办案人员提醒：此案不得外传，你不能跟父母和朋友说，手机不要接别人的电话。',
  '平台客服告诉你：现在操作不要让家人知道，也不要给官方热线打电话，他们会把你的账户冻结。',
  '公安局通知：您名下账户涉案，案件侦办期间不要告诉任何亲友，不要接陌生来电。',
  '我们是监管局的工作人员，这件事请对家人保密，别打银行电话问。',
  'This is Officer Grant from the fraud unit. This is a confidential case, so do not tell your family about this call.',
  'I am calling from the bank security team. Do not hang up and do not call your branch, the fraudsters may be listening.',
  'Customs officer here: your parcel held drugs. You must not discuss this with your relatives or take any other calls until we finish.',
  'This is the tax office. Do not contact your bank or speak to your children about this until the matter is settled.',
  'Detective Reyes speaking. Stay on the line with me, keep this from your family, and do not call the hotline number on your card.',
  'Your account is under investigation by the police. Do not tell anyone in your family and do not answer other calls today.',
];

/** Genuine text that shares the isolation words: advice that sends the reader to the police, the family or a known
 *  number, and ordinary notices. Must stay unflagged. */
export const ISOLATION_COUNTERS = [
  'If someone calls claiming to be the police, do not call them back on their number; call 999 directly.',
  'Police advice: scammers tell you not to tell your family. Always talk to a relative before you move any money.',
  '警方提醒：凡是自称公检法要求你保密、不要告诉家人的，都是诈骗，请立即挂断并拨打110核实。',
  '反诈中心提示：接到陌生来电说你涉案，先挂断电话，告诉家人，再打官方电话核实。',
  'Your bank will never ask you to keep a call secret from your family. If in doubt, hang up and call the number on your card.',
  '温馨提示：银行工作人员不会要求您保密或不要接听其他电话，如有疑问请拨打卡背面的客服热线。',
  '您的快递已到驿站，请凭取件信息领取，请勿将个人信息告诉他人。',
  'Please keep your PIN confidential and do not share it with family members or anyone else.',
  'Your bank will never tell you to keep a call secret from your family or to stay on the line while you move money.',
  '银行客服提醒：如有人让您不要告诉家人、不要挂电话，请立即挂断并拨打官方客服电话。',
  '客服提示：您的验证码请注意保密，不要告诉任何人，包括客服人员。',
  'Our support team will never ask you for your PIN. Do not tell anyone your PIN, not even family.',
];

/** A call promised after a problem, under an authority or an unusual reason ("an officer will call you"). Sources:
 *  FTC and bank warnings on fake fraud-department and escalation calls; 反诈 warnings on 冒充客服 "专员会联系您". */
export const CALL_PROMISED_SCAMS = [
  '您的账户异常，已被列入风控名单，稍后会有专员来电为您处理，请保持手机畅通。',
  '您的征信出现问题，警官将在半小时内给您来电，请注意接听。',
  '您名下的学生贷款未注销，稍后客服专员会电话联系您办理。',
  '您的身份信息涉嫌被冒用，公安局工作人员稍后将致电您核实情况。',
  '您的借款合同存在违规，法务部专员将于今天给您打电话，请务必接听。',
  'Your case has been escalated. An officer will call you within the hour, please keep your phone on.',
  'Suspicious activity was found on your account. A fraud specialist will phone you shortly to secure your funds.',
  'Your identity has been linked to a criminal case. A federal agent will contact you by phone today.',
  'Your student loan record shows an error. A case manager will call you in the next 30 minutes to fix it.',
  'A warrant has been issued in your name. An officer from the sheriff office will call you this afternoon.',
];

/** Genuine notices that promise a call, and warnings about the script. */
export const CALL_PROMISED_COUNTERS = [
  '您预约的维修服务已受理，工程师将于明天上午来电确认上门时间。',
  '您的借款申请已提交，如需补充材料，我们会在App内通知您。',
  'Your appointment is confirmed. Our nurse will call you the day before to remind you.',
  'Thanks for your order. The driver will call you when he is 10 minutes away.',
  'Warning: scammers say your account has a problem and an officer will call you. Hang up and call the bank on the number on your card.',
  '警方提醒：收到“账户异常，稍后专员来电”的短信，请勿接听相信，可拨打官方客服电话核实。',
  '派出所提醒：您报案的电动车已找到，民警稍后会给您打电话约定领取时间。',
  'Your police report has been received. An officer will call you within two working days.',
];

/** Credit repair offered as a service (征信修复, 洗白, 铲单, removing overdue records). Sources: 人民银行征信中心 and
 *  news on 征信修复 scams ("任何打着征信修复名义进行的商业活动都是骗局"); FTC on credit-repair scams. */
export const CREDIT_REPAIR_SCAMS = [
  '专业征信修复，逾期记录三天消除，不成功不收费，加微信咨询。',
  '征信花了？网贷逾期？我们内部渠道帮您洗白征信，当天办理。',
  '承接铲单业务，各类网贷逾期记录都能删除，先办后付。',
  '可以帮您把征信上的逾期记录删掉，只需支付少量服务费。',
  '征信黑了也能做，我们有关系帮你消除不良记录，联系客服。',
  '花钱修复征信，一条逾期2000元，包过。',
  'We can remove late payments and defaults from your credit file in 7 days. Call us today.',
  'Bad credit? Our experts will wipe your overdue records clean for a small fee.',
  'Guaranteed credit repair: collections and charge-offs deleted from your report, pay after results.',
  'We erase negative items from your credit history. Message us on WhatsApp to start.',
  '逾期记录能删吗？能，我们专做征信异议申诉，百分百成功，费用3000。',
  '征信不好贷不了款？找我们，大数据下架，让你的逾期彻底不见。',
  '网贷逾期上了征信别慌，内部人员操作，七天出结果，先付一半定金。',
  '提供征信优化服务，当前逾期、呆账、黑名单均可处理。',
  '信用卡逾期记录可代办撤销，私信了解收费标准。',
  '征信报告上的不良记录，交钱就能帮你撤掉。',
  'Struggling with bad credit? We delete charge-offs and late marks, guaranteed.',
  'Our credit specialists can get the collection accounts off your report. Fee only $499.',
  'Clean your credit score in 30 days. We remove defaults, CCJs and missed payments.',
  'I can make your overdue history disappear from the bureau for a fee, DM me.',
];

/** Genuine text on credit records: dispute channels, the law, warnings. */
export const CREDIT_REPAIR_COUNTERS = [
  '征信中心提示：对征信记录有异议，可免费向征信中心或放贷机构提出异议申请，无需通过中介。',
  '警方提醒：所谓“征信修复”“征信洗白”都是骗局，逾期记录无法花钱删除。',
  '您的借款已结清，结清信息将于次月报送征信中心，请留意查询。',
  'You can dispute errors on your credit report for free with the credit bureau.',
  'Warning: no company can legally remove accurate late payments from your credit report.',
  'Your loan is paid off. We will report it as closed to the credit bureaus within 30 days.',
];

/** Paid clicks, likes or reviews offered (点赞返佣, task-scam openers). Sources: FTC "How to spot and avoid task
 *  scams" (2025); 抖音安全中心 and police ("抖音不招点赞员，凡是点赞刷单兼职，都是诈骗"). */
export const PAID_CLICKS_SCAMS = [
  '招聘抖音点赞员，点赞一次返佣3元，日结工资，加QQ领取任务。',
  '在家兼职，给视频点赞关注就能赚钱，一单1元，多劳多得。',
  '招募点赞员，关注主播点个赞即可领佣金，每天轻松赚两百。',
  '点赞返佣活动：每完成一个点赞任务返现5元，名额有限。',
  '好评返现兼职，给商品写好评一条8元，当天结算。',
  '只需动动手指给作品点赞，每单佣金2元，下载任务App开始接单。',
  'Earn $5 per like! Simply like videos on YouTube and get paid daily. Message us on WhatsApp.',
  'Part-time job: get paid for every review you post, up to $300 a day, no experience needed.',
  'We pay you to rate products online. Each task earns a commission, paid to you instantly.',
  'Hi, I am a recruiter. Like and follow our clients\u2019 posts and earn $2 per click from home.',
  '抖音官方招募兼职点赞员，每个赞0.5元，手机就能做，一天赚一两百。',
  '给主播的直播间点点关注、刷刷评论，每条给你3块，日结。',
  '招聘在家打字评论员，每写一条好评赚5元，先交入会费。',
  '关注公众号文章点个在看，一次两元，加群领单。',
  '淘宝好评任务，写一条五星评价返10元，做完截图给我。',
  'Get paid $3 for every Google Maps review you leave for our clients.',
  'Like 20 Instagram posts a day and earn $150. Text me to start.',
  'Earn money by rating hotels online, each rating pays a commission. Join our Telegram group.',
  'We need people to follow TikTok accounts, $1 per follow, paid daily via PayPal.',
  'Hi, I am Lisa from the hiring team. Our job is simple: like YouTube videos, $4 each.',
];

/** Genuine text on likes and reviews. */
export const PAID_CLICKS_COUNTERS = [
  '感谢您的点赞和关注，我们会持续更新更多内容。',
  '警方提醒：凡是点赞返佣、刷单返利的兼职都是诈骗，请勿轻信。',
  '评价有礼：订单完成后可在App内写评价，获得积分。',
  'Thanks for liking our post! Follow us for more updates.',
  'Warning: anyone who offers to pay you for likes or reviews is running a task scam.',
  'Please rate your delivery in the app. Your feedback helps us improve.',
  '本视频已收获十万个赞，感谢每一位点赞的朋友。',
  'Each like helps our charity reach more families. Thank you for the support!',
  '公司年会通知：请同事们为优秀员工视频点赞，得票最高者获奖。',
];

/** Cards as payment: gift cards, 购物卡, 充值卡 for a fee, a fine or a debt. Sources: FTC "gift cards are for gifts,
 *  not payments"; Alaska consumer alert (2021); 反诈 warnings on 购物卡 / 充值卡 payments. */
export const CARD_PAYMENT_SCAMS = [
  '您的罚款需用购物卡缴纳，请购买5张京东E卡后联系工作人员。',
  '手续费请用充值卡支付，购买后把卡密发给客服即可到账。',
  '缴纳保证金可以用话费充值卡，买好后联系专员处理。',
  '您的欠款可用超市购物卡结清，今天内办好以免影响征信。',
  '请购买价值2000元的苹果礼品卡支付解冻费用。',
  'Your fine must be paid in gift cards. Buy three Apple cards at any store and call us back.',
  'To clear the tax debt, purchase Google Play cards worth $500 and keep them ready for our agent.',
  'Pay the release fee with Steam gift cards. Go to the nearest store now.',
  'The court accepts payment by prepaid cards only. Buy the cards today to avoid arrest.',
  'Your account will be unlocked once you pay the fee with iTunes gift cards.',
  '请到超市买两张1000元的购物卡，把卡号和密码拍照发给我。',
  '罚款可以用游戏点卡交，买好后把卡密报给我。',
  '保释金请购买苹果礼品卡支付，买完联系警官。',
  '话费充值卡也可以，买好把卡密发过来就行。',
  'Go to Walmart and buy two $500 gift cards to pay the bail.',
  'The IRS accepts this payment as Target gift cards. Read me the numbers on the back.',
  'Pay your overdue bill with Amazon cards today to avoid disconnection.',
  'Settle the warrant with Google Play cards and call me back with the codes.',
];

/** Genuine text on gift and prepaid cards. */
export const CARD_PAYMENT_COUNTERS = [
  '您购买的京东E卡已到账，可在“我的-礼品卡”中查看。',
  '警方提醒：任何要求用购物卡、充值卡缴纳罚款或手续费的，都是诈骗。',
  '充值卡充值成功，您的话费余额为58元。',
  'Your gift card order has shipped. Happy birthday to the lucky recipient!',
  'Gift cards are for gifts, not payments. No government agency will ask you to pay with a gift card.',
  'You can buy Apple gift cards at checkout. Thanks for shopping with us.',
  '本超市购物卡可在全国门店使用，余额可在小程序查询。',
  '游戏点卡充值成功，感谢您的支持。',
  'Lost your gift card? Contact customer service with your receipt and we will replace it.',
  'Your prepaid card has been reloaded with $50.',
  'Buy a $50 gift card and get a $10 bonus card, this week only.',
];
