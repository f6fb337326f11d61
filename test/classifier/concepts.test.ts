// The compositional reading (src/classifier/concepts.ts): word families, an ACTION (verb × object) under a PRETEXT.
// Cases written from public police, bank and postal warnings (the 注销校园贷 / 冒充客服 / 安全账户 scripts as
// anti-fraud centres describe them; toll, parcel and bank smishing) and from common genuine notification forms —
// never from the field corpus. Each is checked with the concept grammar ALONE (phrase rules and example requests
// switched off), so a case passes because the families compose, not because a phrase was written for it.
import { describe, expect, it } from 'vitest';
import { type ClassifierContext, check } from '../../src/classifier/check.ts';
import { compileRequests } from '../../src/classifier/requests.ts';
import { classifier } from '../helpers/content.ts';

const { wording: _statistical, ...full } = classifier.context; // the grammar alone: no wording model either
const conceptsOnly: ClassifierContext = {
  ...full,
  language: {
    ...full.language,
    phrases: { ...full.language.phrases, rules: [] },
    requests: compileRequests({ topics: {} }, full.language.variants),
  },
};
const read = (text: string) => check(text, conceptsOnly);

describe('an action under a pretext is dangerous', () => {
  it.each([
    ['你好，这里是京东金融，你之前开通的白条利率过高，需要下载云视讯跟我们视频办理降息', 'screen-sharing'],
    ['额度提出来后转到我们给你的核验卡号，等注销完成钱会原路退回', 'account-cancellation'],
    ['你好，教育局工作人员，你的助学金无法到账，需要核对一下身份证和银行卡号', 'personal-data-leak'],
    ['我是公安局的，你涉嫌洗钱，需要把资金转到这个账户配合调查', 'safe-account'],
    ['系统检测你的借款资质不足，需要往卡里存入贷款金额的20%来证明还款能力', 'safe-account'],
    ['刚才给你打的款转错了，麻烦原路退回到我这个账户', 'refund-scam'],
    ['孩子在学校突发疾病正在抢救，需要马上交手术费，请转到王老师的账户', 'legit-contact'],
    ['你的快递在运输途中损坏，我们按三倍赔付，需要你在支付宝备用金里先申请一笔', 'safe-account'],
    ['Hi Mum, I have dropped my phone in the toilet, this is my new number. Can you send £250 for a new one?', 'legit-contact'],
    ['We detected a login from a new device. If this was not you, call us back and read out the code we send you.', 'verification-code'],
    ['DHL: your shipment is on hold, a customs charge of £2.99 is due. Pay the fee here to release it.', 'upfront-fee'],
  ])('%s', (text, topic) => {
    const r = read(text);
    expect(r.verdict).toBe('dangerous');
    expect(r.phrases.map((p) => p.topic)).toContain(topic);
  });

  it('reads whole-pinyin and traditional wording through the one normalisation', () => {
    expect(read('yan zheng ma fa wo yi xia').verdict).toBe('dangerous');
    expect(read('請把簡訊裡的驗證碼告訴我').verdict).toBe('dangerous');
  });

  it('an account owned by the sender is a destination ("这个支付宝", "我们指定的账户")', () => {
    expect(read('一次性结清可以减免，只需付1287元到这个支付宝').verdict).toBe('dangerous');
    expect(read('把额度借出来，再还到我们指定的冲正账户').verdict).toBe('dangerous');
  });
});

describe('a pretext with a lever and no action yet is risky', () => {
  it.each([
    '国家政策要求清理学生时期开通的借贷账户，不然会影响征信',
    '您的医保卡已被暂停使用，请按语音提示按1转人工处理',
    '我是平台客服，这件事比较敏感，通话期间不要告诉家人，也不要挂断',
    '你这个案子是保密的，一会儿我告诉你怎么做',
    'Bad credit? Our insiders can wipe your late payments. DM me for the price.',
  ])('%s', (text) => {
    expect(read(text).verdict).toBe('suspicious');
  });
});

describe('genuine messages: actions without a pretext, reports, advice', () => {
  it.each([
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
  ])('%s', (text) => {
    expect(['official', 'unknown']).toContain(read(text).verdict);
    // … and the whole classifier agrees (phrase rules and example requests were fitted against the same forms).
    expect(['official', 'unknown']).toContain(classifier.check(text).verdict);
  });

  it('a warning sentence sets the scene but asks nothing', () => {
    expect(read('凡是要求转账到安全账户的都是诈骗').verdict).toBe('unknown');
    expect(read('温馨提示：不要向陌生账户转账，谨防诈骗。').verdict).toBe('unknown');
  });

  it('a generic header borrowed by a scammer does not make its request advice', () => {
    expect(read('温馨提示：您的放款因信用分不足被退回，请支付599元信用金到指定账户').verdict).toBe('dangerous');
  });
});

