// Session 25 (issue 10, precision): genuine notification forms written for this table in the shapes real senders use
// — meeting invitations with dial-in lines (Zoom, Teams, Meet, Webex, Tencent / Feishu meetings), mobile-money
// notices (sent, received, fee, balance, "never share your PIN"), security alerts and account-change confirmations
// that send the reader to the number on the back of the card, one-time codes, anti-fraud broadcasts — and scam
// counter-sentences that borrow their words and must stay flagged. No line comes from the field corpus: the forms were
// modelled on public descriptions of such notices (meeting apps' invitation layout, mobile-money confirmations, banks'
// "we never ask" pages, police advisories), then written afresh. `{brand}` is filled with the brand's Chinese name.
import type { GenuineForm } from './genuine-forms24.ts';

export type { GenuineForm };

const g = (kind: GenuineForm['kind'], ...texts: string[]): GenuineForm[] => texts.map((text) => ({ kind, text }));

/** Genuine forms: none may be dangerous, and at most the test's bar flagged at all. */
export const GENUINE_FORMS_25: readonly GenuineForm[] = [
  // A dial-in line abroad in an invitation is a number to join by, not a caller: its heading ("One tap mobile",
  // "call in (audio only)", "根据您的位置拨号"), or after it the meeting id keyed in, the country it rings in, 入会 / 参会.
  ...g(
    'meeting',
    'Weekly sync moved online. Microsoft Teams meeting: join on your computer or mobile app. Or call in (audio only): +44 20 3855 0912,,611203448# United Kingdom, London. Phone Conference ID: 611 203 448#',
    'Google Meet joining info: meet.google.com/qtx-bmwa-kfe. Join by phone: (US) +1 929-555-0187 PIN: 402 118 553#',
    'Project review on Zoom. One tap mobile: +16699006833,,92211740385# US (San Jose). Meeting ID: 922 1174 0385. Find your local number on the Zoom site.',
    'Webex meeting number: 2661 448 093. Join by phone +1-415-655-0001 US Toll. Access code: 2661 448 093.',
    '周五例会改成线上，飞书会议 ID：702 118 445，境外同事请拨 +852 5808 1234 电话入会。',
    '下午三点的评审会用腾讯会议 552 009 318，在香港的同事可拨打 +852 3001 8898 参会，会议密码 6620。',
    '腾讯会议：318-552-907 会议密码：4417 手机一键拨号入会 +8675536550000,,318552907# (中国大陆) 根据您的位置拨号 +85230018898 (中国香港)',
    'Board call, Zoom meeting ID 731 550 2210, passcode 8841. Dial by your location: +44 203 481 5237 UK, +61 2 8015 6011 AU.',
  ),
  // A broadcast's next sentence pointing back at the tactic ("Such codes …", "These links …", "此类软件…") tells what
  // it does; "No courier will ask you …" warns as "… will never ask you …" does; "They then ask you to …" goes on.
  ...g(
    'broadcast',
    'Police notice: your bank will never ask you to send money "to protect your savings". Such requests move your money to a criminal.',
    'Police advice: no courier will ask you to pay a fee "to release your parcel". These links take your money and your card details.',
    'Police advice: your mobile operator will never ask you to key in a code "to reverse a transfer". Those codes send your balance to the caller.',
    'Police advice: staff will never ask you to dial a code to unlock your line. They then ask you to move your money to a new account.',
    '民警提醒：快递员不会让您“为了理赔”下载会议软件。此类软件能看到您的屏幕和银行卡密码。',
  ),
  // Checking back on the number one already knows is the new-number scam's advice, whatever line it gives beside.
  ...g(
    'broadcast',
    'Police tip: if your "son" texts from a new number asking you to transfer money, call him on his old number first, or ring 101.',
    'If "Mum" messages from a new number asking you to pay a bill, ring her on her usual number before you send anything.',
    'Bank reminder: if a family member texts from a new phone asking for money, call them on the number you already have to check.',
    '华人社团提醒：如有“儿子”用新号发消息急要转账，请先拨打他原来的号码核实，也可拨打当地报警电话112。',
  ),
  // A government's own site (a suffix only governments register: gov.uk, gov.cn, gov.au …) is no channel for a scam's
  // request, as the site of the name a notice is signed with is not.
  ...g(
    'gov',
    'Your council tax bill is ready. Pay online at www.yourcouncil.gov.uk/pay, by phone or at the Post Office. Reference 4402213.',
    'ATO: your notice of assessment is ready. Pay any amount due at ato.gov.au/pay or through myGov by 21 January.',
    '【交管12123】您有一笔罚款200元待缴纳，请登录 https://gd.122.gov.cn 或交管12123 App缴款。',
  ),
  // A bill's link offered beside the sender's own counter, branch, app or post office: paid where the reader chooses.
  ...g(
    'carrier',
    '【中国电信】您的宽带将于12月31日到期，可登录 189.cn 续费，或到营业厅办理。',
    'Your Verizon bill is ready. Pay at vzw.com/pay or with My Verizon app.',
  ),
  // Nothing charged before the payout, said outright: the lender's own assurance, not a fee asked first.
  ...g(
    'loan',
    '【{brand}】您申请的借款需缴纳的利息和服务费已包含在还款计划中，放款前不收取任何费用。',
    '【{brand}】您的借款已审核通过，放款前不收取任何费用，请留意到账短信。',
  ),
  // A delivery code handed over at the time of delivery; a call someone close got, told in the third person.
  ...g('otp', 'Amazon: Your delivery is today. Share the OTP 4410 with the delivery associate only at the time of delivery.'),
  ...g(
    'broadcast',
    'My dad got a call saying his account was hacked and he needed to move his savings to a safe account and install an app. He hung up and called the bank.',
    'My neighbour received a text telling her to move her money to a safe account. She ignored it.',
    'Our gran got a call from "the bank" asking her to transfer her savings to a new safe account.',
  ),
  // "Neither X nor Y will ever …"; the reader told to ignore whatever comes from a new number.
  ...g(
    'broadcast',
    'Reminder: neither your bank nor the police will ever call you offering to get back lost money for a fee.',
    'Neither HMRC nor your bank will ever ask you to pay a tax bill in gift cards.',
    'Dad, my phone is fine — ignore anything from a new number claiming to be me. Someone tried it on my friend.',
  ),
  // A police body's header (公安部 / 公安厅 / 公安局 提醒) and what to do once scammed, however far the report is.
  ...g(
    'broadcast',
    '泰国公安部提醒在泰同胞：如不幸被骗，请马上联系银行冻结账户，保留聊天和转账记录，并到当地警局报案。',
    '公安部提醒：如不幸被骗，请马上联系银行冻结账户，保留转账记录，并向当地公安机关报案。',
    '驻外使馆提醒：如不幸被骗，请保存好证据，尽快向当地警方报案，并联系使馆领保热线。',
  ),
  // "Watch out for / be wary of / look out for" a kind of message or caller: the English of 谨防 / 警惕.
  ...g(
    'broadcast',
    "Watch out for texts that say you've won a prize and need to pay a small fee to claim it.",
    'Be wary of callers who say your loan is approved but ask for an insurance fee before the money is paid out.',
    'Look out for messages telling you to move your savings to a safe account.',
  ),
  // What no one can do, said of a kind; whoever does something sorted into unlawful.
  ...g(
    'broadcast',
    'FTC: No credit repair company can legally remove accurate negative information from your credit report. You can dispute errors yourself for free.',
    'Credit repair companies that ask you to pay before they do any work are breaking the law.',
    'Lenders who ask for a fee before paying out a loan are breaking the law. Report them to the regulator.',
  ),
  // A class, a training or a parents' meeting explained on the presenter's screen: their material, not the reader's.
  ...g(
    'meeting',
    '【课程通知】本周三晚7点线上家长会，请下载钉钉并加入“三年二班”群，会议中老师会共享屏幕讲解成绩。',
    '今晚8点培训，请提前下载腾讯会议，讲师会共享屏幕讲解新系统的操作。',
  ),
  // A code told in person to the clerk at the institution's own counter, while the reader is there.
  ...g(
    'otp',
    '【中国移动】您正在营业厅办理补卡，请将收到的验证码 4471 告知营业员以完成身份核验。如非本人在营业厅办理，请勿告知任何人。',
    '【工商银行】您在网点办理挂失补卡，请将短信验证码 5521 出示给柜员完成核验，切勿告诉他人。',
  ),
];

