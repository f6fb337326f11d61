// The compositional reading (src/classifier/concepts.ts): word families, an ACTION (verb × object) under a PRETEXT.
// Cases written from public police, bank and postal warnings (the 注销校园贷 / 冒充客服 / 安全账户 scripts as
// anti-fraud centres describe them; toll, parcel and bank smishing) and from common genuine notification forms —
// never from the field corpus. Each is checked with the concept grammar ALONE (phrase rules and example requests
// switched off), so a case passes because the families compose, not because a phrase was written for it.
import { describe, expect, it } from 'vitest';
import { type ClassifierContext, check } from '../../src/classifier/check.ts';
import { compileRequests } from '../../src/classifier/requests.ts';
import { classifier } from '../helpers/content.ts';
import { CONCEPTS_BROADCASTS, CONCEPTS_CREDITED, CONCEPTS_GENUINE } from './genuine-table.ts';
import { CONCEPTS_PRETEXTS, CONCEPTS_THREATS } from './suspicious-table.ts';

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
  it.each(CONCEPTS_PRETEXTS)('%s', (text) => {
    expect(read(text).verdict).toBe('suspicious');
  });
});

describe('genuine messages: actions without a pretext, reports, advice', () => {
  it.each(CONCEPTS_GENUINE)('%s', (text) => {
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
  it.each(CONCEPTS_BROADCASTS)('%s', (text) => {
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

  it.each(CONCEPTS_CREDITED)('genuine: %s', (text) => {
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
    for (const text of CONCEPTS_THREATS) expect(read(text).verdict, text).toBe('suspicious');
  });
});
