// Routing before ranking (content/routes.yaml): small talk and account/product questions never get a scam answer
// or the fallback; a product matter raised by a caller or a message is still a fraud question.
import { describe, expect, it } from 'vitest';
import { answerQuestion, buildRouter, createFaq, loadFaq, routeQuestion } from '../../src/faq/index.ts';
import { cueFamilies } from '../../src/faq/route.ts';
import { questionForms } from '../../src/faq/search.ts';
import { brandVars, fillTemplate } from '../../src/content/template.ts';
import { brand, ROOT } from '../helpers/content.ts';

const faq = createFaq(ROOT, brand);
const router = faq.router!;

describe('the user acting through the official channel', () => {
  // Written here (not field lines): the words of the user's own call to the official hotline are no doubt.
  it.each([
    '我提前还清了，下个月又扣了一笔，打官方客服说要核实，一般多久给答复',
    "what's the official way to reach a human agent? the chatbot keeps looping",
    'i called your hotline to dispute a fee and they said 10 working days, is that normal',
  ])('product: %s', (q) => {
    expect(routeQuestion(router, q).route).toBe('product');
  });

  it.each([
    'someone called me, is this the official hotline?',
    '有人打电话说是官方客服，要我报验证码',
    'i called your hotline and they asked me to move my money to a safe account',
    'someone called and said i can dispute the fee if i send them the code',
  ])('fraud: %s', (q) => {
    expect(routeQuestion(router, q).route).toBe('fraud');
  });
});

describe("the official app, its notice or the user's own bank as the one who asks", () => {
  // Written here (not field lines): "asked me" whose subject is the platform's own app, its in-app notice or the
  // user's own bank names no stranger (content/routes.yaml product.cues and product.frames); what it asks for still
  // decides.
  it.each([
    'App要求我重新上传身份证，为什么',
    'App里弹出通知要求我确认最近的交易，确认后多久恢复',
    'The app keeps asking me to update my bank details before I can borrow',
    'A notification in the app asked me to confirm my address',
    'My bank asked me to come to the branch with my ID to lift the hold on my account',
    '银行要求我带身份证去网点解除限制，要带什么材料',
  ])('product: %s', (q) => {
    expect(routeQuestion(router, q).route).toBe('product');
    expect(answerQuestion(faq, q).match).toBeNull();
  });

  it.each([
    '下载了一个贷款app，app要求我先交500会员费才能放款',
    'the app asked me to pay a deposit before the loan is released',
    'app提示我账户异常，要我把钱转到安全账户',
    'the app keeps asking me for permission to read my contacts, is it a scam',
    '他发给我一个app，app让我开屏幕共享',
    'my bank asked me to transfer my savings to a safe account',
    '银行要求我提供验证码',
    'someone claiming to be my bank asked me to confirm my card number',
  ])('fraud: %s', (q) => {
    expect(routeQuestion(router, q).route).toBe('fraud');
  });
});

describe('scam word families the rules missed (content/routes.yaml fraud families)', () => {
  // Written here (not field lines): Cantonese asks and doubts (俾 → 给, 唔 → 不, 呃 = cheat), faking a turnover (做流水)
  // and a deposit to "verify" it, paying a person for a limit, and a number taken over by someone else.
  it.each([
    ['有間公司話唔使睇信貸紀錄，但要我先俾三百蚊手續費', 'request'],
    ['網上見到個貸款廣告，睇落好似呃人', 'doubt'],
    ['额度太低，听说做流水可以把额度刷上去，要怎么做', 'request'],
    ['评分不足要交一笔验证金，放款时一起退', 'request'],
    ['is it ok to pay someone to get my limit up', 'request'],
    ['我的手机卡被人补办了，现在一条短信都收不到', 'risk'],
    ['my sim got swapped last night and i cannot log in to the loan app', 'risk'],
    ['the app says a new phone signed in but i did not change phone', 'risk'],
  ])('fraud: %s', (q, kind) => {
    const d = routeQuestion(router, q);
    expect(d.route).toBe('fraud');
    expect(d.fraudCue?.kind).toBe(kind);
  });

  it.each([
    'I ported my number to a new network, will the bank still text me the login code?',
    '我换了新手机，登录时要重新人脸识别吗',
    '要给多少钱才能提前还款，手续费怎么算',
  ])('not fraud: %s', (q) => {
    expect(routeQuestion(router, q).route).not.toBe('fraud');
  });
});

