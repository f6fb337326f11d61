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
const opts = { ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
const bare = buildFaqIndex(faq.entries, brand, { ...opts, model: null, routeDecision: null });
const shipped = buildFaqIndex(faq.entries, brand, opts);
const router = bare.router!;
const asks = (q: string) => readAsks(router, new CueReading(questionForms(bare, q).cued).fraudSide(router).text)!;

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
  it.each(product)('product with its caution line: %s', (q) => {
    for (const index of [bare, shipped]) {
      const a = answerQuestion(index, q);
      expect(a.match).toBeNull();
      expect(a.route).toBe('product');
    }
  });

  const fraud = [
    '有人打电话说是银行的，说我卡被冻结了，让我把钱转到安全账户',
    'someone from the bank called and told me to read out the code they sent',
    '银行的工作人员说我的额度可以提高，要先交一笔手续费到他个人卡上',
    'the app support guy told me to download another app to fix my loan',
  ];
  it.each(fraud)('a third party asks: fraud, %s', (q) => {
    for (const index of [bare, shipped]) expect(answerQuestion(index, q).route).toBe('fraud');
  });
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
      fc.property(zh, fc.constantFrom('有人让我把钱转到安全账户', '有人要我把验证码发给他'), ({ platform, state }, ask) => {
        const q = `我的账户被${platform}${state}了，${ask}，怎么办`;
        return answerQuestion(bare, q).route === 'fraud';
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
