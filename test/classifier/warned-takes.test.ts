// A request in the sender's own words that takes money, a code, card details or the phone from the reader stays
// dangerous beside one warning sentence (check.ts warnedWordsOnly, LanguageReading.takes): the warning describes a
// request in its own sentence, one outside it asks. Counter-properties: a notice that confirms, reports or warns stays
// below dangerous beside the same warnings; a request at a link stays with the link rules. Texts written for this test.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

vi.setConfig({ testTimeout: 60_000 });
const root = join(import.meta.dirname, '../..');
const classifier = createClassifier(root, loadBrand(join(root, 'content/brand.yaml')));
const verdict = (text: string) => classifier.check(text).verdict;

// One warning sentence each (a scene of advice, not a broadcast).
const WARNINGS = {
  zh: ['请谨防上当。', '谨防受骗。', '近期诈骗高发，请提高警惕。'],
  en: ['Beware of scammers.', 'Scammers are active this week.', 'Stay alert to fraud.'],
};

// request × object × channel: a fee before a payout, a debt paid into someone's account.
const ZH = {
  pretext: ['您的额度已冻结，', '您的贷款已审批，', '放款前，', '您的借款已逾期，'],
  verb: ['请先缴纳', '需要先交', '请今天支付', '请先转'],
  amount: ['300 元', '1500 元', '2,000 元'],
  object: ['保证金', '解冻金', '认证费', '激活费'],
  after: ['才能放款。', '后再放款。', '，今天内完成。'],
};
const EN = {
  pretext: ['Your loan is approved: ', 'Before the payout, ', 'Your loan is on hold, so '],
  verb: ['pay', 'first pay', 'please pay'],
  amount: ['the 300 dollar', 'a 150 dollar', 'the 80 dollar'],
  object: ['activation fee', 'processing fee', 'insurance fee', 'unfreeze fee'],
  after: [' today.', ' to release it.', ' now.'],
};
const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const zhRequest = fc.tuple(pick(ZH.pretext), pick(ZH.verb), pick(ZH.amount), pick(ZH.object), pick(ZH.after)).map((p) => p.join(''));
const enRequest = fc
  .tuple(pick(EN.pretext), pick(EN.verb), pick(EN.amount), pick(EN.object), pick(EN.after))
  .map(([a, v, n, o, e]) => `${a}${v} ${n} ${o}${e}`);
const debt = fc
  .tuple(pick(['您的逾期欠款已转催收，', '您的借款逾期了，']), pick(['请今天转 2000 元到我的个人账户结清。', '今天把 1500 元还到这个账户，否则起诉。']))
  .map((p) => p.join(''));

describe('a request that takes money beside one warning', () => {
  it('zh: dangerous with and without the warning', () => {
    fc.assert(
      fc.property(fc.oneof(zhRequest, debt), pick(WARNINGS.zh), (request, warning) => {
        expect(verdict(request)).toBe('dangerous');
        expect(verdict(warning + request)).toBe('dangerous');
      }),
      { numRuns: 60 },
    );
  });

  it('en: dangerous with and without the warning', () => {
    fc.assert(
      fc.property(enRequest, pick(WARNINGS.en), (request, warning) => {
        expect(verdict(request)).toBe('dangerous');
        expect(verdict(`${warning} ${request}`)).toBe('dangerous');
      }),
      { numRuns: 60 },
    );
  });

  it('a debt paid to someone’s account, warned first (en)', () => {
    expect(verdict('Stay alert to fraud. Your debt is overdue: transfer 900 dollars to my personal account today or we sue.')).toBe('dangerous');
  });
});

describe('genuine notices beside the same warnings stay below dangerous', () => {
  // A payment confirmed, a repayment reported, a fee the warning itself names as the scam's.
  const ZH_NOTICES = ['您本期账单 1,200 元已扣款成功，无需任何操作。', '您已成功还款 800 元，感谢您的支持。', '我们不会以任何理由向您收取解冻费或保证金。'];
  const EN_NOTICES = ['We received your repayment of 300 dollars, thank you.', 'Your payment of 120 dollars was successful.', 'We will never ask you to pay an activation fee.'];

  it('zh', () => {
    fc.assert(
      fc.property(pick(WARNINGS.zh), pick(ZH_NOTICES), (w, n) => {
        expect(verdict(w + n)).not.toBe('dangerous');
      }),
      { numRuns: 30 },
    );
  });

  it('en', () => {
    fc.assert(
      fc.property(pick(WARNINGS.en), pick(EN_NOTICES), (w, n) => {
        expect(verdict(`${w} ${n}`)).not.toBe('dangerous');
      }),
      { numRuns: 30 },
    );
  });

  it('a fee asked at a link is left to the link rules: suspicious beside a warning', () => {
    expect(verdict('Beware of scammers posing as couriers. Your parcel is held: pay the 3 dollar customs fee at http://parcel-fee.example.net')).toBe(
      'suspicious',
    );
  });
});

describe('keeping it from family is the lever, not a warning', () => {
  // "don't tell <a relative>" beside a money request: the relative-in-trouble script (any form of address).
  it('en: the request is dangerous whichever relative is named', () => {
    fc.assert(
      fc.property(pick(['Papa', 'Mama', 'Oma', 'Opa', 'Nana', 'Grandad', 'my brother', 'Auntie']), (who) => {
        const text = `Grandma, it's me, I lost my phone. I need to pay the bail money today. Send the money to the account below and don't tell ${who.replace('my ', '')}.`;
        expect(verdict(text)).toBe('dangerous');
      }),
      { numRuns: 16 },
    );
  });

  it('a code notice that says not to tell anyone stays a warning', () => {
    expect(verdict('Your code is 482913. Do not tell anyone this code, our staff will never ask for it.')).not.toBe('dangerous');
  });
});
