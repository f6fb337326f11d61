// Session 19 (issue 11): who asks whom for what (src/faq/ask.ts). An own-account question in which the platform acts
// — it froze the card, sold the loan, asks for a document in its own app — or the user is told to act in the
// official channel, and nobody else asks for money, a code, a transfer, an install or a call, gets the product reply
// with its caution line whatever scam word it holds; a third party's ask keeps the fraud answer. Asserted with the
// fitted layers removed (the rule alone must carry it) and shipped. Lines written for this test in our own words,
// never from the field corpus.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { allHits, readAsks, unitsBetween } from '../../src/faq/ask.ts';
import { answerQuestion, buildFaqIndex, loadFaq } from '../../src/faq/index.ts';
import { CueReading } from '../../src/faq/route.ts';
import { questionForms } from '../../src/faq/search.ts';
import { ROOT } from '../helpers/content.ts';

const faq = loadFaq(ROOT);
const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
const opts = { lexicon: faq.lexicon!, ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
const bare = buildFaqIndex(faq.entries, brand, { ...opts, model: null, routeDecision: null });
const shipped = buildFaqIndex(faq.entries, brand, opts);
const router = bare.router!;
const asks = (q: string) => readAsks(router, new CueReading(questionForms(bare, q).cued).fraudSide(router).text)!;

/** An own-account question: the product reply with its caution line (no scam entry), bare and with the fits. */
function productWithCaution(q: string): void {
  for (const index of [bare, shipped]) {
    const a = answerQuestion(index, q);
    expect(a.match).toBeNull();
    expect(a.route).toBe('product');
  }
}

/** A third party asks: the fraud route, bare and with the fits. */
function thirdPartyFraud(q: string): void {
  for (const index of [bare, shipped]) expect(answerQuestion(index, q).route).toBe('fraud');
}

describe('reading the asks', () => {
  it('counts Chinese characters and Latin words alike', () => {
    expect(unitsBetween('ab 银行 cd', 0, 9)).toBe(4);
    // Every match, not the first only.
    expect(allHits(router.fraud.request, '点链接再点链接').length).toBe(2);
  });

  it('the platform telling the user to act in its own app is the platform asking', () => {
    expect(asks('my lender says my id expired and wants me to upload a new photo of it')).toMatchObject({
      thirdParty: false,
      platformActs: true,
    });
    expect(asks('催收员打电话让我在app里把这期还上')).toMatchObject({ thirdParty: false, contactsExplained: true });
  });

  it('a person between the platform and the ask makes it that person’s', () => {
    expect(asks('银行的工作人员说我卡被冻结了').platformActs).toBe(false);
    expect(asks('bank staff told me to move my savings').platformActs).toBe(false);
  });

  it('any other request word is someone asking, whoever is named before it', () => {
    expect(asks('银行要求我把钱转到一个新账户').thirdParty).toBe(true);
    expect(asks('短信说我的银行卡被冻结了，点链接就能解冻').thirdParty).toBe(true);
    expect(asks('the lender asks me to pay a fee upfront').thirdParty).toBe(true);
  });

  it('the user’s own move and the platform’s own 把/被 act are no one asking', () => {
    expect(asks('这笔是我自己转给我爸的').thirdParty).toBe(false);
    expect(asks('他让我转给他').thirdParty).toBe(true);
    expect(asks('我的借款被平台转给了一家公司')).toMatchObject({ thirdParty: false, platformActs: true });
  });
});

describe('own-account questions in which the platform acts (platformActs)', () => {
  const product = [
    '我的信用卡被银行临时冻结了，说是交易异常，其实那笔是我自己刷的，怎么解冻',
    '我自己打了你们热线，对方让我报一下出生日期核对身份，这样正常吗',
    'the lender s app says my documents expired and asks me to upload new ones inside the app, why',
    'a collections agent rang about my overdue payment and told me to pay in the app, is that the usual process',
    '平台把我的借款转给了一家资产管理公司，以后我还给谁',
  ];
  it.each(product)('product with its caution line: %s', productWithCaution);

  const fraud = [
    '有人打电话说是银行的，说我卡被冻结了，让我把钱转到安全账户',
    'someone from the bank called and told me to read out the code they sent',
    '银行的工作人员说我的额度可以提高，要先交一笔手续费到他个人卡上',
    'the app support guy told me to download another app to fix my loan',
  ];
  it.each(fraud)('a third party asks: fraud, %s', thirdPartyFraud);
});

describe('property: own-account subject × scam word × platform action', () => {
  const zh = fc.record({
    platform: fc.constantFrom('银行', '贷款平台', '发卡行', '我的银行'),
    state: fc.constantFrom('冻结', '暂停', '限制'),
    act: fc.constantFrom('重新认证', '上传身份证', '确认交易', '更新资料', '还款'),
  });
  const en = fc.record({
    platform: fc.constantFrom('the bank', 'my lender', 'the card issuer', 'my bank'),
    state: fc.constantFrom('frozen', 'on hold', 'restricted'),
    act: fc.constantFrom('verify my identity', 'upload my id', 'confirm the payment', 'update my details'),
  });

  it('zh: the platform froze my own account and tells me to act in its app → product', () => {
    fc.assert(
      fc.property(zh, ({ platform, state, act }) => {
        const q = `我的账户被${platform}${state}了，${platform}通知我在app里${act}，怎么操作`;
        const a = answerQuestion(bare, q);
        return a.route === 'product' && a.match === null;
      }),
    );
  });

  it('en: the platform put my own account on hold and asks me to act in its app → product', () => {
    fc.assert(
      fc.property(en, ({ platform, state, act }) => {
        const q = `${platform} says my account is ${state} and asks me to ${act} in the app, how do i do that`;
        const a = answerQuestion(bare, q);
        return a.route === 'product' && a.match === null;
      }),
    );
  });

  it('the same with a third party asking for a transfer or a code → fraud', () => {
    fc.assert(
      fc.property(
        zh,
        fc.constantFrom('有人让我把钱转到安全账户', '有人要我把验证码发给他'),
        ({ platform, state }, ask) => {
          const q = `我的账户被${platform}${state}了，${ask}，怎么办`;
          return answerQuestion(bare, q).route === 'fraud';
        },
      ),
    );
  });
});

// Session 20 (issue 11): contact words that are no third party (src/faq/ask.ts ownParty) — the user's own family
// speaking, the platform's own medium, an official body the user reaches — read with the fitted layers removed.
describe('contact words that are no third party (ownParty)', () => {
  it('a pronoun after the user’s family is the family speaking; after a caller it is the caller', () => {
    expect(asks('我爸的账户他说想注销')).toMatchObject({ contactsExplained: true, ownParty: true });
    expect(asks('my mum says she wants to repay her loan early')).toMatchObject({ contactsExplained: true });
    expect(asks('我妈说有个男的打电话来，他说要帮她提额').contactsExplained).toBe(false);
    expect(asks('my dad got a call from a man and he said the account is frozen').contactsExplained).toBe(false);
  });

  it('the platform’s own medium is the platform; a medium with no platform or a person before it is not', () => {
    expect(asks('my bank s official whatsapp account sends my statement')).toMatchObject({
      contactsExplained: true,
      platformActs: true,
    });
    expect(asks('a whatsapp account sends my statement').contactsExplained).toBe(false);
    expect(asks('my bank staff whatsapp me every day').contactsExplained).toBe(false);
  });

  it('an official body the user reaches is the user acting; one they are told to reach is someone asking', () => {
    expect(asks('征信有错是找你们还是找人民银行征信中心')).toMatchObject({ contactsExplained: true, ownParty: true });
    expect(asks('他让我找人民银行征信中心的人').contactsExplained).toBe(false);
    expect(asks('人民银行的人打电话给我').contactsExplained).toBe(false);
  });

  const product = [
    '我奶奶的借款她说想提前还清，她不会用手机，我能帮她在app里操作吗',
    'my dad says he wants to unbind his old card from the loan, where is that in the app',
    'my lender s official whatsapp account sends me a repayment reminder every month, can i switch it to email',
    '我想对征信上那条逾期记录提出异议，是联系你们还是直接咨询人民银行征信中心',
  ];
  it.each(product)('product with its caution line: %s', productWithCaution);

  const fraud = [
    '我妈说有人打电话自称银行的，让她把存款转到安全账户',
    'my dad says a man from the bank told him to read out the code from the text',
    'my bank s whatsapp account asked me to pay a fee to unlock my card',
    '有人让我找人民银行征信中心的专员，先交两千块就能删掉逾期记录',
  ];
  it.each(fraud)('a third party asks: fraud, %s', thirdPartyFraud);
});

describe('property: the user’s own family, the platform’s medium, an official body × account action', () => {
  const zhKin = fc.record({
    kin: fc.constantFrom('我爸', '我妈', '我老公', '我奶奶'),
    pronoun: fc.constantFrom('他', '她'),
    act: fc.constantFrom('注销账户', '提前还款', '解绑银行卡', '改还款日', '下载借款合同'),
  });
  const enKin = fc.record({
    kin: fc.constantFrom('my dad', 'my mum', 'my wife', 'my grandpa'),
    pronoun: fc.constantFrom('he', 'she'),
    act: fc.constantFrom('repay the loan early', 'unbind the old card', 'change the due date', 'get the loan contract'),
  });
  const asksFor = {
    zh: fc.constantFrom('把钱转到安全账户', '把验证码念给他', '下载一个会议软件共享屏幕', '先交一笔解冻费'),
    en: fc.constantFrom(
      'move the savings to a safe account',
      'read out the code',
      'install a remote app',
      'pay a fee first',
    ),
  };

  it('zh: the family member speaks of their own account action → product, no scam entry', () => {
    fc.assert(
      fc.property(zhKin, ({ kin, pronoun, act }) => {
        const a = answerQuestion(bare, `${kin}的账户${pronoun}说想${act}，要怎么弄`);
        return a.route === 'product' && a.match === null;
      }),
    );
  });

  it('en: the family member speaks of their own account action → product, no scam entry', () => {
    fc.assert(
      fc.property(enKin, ({ kin, pronoun, act }) => {
        const a = answerQuestion(bare, `${kin} says ${pronoun} wants to ${act}, how do we do that in the app`);
        return a.route === 'product' && a.match === null;
      }),
    );
  });

  it('the same family with a caller who asks for money, a code, an install or a fee → fraud', () => {
    fc.assert(
      fc.property(zhKin, asksFor.zh, ({ kin, pronoun }, ask) => {
        return answerQuestion(bare, `${kin}说有人打电话让${pronoun}${ask}，说是为了${pronoun}的账户`).route === 'fraud';
      }),
    );
    fc.assert(
      fc.property(enKin, asksFor.en, ({ kin, pronoun }, ask) => {
        const q = `${kin} says a man from the bank called and told ${pronoun === 'he' ? 'him' : 'her'} to ${ask}`;
        return answerQuestion(bare, q).route === 'fraud';
      }),
    );
  });

  const medium = fc.record({
    platform: fc.constantFrom('my bank', 'my lender', 'the bank'),
    medium: fc.constantFrom('whatsapp', 'telegram'),
    subject: fc.constantFrom('my monthly statement', 'a repayment reminder', 'my due date'),
  });
  it('en: the platform’s own messaging account sends the user’s own account notice → product', () => {
    fc.assert(
      fc.property(medium, ({ platform, medium: m, subject }) => {
        const a = answerQuestion(
          bare,
          `${platform} s official ${m} account sends me ${subject}, can i get it by email`,
        );
        return a.route === 'product' && a.match === null;
      }),
    );
  });
  it('…and asks the user for a code, a fee, a transfer or an install → fraud', () => {
    fc.assert(
      fc.property(medium, asksFor.en, ({ platform, medium: m }, ask) => {
        return answerQuestion(bare, `${platform} s ${m} account asked me to ${ask}`).route === 'fraud';
      }),
    );
  });

  const body = fc.record({
    reach: fc.constantFrom('找', '联系', '咨询'),
    body: fc.constantFrom('人民银行征信中心', '征信中心', '人民银行'),
    record: fc.constantFrom('逾期记录', '征信记录', '查询记录'),
  });
  it('zh: the user reaches an official body about their own credit record → product', () => {
    fc.assert(
      fc.property(body, ({ reach, body: b, record }) => {
        const a = answerQuestion(bare, `我想对征信上的一条${record}提出异议，是找你们还是${reach}${b}`);
        return a.route === 'product' && a.match === null;
      }),
    );
  });
  it('…a body someone claims or tells the user to reach, with a fee or a transfer → fraud', () => {
    fc.assert(
      fc.property(body, asksFor.zh, ({ body: b, record }, ask) => {
        const claims = answerQuestion(bare, `有人自称${b}的，说能删掉我的${record}，要我${ask}`).route;
        const told = answerQuestion(bare, `他让我找${b}的专员处理${record}，还要我${ask}`).route;
        return claims === 'fraud' && told === 'fraud';
      }),
    );
  });
});

// Session 20 (issue 14): platformActs reads the asks only of a question naming the platform, a call to its hotline or
// the official channel (namesPlatformSide): every way readAsks finds the platform acting starts from one of them.
describe('the platform side named: the screen before reading the asks', () => {
  const named = (side: CueReading) =>
    [router.asks!.platform, router.asks!.channel, router.official!].some((l) => side.find(l) !== undefined);
  const sides = [
    ...faq.entries.flatMap((e) => e.questions),
    '我的借款被平台转给了一家公司',
    '银行通知我在app里上传身份证',
    'my lender says my id expired and wants me to upload a new photo of it',
    '催收员打电话让我在app里把这期还上',
    '他让我转给他',
    'someone on the phone asked me for the code from my text',
  ].map((q) => new CueReading(questionForms(bare, q).cued).fraudSide(router));

  it('no platform name, hotline call or channel: the asks never read as the platform acting', () => {
    const unnamed = sides.filter((s) => !named(s));
    expect(unnamed.length).toBeGreaterThan(100);
    for (const s of unnamed) expect(readAsks(router, s.text)!.platformActs, s.text).toBe(false);
  });

  it('the questions in which the platform acts all pass the screen', () => {
    const acting = sides.filter((s) => readAsks(router, s.text)!.platformActs);
    expect(acting.length).toBeGreaterThan(3);
    for (const s of acting) expect(named(s), s.text).toBe(true);
  });
});