// Session 20 (issue 11): a task scam told by its pay words (a daily earning, a commission per order, the stake paid
// back after more orders), and a caller who wants the user's card to "refund" them: the scam answer, not the cautious
// account reply. Written here, in other regions' wording than the misses that showed them.
describe('more scam words: task pay, a card handed over', () => {
  it.each([
    ['朋友介紹嘅手機工，話日賺五百，做完三張單先至返本金', 'risk'],
    ['有個客服叫我做福利單，話每單有一成佣金，我已經做咗兩單', 'risk'],
    ['抖音上说点点手机日赚几百，是真的吗', 'risk'],
    ['对方说先做单垫钱，做满五单再一起返本金和佣金', 'risk'],
    ['a text said the overcharge goes back to me once i give my card number on their page, legit?', 'request'],
    ['they rang about a double debit on my loan and will fix it if i give them my card details and expiry', 'request'],
    ['the caller from the loan company needs me to give my card expiry date so the refund can go through', 'request'],
  ])('fraud: %s', (q, kind) => {
    expect(routeQuestion(router, q).route).toBe('fraud');
    expect(cueFamilies(router, questionForms(faq, q).cued)).toContain(kind);
    expect(answerQuestion(faq, q).caution).toBeFalsy();
  });

  it.each([
    '我在你们app里推荐朋友借款，有没有奖励',
    'how do I update my card details in the app after my bank sent a new card',
    'can i change the card my repayments come from',
  ])('an account question stays off the fraud route: %s', (q) => {
    expect(routeQuestion(router, q).route).not.toBe('fraud');
  });
});

describe("the user's own how-to about an everyday tool (route.ts ownHowTo)", () => {
  // Written here (not field lines): a tool a request word names, asked how to use, with nobody else in it, is an
  // everyday question: never a confident scam answer. Someone asking for the tool, a fee, doubt or undoing it decide.
  it.each([
    'zoom上课怎么共享屏幕给老师看作业',
    '微信怎么扫码加好友',
    'how do i install python on windows',
    '电脑远程桌面怎么设置，在家连公司电脑',
  ])('not a fraud question: %s', (q) => {
    expect(routeQuestion(router, q).route).toBe('other');
    expect(answerQuestion(faq, q).confidence).not.toBe('high');
  });

  it.each([
    '他让我开屏幕共享，屏幕共享怎么开',
    '放款前要先交保证金，怎么交',
    '怎么扫码还款，是不是骗子',
    '怎么卸载那个远程控制软件',
    'how do i turn off the remote access app i installed yesterday',
  ])('fraud: %s', (q) => {
    expect(routeQuestion(router, q).route).toBe('fraud');
  });
});