describe('word matching', () => {
  it('Latin words match whole, with English endings', () => {
    expect(read('Please transfers the funds to a safe account now').verdict).toBe('dangerous');
    expect(read('codex pinned transferable').verdict).toBe('unknown');
  });

  it('a negation in the clause turns the action off', () => {
    expect(read('注销无需支付任何费用，放款前平台不收取任何费用').verdict).toBe('unknown');
  });
});

describe('the form of the sentence: what happens to someone, a question, a signature (concept grammar alone)', () => {
  // Written from police case write-ups (深圳 / 银川 反诈中心, 2025) and bank notice forms, not from the corpus.
  it.each([
    // The passive tells what a tactic does to the victim's phone: asked of no one.
    '点开对方发来的链接后，手机就会被远程控制，卡里的钱会被转走。',
    // A question whether someone asked is no request.
    '柜员问我是不是有人让我转账。',
    // A card named for the debit from it is where the money is (lenders' repayment notice forms).
    '【京东金条】您本期应还986.00元，将于12月5日从绑定银行卡自动扣款，请确保绑定银行卡余额充足。',
    '【度小满】您的借款本期应还1,200元，请确保绑定银行卡余额充足，逾期将影响征信。',
    // Session 11: a past condition reports through the verb itself (bank and police "what to do if you already …"
    // advice): what the reader may have done, not what anyone asks.
    'If you have already read out the code to a caller, change your password now.',
    // Session 12: the English perfect reports what happened (bank "what to do next" advice forms).
    'If savings have moved out of your account overnight, phone the bank and the police straight away.',
    // A verb between 的 and the noun it modifies is part of the noun (a shop's refund notice form).
    '您取消的订单退款36.00元会在三个工作日内回到您的支付账户，请留意到账提醒。',
    // The act named as the subject of a description (bank explainers on screen sharing), not asked for.
    '屏幕共享意味着对方能看到你手机上的一切，包括银行App里的余额和收到的验证码。',
    // Session 12: the act named as one term of a subject list ("X或Y会让…"), or asked about ("什么是…？"), is the
    // topic of an explainer (bank explainer forms), whichever object the grammar finds beside it.
    '投屏或屏幕共享会让别人看到你手机上的每一步操作。',
    '什么是共享屏幕？就是对方能同步看到你屏幕上的一切，连银行卡余额也不例外。',
  ])('not dangerous: %s', (text) => {
    expect(read(text).verdict).not.toBe('dangerous');
  });

  it.each([
    '您的账户被冻结，请立即把资金转到安全账户。',
    '以免账户被冻结，请先开启屏幕共享，我远程帮您操作。',
    '【借呗】您的额度已冻结，需在微粒贷借款后转入指定账户解冻。',
    '你需要在别的平台借款，然后转到我们指定的账户。',
    '您的借款审核通过，需要绑定银行卡并提供卡号和密码完成验证才能放款。',
    '我是公安局民警，您的账户涉嫌洗钱，请马上下载“反诈备案”App，按指引把资金转入安全账户。',
    // Addressing the reader by name is no case write-up.
    '王女士您好，我是客服，您的账户异常，请把资金转到我们指定的安全账户。',
    // A third-person opening narrates only until the sentence turns to the reader.
    '他是公安局的经办民警，你要把资金转到安全账户配合调查。',
    // … and not at all in a reader's own case told in the same sentence (让我…).
    '他说额度被冻结了要先交解冻金，让我把2000元转到他给的账户。',
    // Session 12: a relative clause on the reader's own act describes a noun; the request about it keeps its own
    // verb, and a verb before "您的" takes a possessive object, no relative clause.
    '请把您收到的验证码念给我核对。',
    '请在页面输入您的支付密码完成解冻。',
    // … and "have to" is no perfect.
    'You have to move your savings to a safe account today.',
  ])('a passive pretext, a sender tag or a name does not hide the request: %s', (text) => {
    expect(read(text).verdict).toBe('dangerous');
  });
});

describe('anti-fraud broadcasts that describe a scam are not flagged (whole classifier)', () => {
  it.each([
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
  ])('%s', (text) => {
    expect(['official', 'unknown']).toContain(classifier.check(text).verdict);
  });
});

