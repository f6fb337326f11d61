// The product/fraud boundary (content/routes.yaml, src/faq/route.ts): the user's own account situations that scam
// stories mention too — locked or frozen after wrong passwords, paid late and a late record, the platform's own
// collections and reminders, an overpayment, closing the account, a new card — are product questions; the same
// situation with a decisive fraud cue (a third party who claims or asks, a request, doubt, a risk) is a fraud
// question. Probe questions written for this table in our own words, shaped on public loan-app help pages (account
// lockout after failed logins, payment reversal after paying by accident, late payments and credit reports) and on
// police warnings; none is taken from the field corpus.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, normalizeQuestion, routeQuestion } from '../../src/faq/index.ts';
import { brand, ROOT } from '../helpers/content.ts';
import {
  BANK_FRAUD,
  BANK_PRODUCT,
  BILLS_FRAUD,
  BILLS_PRODUCT,
  DEBT_RELIEF_FRAUD,
  DECISIVE_FRAUD,
  FEE_FIRST_FRAUD,
  FRAMES_FRAUD,
  FRAMES_PRODUCT,
  OWN_ACCOUNT_PRODUCT,
  SELF_FRAUD,
  SELF_PRODUCT,
} from './route-boundary-cases.ts';

const faq = createFaq(ROOT, brand);
const router = faq.router!;

// Ordinary account questions (the last 27 with no scam vocabulary at all) never read a scam answer.
describe('own-account situations are product questions', () => {
  it.each(OWN_ACCOUNT_PRODUCT)('product: %s', (q) => {
    const a = answerQuestion(faq, q);
    expect(a.route).toBe('product');
    expect(a.match).toBeNull();
  });
});

describe('the same situations with a decisive fraud cue are fraud questions', () => {
  it.each(DECISIVE_FRAUD)('fraud: %s', (q) => {
    const d = routeQuestion(router, q);
    expect(d.route).toBe('fraud');
    expect(answerQuestion(faq, q).route).toBe('fraud');
  });

  it('a call or a text alone (a context cue) is a fraud question when no own-account situation is named', () => {
    expect(routeQuestion(router, 'got a call saying my limit can be raised to 50k').fraudCue?.kind).toBe('context');
    expect(routeQuestion(router, '接到一个电话，额度可以提高到五万').route).toBe('fraud');
    // …and gives way to one that is: the platform's collections about the user's own late payment.
    expect(routeQuestion(router, 'got a call from your collections team about my late payment').route).toBe('product');
  });
});

describe('small talk that opens with thanks or a greeting', () => {
  it.each(['thx, that really helped my grandma', '謝謝你，幫大忙了', 'xie xie', 'ok, got it, bye'])('%s', (q) => {
    expect(routeQuestion(router, q).route).toBe('smalltalk');
  });

  it.each(['thanks, how do I report the number?', '谢谢，那我还要报警吗', '收到退款通知，要我联系一个客服号码'])(
    'not when a question or a cue follows: %s',
    (q) => {
      expect(routeQuestion(router, q).route).not.toBe('smalltalk');
    },
  );
});

describe('Cantonese function words read as Mandarin', () => {
  it('收到短訊話… is "a text says …"; calling the number in it makes a fraud question', () => {
    const q = '收到短訊話我嘅保險會自動扣費，要取消就打裡面個電話，我應唔應該打？';
    expect(normalizeQuestion(q, { keepFillers: true })).toContain('短信说');
    const d = routeQuestion(router, q);
    expect(d).toMatchObject({
      route: 'fraud',
      fraudCue: { kind: 'request', text: '打里面' },
    });
  });
});

// Session 13 (issue 11), written for this table in our own words (card-issuer and loan-app help pages; regulators'
// warnings about paid debt agents): a scam word inside an account or card term (product.frames), the user as the one
// who acted (product.self), and a debt-relief agent as a third party (fraud.contact).
describe('a scam word inside an account or card term is read without it (product.frames)', () => {
  it.each(FRAMES_PRODUCT)('no fraud cue: %s', (q) => {
    expect(routeQuestion(router, q).route).not.toBe('fraud');
    expect(answerQuestion(faq, q).match).toBeNull();
  });

  it.each(FRAMES_FRAUD)('a caller, a request or another risk word around it still decides: %s', (q) => {
    expect(routeQuestion(router, q).route).toBe('fraud');
  });
});

describe('the user as the one who acted (product.self)', () => {
  it.each(SELF_PRODUCT)('own action, no scam answer: %s', (q) => {
    const a = answerQuestion(faq, q);
    expect(a.route).not.toBe('fraud');
    expect(a.match).toBeNull();
  });

  it.each(SELF_FRAUD)('someone asking is still a request: %s', (q) => {
    expect(answerQuestion(faq, q).route).toBe('fraud');
  });
});

describe('a debt-relief agent is a third party (fraud.contact)', () => {
  it.each(DEBT_RELIEF_FRAUD)('%s', (q) => {
    expect(routeQuestion(router, q)).toMatchObject({
      route: 'fraud',
      fraudCue: { kind: 'contact' },
    });
  });
});

// Session 14 (issue 11), written for this table in our own words (card-issuer dispute and "unexpected transaction"
// pages, travel-card help): doubt about a line on the user's own bill (product.bills), the bank's own number on the
// card and a call to one's own bank as the channel (product.official), a dispute or refund as a product act, and the
// bank's own fraud checks and card use abroad as frames.
describe("doubt about a line on the user's own bill (product.bills)", () => {
  it.each(BILLS_PRODUCT)('the product reply with its caution line: %s', (q) => {
    const a = answerQuestion(faq, q);
    expect(a).toMatchObject({ route: 'product', caution: true, match: null });
  });

  it.each(BILLS_FRAUD)('a text, a caller or a request about the bill still decides: %s', (q) => {
    expect(answerQuestion(faq, q).route).toBe('fraud');
  });
});

describe("the bank's own number and a dispute as product acts", () => {
  it.each(BANK_PRODUCT)('no scam answer: %s', (q) => {
    const a = answerQuestion(faq, q);
    expect(a.route).not.toBe('fraud');
    expect(a.match).toBeNull();
  });

  it.each(BANK_FRAUD)('a number in the text, a caller or a fee still decides: %s', (q) => {
    expect(answerQuestion(faq, q).route).toBe('fraud');
  });
});

// Session 15 (issue 11), written for this table in our own words (login- and withdrawal-code help pages, lenders'
// collection and fee pages): the code text's own warning quoted by the user is a frame, the platform's own collector
// with the user's action in the official app is the platform's notice, and a fee "first" is a request.
describe("the code text's own warning, the platform's own collector, a fee first", () => {
  it.each([
    '我自己点了获取验证码，短信写着请勿告诉他人，我在app里填上就行吧',
    'i asked for a login code myself, the text says never share the code with anyone, i just enter it in the app right',
  ])('the warning the code text carries is no request: %s', (q) => {
    const a = answerQuestion(faq, q);
    expect(a.route).not.toBe('fraud');
    expect(a.match).toBeNull();
  });

  it("the platform's own collector and the user's action in the official app: the cautious product reply", () => {
    const a = answerQuestion(faq, '你们的催收打电话说今天要还清，这是真的吗？我直接在app里还就可以吧');
    expect(a).toMatchObject({ route: 'product', caution: true, match: null });
  });

  it.each(FEE_FIRST_FRAUD)('someone asking, or a fee first, still decides: %s', (q) => {
    expect(answerQuestion(faq, q).route).toBe('fraud');
  });
});