describe('routing before ranking', () => {
  it('loads content/routes.yaml without problems', () => {
    const loaded = loadFaq(ROOT);
    expect(loaded.problems).toEqual([]);
    expect(loaded.routes).toBeDefined();
  });

  it.each([
    '谢谢',
    '謝謝！',
    '好的谢谢',
    '你好',
    '安心借你好',
    '?',
    '？？',
    '。。。',
    'ok',
    'OK thanks!',
    'thank you so much',
    'bye',
    '嗯嗯',
    '在吗',
  ])('small talk: %s', (q) => {
    expect(routeQuestion(router, q).route).toBe('smalltalk');
    const a = answerQuestion(faq, q);
    expect(a).toMatchObject({ route: 'smalltalk', match: null, alternatives: [], confidence: 'none' });
    expect(a.answer).not.toBe(answerQuestion(faq, 'zzqx wibble frobnicate').answer); // not the fallback
  });

  it.each([
    ['提前还款要手续费吗', 'zh'],
    ['怎么修改还款日', 'zh'],
    ['自动扣款失败了怎么办', 'zh'],
    ['忘記密碼怎麼重置', 'zh'],
    ['能开发票吗', 'zh'],
    ['can i change my repayment date', 'en'],
    ['is there a fee if I repay early?', 'en'],
    ['how do i reset my password', 'en'],
    ['my auto debit failed this month', 'en'],
  ] as const)('product: %s', (q, locale) => {
    expect(routeQuestion(router, q).route).toBe('product');
    const a = answerQuestion(faq, q);
    expect(a).toMatchObject({ route: 'product', match: null, locale });
    // The brand's own channels, filled in from the brand file.
    expect(a.answer).toContain(brand.official_numbers[0]!.number);
    expect(a.answer).toContain(brand.official_domains[0]!);
  });

  it('a product question without a cue: closer to a product example than to any FAQ question', () => {
    const q = 'the money has not reached my card yet';
    expect(routeQuestion(router, q)).toEqual({ route: 'other' });
    expect(answerQuestion(faq, q)).toMatchObject({ route: 'product', match: null });
    // …but never when a scam cue is there.
    expect(answerQuestion(faq, 'a caller says I was charged twice and must share screen to get it back').route).toBe(
      'fraud',
    );
  });

  it.each([
    '客服打电话说提前还款要先交手续费',
    '有人说帮我改还款日，让我先转账',
    'someone called me saying my auto debit failed and asked me to share screen',
    'got a text saying my repayment date changed, click the link',
    '谢谢，那00开头的电话能接吗',
    'thanks, is a +852 number calling about my loan legit?',
  ])('fraud, not product or small talk: %s', (q) => {
    expect(routeQuestion(router, q).route).toBe('fraud');
    expect(answerQuestion(faq, q).route).toBe('fraud');
  });

  // The decision is structural: a product matter alone is product; the same matter with a third party, a request,
  // doubt or a risk is fraud (fraud wins); with neither, the question gets no FAQ answer (route other).
  it.each([
    ['提前还款要手续费吗', 'product', undefined],
    ['对方说提前还款要先交手续费', 'fraud', 'contact'],
    ['还款日改了要先交钱吗', 'fraud', 'request'],
    ['提前还款的短信是真的吗', 'fraud', 'doubt'],
    ['手机丢了 app 里的额度会不会被别人借走', 'fraud', 'risk'],
    ['how do i close my account', 'product', undefined],
    ['a guy says he can close my account for a fee', 'fraud', 'contact'],
    ['closing my account, is that email legit?', 'fraud', 'doubt'],
  ] as const)('cue families: %s → %s', (q, route, kind) => {
    const d = routeQuestion(router, q);
    expect(d.route).toBe(route);
    expect(d.fraudCue?.kind).toBe(kind);
  });

  it('a question with no cue either way is only ever offered an entry ("did you mean"), never answered straight', () => {
    const q = 'what does a safe account mean';
    expect(routeQuestion(router, 'zzqx wibble frobnicate').route).toBe('other');
    const a = answerQuestion(faq, q.replace('safe account', 'holding account'));
    expect(a.route).toBe('other');
    expect(a.confidence).not.toBe('high');
    // The same words with a cue of the fraud families is ranked as usual.
    expect(routeQuestion(router, q).route).toBe('fraud');
  });

  // The FAQ's own questions are fraud questions written by authors, not by the field corpus: how many of them the
  // fraud families recognise measures the families' breadth on text they were not written from.
  it("the fraud cue families recognise most of the FAQ's own questions; small talk none of them", () => {
    const routes = faq.entries.flatMap((e) =>
      e.entry.questions.map((q) => routeQuestion(router, fillTemplate(q, brandVars(brand, e.entry.locale))).route),
    );
    const share = (r: string) => routes.filter((x) => x === r).length / routes.length;
    expect(share('fraud')).toBeGreaterThanOrEqual(0.85);
    expect(share('smalltalk')).toBe(0);
  });

  it('uses the brand of the index it is built with', () => {
    const other = { ...brand, name: { zh: '好借', en: 'GoodLoan' }, aliases: ['好借', 'goodloan'] };
    const otherFaq = createFaq(ROOT, other);
    expect(routeQuestion(otherFaq.router!, 'GoodLoan thanks').route).toBe('smalltalk');
    expect(answerQuestion(otherFaq, '怎么修改还款日').answer).toContain('好借');
  });

  it('without routes content every question is ranked', () => {
    const routes = loadFaq(ROOT).routes!;
    expect(routeQuestion(buildRouter(routes), '谢谢').route).toBe('smalltalk');
    const bare = { ...faq, router: undefined };
    expect(answerQuestion(bare, '谢谢').route).toBe('fraud');
  });
});

describe('cue lists (CueList: a phrase trie in place of the alternation)', () => {
  const lists = [
    router.product,
    router.own,
    router.official,
    router.yours,
    router.mine,
    router.self,
    router.offer,
    ...Object.values(router.fraud),
  ].filter((l) => l !== undefined);

  it('find the first match the alternation finds (leftmost, longest, Latin phrases as whole words)', () => {
    const asked = faq.entries.flatMap((e) =>
      e.entry.questions.map((q) => fillTemplate(q, brandVars(brand, e.entry.locale))),
    );
    // As answering reads them (the cued form), and raw: case, punctuation and odd spacing at the edges of words.
    const texts = [...asked.map((q) => questionForms(faq, q).cued), ...asked, '', ' ', 'a', 'xapp app appx 2app app2'];
    let found = 0;
    for (const list of lists) {
      for (const t of texts) {
        const expected = list.pattern.exec(t)?.[0];
        expect(list.find(t), t).toBe(expected);
        if (expected !== undefined) found++;
      }
    }
    expect(found).toBeGreaterThan(500);
  });
});