// Session 9: mechanisms written from public warnings (police on 刷单返利 and 贷款诈骗: 先垫付后返还, 先交钱才能提现;
// regulators on apps installed outside the store; Taiwan 165 and police on the "ATM 解除分期" script; carriers and
// police on call forwarding), worded here, not taken from the field corpus.
describe('money paid in ahead to get money out, an app from a QR code, a cash machine as told (concept grammar alone)', () => {
  it.each([
    ['您的任务账户余额不足，需先充值补齐差额才能提现，完成后本金和佣金一起返还', 'task-scam'],
    ['Your withdrawal is on hold: deposit 500 USDT as tax before you can withdraw your profits.', 'upfront-fee'],
    ['这是内部版本，应用商店搜不到，直接扫码安装就行', 'fake-app'],
    ['这里是退款中心，您被骗的钱已追回，请到自动取款机按指示操作领取', 'victim-next-steps'],
    ['This is the fraud team. To stop the payment our system needs your card number and CVV.', 'verification-code'],
    ['为防止您的号码被不法分子冒用，请开启呼叫转移到我们的安全专线', 'account-security'],
  ])('%s', (text, topic) => {
    const r = read(text);
    expect(r.verdict).toBe('dangerous');
    expect(r.phrases.map((p) => p.topic)).toContain(topic);
  });

  it('an object only scams ask for under a reason only scammers give is a request in any words', () => {
    // Recovery scams (police warnings: 声称能追回被骗资金，再以保证金、手续费为名收钱).
    expect(read('您被骗的资金已由专案组追回，办理返还手续的保证金为追回金额的10%').verdict).toBe('dangerous');
    expect(read('警方提示：声称能追回被骗资金并收取保证金的，都是骗子。').verdict).not.toBe('dangerous');
  });

  it('identity pictures, a face video and a card sent together (two of them) are a loan in the reader’s name', () => {
    // Police warnings on 冒名贷款 / 开卡: never send ID photos, card photos or a face video to anyone.
    expect(read('审核需要，请把身份证正反面和银行卡照片拍清楚发到这个邮箱').verdict).toBe('dangerous');
    expect(read('Send us a selfie holding your ID and a photo of your card to finish the check.').verdict).toBe('dangerous');
    expect(read('【某银行】请在手机银行App内上传身份证正反面照片完成信息更新。').verdict).not.toBe('dangerous');
    expect(read('办理时请携带本人身份证和银行卡到网点柜台。').verdict).not.toBe('dangerous');
  });

  it('a pinyin message that names the platform in characters is still read as pinyin', () => {
    expect(read('ni de 借呗 tui kuan yao kai yi xia ping mu gong xiang, wo bang ni cao zuo').verdict).toBe('dangerous');
  });

  it.each([
    '【某银行】您的信用卡本期账单已出，可通过手机银行或本行ATM还款。',
    '【某平台】您的提现申请已受理，资金将在2小时内到账。',
    '您充值的100元已到账，余额可在App内查看。',
    '您的提现将在审核通过后到账，平台不收取任何费用。',
    'Deposits made before 5pm are credited the same day; you can withdraw them from any branch.',
    '请勿相信“先交钱才能提现”的说法，凡是要求先充值再返还的都是诈骗。',
  ])('genuine: %s', (text) => {
    expect(read(text).verdict).not.toBe('dangerous');
    expect(['official', 'unknown']).toContain(classifier.check(text).verdict);
  });
});

describe('a request carried out at a link the message carries that is not official (concept grammar alone)', () => {
  // Written from the bank-smishing form banks and police describe ("log in at this link and enter your token"): the
  // link is the channel, so no pretext is needed — but only a link the message carries that is not official.
  const words = 'Online banking update: sign in here and enter your security token number to keep access';
  it('is dangerous beside an unofficial link', () => {
    const r = read(`${words}: bank-token-update.net`);
    expect(r.verdict).toBe('dangerous');
    expect(r.phrases.map((p) => p.topic)).toContain('phishing-link');
  });
  it('is no request beside the brand’s own domain, or with no link at all', () => {
    expect(read(`${words}: anxinjie.example`).phrases).toEqual([]);
    expect(read(`${words}.`).phrases).toEqual([]);
  });
});

describe('coercion: a threat behind the pretext and a request verb (concept grammar alone)', () => {
  // Written from police warnings on fake "cyber police" notices (a case, a fine, arrest unless you act today).
  it('is dangerous when the sender asks for anything under the threat', () => {
    for (const text of [
      'Cyber police notice: your device was used to share illegal content. Settle the penalty today or a warrant for your arrest will follow.',
      '这里是网警中心，你的手机涉嫌传播违法信息，今天之内支付罚金，否则上门抓人',
    ])
      expect(read(text).verdict, text).toBe('dangerous');
  });
  it('stays a risky pretext while nothing is asked', () => {
    for (const text of [
      'Cyber police notice: your device was used to share illegal content, and a warrant for your arrest is being prepared.',
      '这里是网警中心，你的手机涉嫌传播违法信息，已经准备上门抓人',
    ])
      expect(read(text).verdict, text).toBe('suspicious');
  });
});