/** Scams borrowing the invitation's words: a number given to call (not to join by) stays an overseas number. */
export const SCAM_COUNTERS_25: readonly { text: string; dangerous: boolean }[] = [
  { text: '我是客服，请下载Zoom，会议号 845 220 931，有问题请拨打 +852 6123 4567 联系我。', dangerous: true },
  { text: 'Your bank account is frozen. Join the Zoom meeting ID 811 2290 3341 and call our agent on +44 7700 900123 to unlock it.', dangerous: true },
  { text: '腾讯会议 会议号 552 018 334，我是公安局民警，请拨打 +63 917 555 0142 配合调查，把钱转到安全账户。', dangerous: true },
  { text: 'Meeting ID 845 1203 6677. Customer service: +1 646 555 0142. Pay the release fee first to get your loan.', dangerous: true },
  { text: '客服电话 +852 6123 4567，请尽快回电处理您的借款。', dangerous: true },
  // … and a warning borrowed before the ask: a pointing-back sentence that asks is no description.
  { text: 'Your bank will never ask for your PIN. Such calls are rare, so please move your savings to the safe account our agent gives you today.', dangerous: true },
  { text: '我们不会索要您的密码。此类验证码需要您立即报给专员核对，否则账户冻结。', dangerous: true },
  // A government's name built into a domain of another registry is no government site.
  { text: 'HMRC: you are due a tax refund of £284.50. Claim it now at https://gov-uk-refund.com before it expires.', dangerous: true },
  { text: 'IRS: Your refund is on hold. Pay the $25 processing fee at irs-gov-refund.top to release it.', dangerous: true },
  { text: '【交管12123】您有违章未处理，逾期将扣分，请点击 http://12123-gov.cn.top 缴纳罚款。', dangerous: true },
  // The points-expiry and re-verify texts name a counter too: the alternative channel clears no claim or renewal.
  { text: '【中国移动】您的积分即将清零，请登录 10086-jf.top 兑换现金红包，或到营业厅咨询。', dangerous: true },
  { text: '【ETC服务】您的ETC认证已失效，请登录 etc-renz.top 重新认证，或到营业厅办理，逾期将停用。', dangerous: true },
  { text: '【工商银行】您的网银即将过期，请登录 icbc-gx.top 更新信息，或到网点办理。', dangerous: true },
  { text: 'Royal Mail: your parcel is on hold. Pay the £1.99 redelivery fee at royalmail-redeliver.com or at your local Post Office.', dangerous: true },
  // The assurance borrowed before the fee: whatever it says, a fee first or an account to pay into is asked.
  { text: '您的借款已审核通过，放款前不收取任何费用，但需先缴纳500元保证金验证还款能力，请转到指定账户。', dangerous: true },
  { text: '放款前不收取任何费用，到账后需支付20%服务费到客服个人账户。', dangerous: true },
  // The reader's own refusal borrowed before the ask; a code asked by phone before delivery.
  { text: 'Mum, I hung up on the bank guy. Now please move £2,000 to this safe account for me before 5pm.', dangerous: true },
  { text: 'Your son had an accident and the hospital needs payment. He asked me to tell you to transfer £3,000 to this account now.', dangerous: true },
  { text: 'Amazon delivery associate here: read me the OTP you just received so I can mark your parcel delivered.', dangerous: true },
  { text: 'Neither the bank nor the police will ever call you about this. Please move your savings to the safe account we give you now.', dangerous: true },
  { text: 'Mum, this is my new number, delete the old one. I need £200 for a bill today, can you transfer it to this account?', dangerous: true },
  // A police header borrowed by a fake officer; the recovery scammer's "不用报警".
  { text: '公安局提醒您：您的身份证涉嫌洗钱案件，请将名下资金转入安全账户配合调查。', dangerous: true },
  { text: '公安分局提示：您涉嫌一起诈骗案，需缴纳5000元保证金才能解除冻结，请转到指定账户。', dangerous: true },
  { text: '如不幸被骗，我们可以帮您追回损失，先交2000元手续费，不用报警，报警反而追不回来。', dangerous: true },
  // "Watch out for" the sender's own call is no warning of a tactic.
  { text: "Watch out for our agent's call today: pay the release fee of $150 first and your loan arrives in 10 minutes.", dangerous: true },
  { text: 'We offer credit repair: we remove late payments from your report in 7 days. Pay the $99 setup fee to start.', dangerous: true },
  { text: 'No bank can help you now, only our credit repair team can: pay $199 and we will wipe your late payments.', dangerous: true },
  // A screen "explained" for stocks, a refund or a transfer is the scammer's share.
  { text: '带单老师今晚共享屏幕讲解股票，进群后按老师指导买入，收益翻倍。', dangerous: true },
  { text: '客服会共享屏幕讲解退款流程，请下载腾讯会议并开启屏幕共享。', dangerous: true },
  { text: '我是老师，请下载腾讯会议，开启屏幕共享，我给你讲解怎么把钱转到安全账户。', dangerous: true },
  // A "store clerk" or "counter" that asks by phone or for itself.
  { text: '我是营业厅工作人员，您的号码要补卡，请把收到的验证码告诉我。', dangerous: true },
  { text: '营业厅客服：您在柜台办理业务需要核验，请将验证码告知我们的工作人员，我们会来电核对。', dangerous: true },
  { text: '您好，您的卡在网点被冻结了，请把验证码告诉柜员，柜员会打电话给你。', dangerous: true },
  // The new-number scam asks the opposite: not to call the old number.
  { text: '妈，我换新号码了，急需转账两千，别打我原来的号码，打不通，直接转我微信。', dangerous: true },
  { text: "Hi Mum, this is my new number, my old phone broke. Don't call the old number, can you transfer £300 for my rent today?", dangerous: true },
  { text: 'No agent will call you again once you pay the release fee of $200 to unlock your loan.', dangerous: false },
];
