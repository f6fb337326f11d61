// Session 18 (issue 11): product questions answered as scams on wording nobody in the team wrote. Leave-one-batch-out
// and on world table 4's and 5's tune halves the scam reading came from: the asker's OWN call to the bank or customer
// service ("我给客服打电话", whose 给客服 reads as "give it to customer service"); doubt whether the platform's own
// collection call about the asker's own late payment is really the platform's; the platform's own code text quoting
// its warning; and account words holding a scam word (a cash deposit machine, a transfer sent to the wrong number by
// mistake, "without asking me", travelling abroad, a power of attorney for a parent's account, a card reissued after a
// merchant's breach). Three mechanisms: the user's own official action read out of the request family as it already
// was out of doubt (src/faq/route.ts), ownNotice's platform-as-caller case (src/faq/answer.ts) and cues / frames
// (content/routes.yaml). Each asserted with the fitted layers removed (the rules alone carry it) and shipped. Lines
// written for this test in our own words, never from the field corpus.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { answerQuestion, buildFaqIndex, loadFaq, routeQuestion } from '../../src/faq/index.ts';
import { CueReading, cueFamilies } from '../../src/faq/route.ts';
import { questionForms } from '../../src/faq/search.ts';
import { ROOT } from '../helpers/content.ts';

const faq = loadFaq(ROOT);
const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
const opts = { lexicon: faq.lexicon!, ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
const bare = buildFaqIndex(faq.entries, brand, { ...opts, model: null, routeDecision: null });
const shipped = buildFaqIndex(faq.entries, brand, opts);
const families = (q: string) => cueFamilies(bare.router!, new CueReading(questionForms(bare, q).cued));
const noScam = (q: string) => {
  for (const index of [bare, shipped]) {
    const a = answerQuestion(index, q);
    expect(a.match).toBeNull();
    expect(a.route).toBe('product');
  }
};

describe('the asker’s own call to customer service or the bank', () => {
  it.each([
    '我打电话给客服想问提前还款，一直占线，还有别的办法找你们人工吗',
    '我给银行客服热线打电话改账单日，对方让我先核对身份，这个正常吧',
  ])('a product question: %s', (q) => {
    // The request family holds 给客服 ("give it to customer service"): read without the asker's own call…
    expect(families(q)).toContain('official');
    expect(routeQuestion(bare.router!, q).route).toBe('product');
    noScam(q);
  });

  it.each([
    // …someone who tells the user to call, or the code read out on that call, still decides.
    '他让我给客服打电话，说打了就能把额度提上去',
    '短信让我打电话给客服办理退款',
    '我给客服打电话，对方让我把验证码念给他',
    '我打给客服以后，对方要我下载别的app来核实',
  ])('fraud: %s', (q) => {
    const d = routeQuestion(bare.router!, q);
    expect(d.route).toBe('fraud');
    expect(answerQuestion(bare, q).route).toBe('fraud');
  });
});

describe('doubt whether the platform’s own collection call is the platform’s (ownNotice)', () => {
  it.each([
    '你们的催收是不是会在晚上打电话？我上周晚缴了两天，想确认一下是不是你们',
    '我迟缴了一期，你们催收打来的那个号码是你们的吗',
  ])('product with its caution line: %s', (q) => {
    expect(routeQuestion(bare.router!, q).route).toBe('fraud');
    for (const index of [bare, shipped])
      expect(answerQuestion(index, q)).toMatchObject({ route: 'product', caution: true, match: null });
  });

  it.each([
    '你们的催收让我把钱转到他个人账户，是不是你们的人',
    '你们的催收说不还就起诉我，是真的吗',
    // the platform is not named as the caller: a stranger's claim
    '有人说我晚缴了要上征信，是不是真的',
  ])('fraud: %s', (q) => {
    expect(answerQuestion(bare, q).route).toBe('fraud');
  });
});

describe('the platform’s own code text and the user who asked for the code', () => {
  it('a product question with its caution line', () => {
    const q =
      'i just pressed send code to sign in on my new tablet, the sms says never share it. i can enter it into the app myself, right?';
    expect(families(q)).not.toContain('context');
    for (const index of [bare, shipped])
      expect(answerQuestion(index, q)).toMatchObject({ route: 'product', caution: true });
  });
  it('a caller who wants the code still decides', () => {
    const q =
      'i just pressed send code because the caller told me to, the sms says never share it, should i read it to him?';
    expect(answerQuestion(bare, q).route).toBe('fraud');
  });
});

describe('account words that hold a scam word (product.frames)', () => {
  it.each([
    ['the cash deposit machine kept my notes and my balance did not change', 'request'],
    ['i sent money to the wrong phone number by mistake in the wallet, can it be reversed', 'request'],
    ['the bank switched me to a paid plan without asking me, how do i go back', 'request'],
    ['i am abroad this month, can i raise the atm withdrawal limit in the app', 'risk'],
    ['my mother wants me to help manage her bank account, how do we set up a power of attorney', 'contact'],
    ['the bank sent me a new card because of a data breach at a merchant, will my bills move over', 'risk'],
    ['我转错账户了，钱能退回来吗', 'request'],
  ] as const)('%s: no %s cue', (q, kind) => {
    expect(families(q)).not.toContain(kind);
  });

  it.each([
    ['he says a deposit is needed before the loan is released', 'request'],
    ['someone sent money to my number by mistake and wants me to send it back to another number', 'request'],
    ['a lawyer called about my overseas account and wants a fee', 'contact'],
    ['有个人话系银行职员，叫我装个app', 'contact'],
  ] as const)('the scam wording keeps its cue: %s', (q, kind) => {
    expect(families(q)).toContain(kind);
    expect(routeQuestion(bare.router!, q).route).toBe('fraud');
  });
});
