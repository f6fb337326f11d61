// Session 22 (issue 11): a scam answer needs a scam sign. (1) Whose act: the brand's own name read as the platform for
// the sender list (content/routes.yaml product.named; "收到易达贷的短信…是真的吗" as "收到你们的短信"), unless someone
// claims it, it is quoted or it is someone's possession. (2) What is asked: a story that ends in the user's own account
// question and holds no scam sign — no third party asking for money, a code, a transfer, an install or a call, no
// offer, risk or loss — gets the product reply with its caution line (src/faq/asked.ts); adding a sign keeps the
// scam answer. Lines written for this test, never from the field corpus; both brands.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Brand, loadBrand } from '../../src/content/brand.ts';
import { lastSentence } from '../../src/faq/asked.ts';
import { answerQuestion, buildFaqIndex, type FaqIndex, loadFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';

const faq = loadFaq(ROOT);
const opts = { ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
const brands: [string, Brand, FaqIndex][] = ['content/brand.yaml', 'test/field/brand-b.yaml'].map((file) => {
  const brand = loadBrand(join(ROOT, file));
  return [file, brand, buildFaqIndex(faq.entries, brand, opts)];
});
const fill = (brand: Brand, q: string) =>
  q.replaceAll('{brand}', brand.name.zh).replaceAll('{brand_en}', brand.name.en);

const noScamAnswer = (index: FaqIndex, q: string) => {
  const a = answerQuestion(index, q);
  expect(a.route, q).toBe('product');
  expect(a.match, q).toBeNull();
};
const scamAnswer = (index: FaqIndex, q: string) => {
  const a = answerQuestion(index, q);
  expect(a.route, q).toBe('fraud');
  expect(a.match, q).not.toBeNull();
};

describe.each(brands)('whose act: the brand named as the sender (%s)', (_, brand, index) => {
  it.each([
    '收到{brand}的短信说我的利率调降了，这是真的吗？要去哪里看？',
    '收到{brand}推送说我的额度调整了 是真的吗 在哪看',
    '{brand}的通知说我的账单出了，是真的吗，在app里哪里看',
  ])("the platform's own notice is no scam: %s", (q) => noScamAnswer(index, fill(brand, q)));

  it.each([
    '收到{brand}的短信说我额度提升了，点链接领取，是真的吗',
    '有个自称{brand}客服的人打电话说我的利率可以调降，是真的吗',
    '{brand}客服打电话说我征信有问题，让我转账到安全账户',
    '{brand_en} agent called, says my rate can be lowered if i pay a fee first, is this real',
  ])("a claim, a request or an offer in the brand's name keeps the scam answer: %s", (q) =>
    scamAnswer(index, fill(brand, q)),
  );
});

describe.each(brands)('what is asked: a story that ends in an account question (%s)', (_, brand, index) => {
  it.each([
    'My mum got a text that her repayment failed and she asked me if it was a scam. I looked, it had no link and came from the number shown in the {brand_en} app. How do I change the card for her auto-debit?',
    '我爸收到短信说扣款失败，问我是不是诈骗。我看了，短信里没有链接，是app里写的那个号码发的。他扣款的银行卡怎么换绑？',
  ])('no scam sign in the story: the product reply with its caution line: %s', (q) => {
    const a = answerQuestion(index, fill(brand, q));
    expect(a.route).toBe('product');
    expect(a.caution).toBe(true);
    expect(a.match).toBeNull();
  });

  it.each([
    'My mum got a text that her repayment failed. Then a man called her and told her to transfer 500 to his account. How do I change the card for her auto-debit?',
    '我爸收到短信说扣款失败，对方让他先转五百块到一个个人账户。他扣款的银行卡怎么换绑？',
  ])('a scam sign in the story keeps the scam answer: %s', (q) => scamAnswer(index, fill(brand, q)));
});

describe('the last sentence', () => {
  it('splits at ? ! ; and a full stop before a space, keeping decimals and a single sentence whole', () => {
    expect(lastSentence('收到短信,是真的吗?要去哪里看?')).toEqual({ story: '收到短信,是真的吗?', ask: '要去哪里看?' });
    expect(lastSentence('i checked. how do i pay?')).toEqual({ story: 'i checked.', ask: 'how do i pay?' });
    expect(lastSentence('the fee is 10.5 dollars, why?')).toBeUndefined();
    expect(lastSentence('how do i repay early?')).toBeUndefined();
  });
});

describe.each(brands)('property: a scam answer needs a scam sign (%s)', (_, __, index) => {
  const storiesZh = ['收到一条短信说我扣款失败，我怕是诈骗。', '我妈问我是不是被骗了。', '新闻里说好多人被骗了。'];
  const asksZh = ['我想问一下提前还款有没有手续费？', '我在app里怎么查这期有没有扣成功？', '还款日能不能改？'];
  const signsZh = ['对方让我把验证码发给他。', '那个人让我先转五百块到他的账户。', '他让我下载一个会议软件共享屏幕。'];
  const storiesEn = [
    'Got a text saying my payment failed, not sure if its a scam.',
    'I keep hearing about loan scams.',
  ];
  const asksEn = ['How do I repay early in the app?', 'Is there a fee to repay early?'];
  const signsEn = ['The guy asked me to send him the code.', 'He told me to transfer 500 to his account first.'];

  it('zh: a sign-free story + an account question → no scam answer; a sign added → the scam answer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...storiesZh),
        fc.constantFrom(...asksZh),
        fc.constantFrom(...signsZh),
        (s, a, sign) => {
          expect(answerQuestion(index, `${s}${a}`).match, `${s}${a}`).toBeNull();
          const signed = answerQuestion(index, `${s}${sign}${a}`);
          expect(signed.route, `${s}${sign}${a}`).toBe('fraud');
          expect(signed.match).not.toBeNull();
        },
      ),
    );
  });

  it('en: a sign-free story + an account question → no scam answer; a sign added → the fraud route', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...storiesEn),
        fc.constantFrom(...asksEn),
        fc.constantFrom(...signsEn),
        (s, a, sign) => {
          expect(answerQuestion(index, `${s} ${a}`).match, `${s} ${a}`).toBeNull();
          // The sign keeps it a fraud question: ranked (its entry, or the fallback when none is close enough).
          expect(answerQuestion(index, `${s} ${sign} ${a}`).route, `${s} ${sign} ${a}`).toBe('fraud');
        },
      ),
    );
  });
});
