// Session 20's widened families (content/scam-concepts.yaml, the warnings of scam-phrases.yaml): an amount in any
// region's currency is money; a mobile-money wallet is an account, someone's after an owner word ("to this MoMo
// number"); a prize or lottery "won", money the reader lost, a recovery fee or a retainer; a debt
// collector's threat to brand the reader "a fraudster" is no warning; a meeting entered (进会议) under a pretext of a
// paid cover switched off or a credit record wiped; a payee code scanned (扫…收款码). Each is a request × object ×
// channel family of our own; counter-properties keep confirmations, bills, work meetings and warnings below dangerous.
// Texts written for this test.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

vi.setConfig({ testTimeout: 60_000 });
const root = join(import.meta.dirname, '../..');
const classifier = createClassifier(root, loadBrand(join(root, 'content/brand.yaml')));
const verdict = (text: string) => classifier.check(text).verdict;
const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const below = (v: string) => v !== 'dangerous';

const CURRENCY = ['FJD', 'PKR', 'Tk', 'NZD', 'JMD', 'COP', 'NT$', 'HK$', 'MOP', 'SEK', 'AED'];
const CURRENCY_AFTER = ['pesos', 'rupees', 'taka', 'kronor', 'dollars', 'ringgit'];
const amount = fc.oneof(
  fc.tuple(pick(CURRENCY), pick(['640', '1,250', '9 800'])).map(([c, n]) => `${c} ${n}`),
  fc.tuple(pick(['640', '12,000', '3 500']), pick(CURRENCY_AFTER)).map(([n, c]) => `${n} ${c}`),
);

describe('an amount in a region’s currency', () => {
  it('en: paid or sent under a debt, court or recovery pretext is dangerous', () => {
    const pretext = ['Your loan is in default. ', 'Court notice on your unpaid loan: ', 'This is the recovery agent for your loan. '];
    const verb = ['Settle', 'Pay', 'Send', 'Transfer'];
    const after = [' to my wallet today to avoid arrest.', ' to this number now or we go to court.', ' today, or legal action follows.'];
    fc.assert(
      fc.property(pick(pretext), pick(verb), amount, pick(after), (p, v, a, e) => {
        expect(verdict(`${p}${v} ${a}${e}`)).toBe('dangerous');
      }),
      { numRuns: 60 },
    );
  });

  it('en: a payment confirmed, received or billed in the app stays below dangerous', () => {
    const forms = [
      (a: string) => `You paid ${a} to Ravi Lal. Ref 88213.`,
      (a: string) => `We received your payment of ${a}. Thank you.`,
      (a: string) => `Your bill of ${a} is due on 8 Dec. Pay in the app.`,
      (a: string) => `${a} was credited to your wallet on 3 Dec.`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: forms.length - 1 }), amount, (i, a) => {
        expect(below(verdict(forms[i]!(a)))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a prize won, money lost, a recovery fee or a retainer', () => {
  it('en: a fee asked for a prize or to get lost money back is dangerous', () => {
    const prize = fc
      .tuple(pick(['You have won a lucky draw! ', "You've won the jackpot. ", 'Your winnings are ready. ', 'You won our sweepstakes. ']),
        pick(['Send 300 dollars for the delivery tax first.', 'First pay the 200 dollar release fee.', 'Pay 150 dollars in tax to receive it.']))
      .map((p) => p.join(''));
    const recovery = fc
      .tuple(pick(['We can get your lost funds back. ', 'Lost money to a fake broker? We trace it. ', 'Your losses can be recovered. ']),
        pick(['Pay the 400 dollar retainer today.', 'Pay the recovery fee to start.', 'Send the retainer fee of 250 dollars first.']))
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(prize, recovery), (text) => {
        expect(verdict(text)).toBe('dangerous');
      }),
      { numRuns: 40 },
    );
  });

  it('en: a prize collected in person, a warning naming a recovery fee stay below dangerous', () => {
    const texts = [
      'Congratulations, you won the staff raffle. Collect the voucher at reception.',
      'Scammers ask victims to pay a recovery fee. No agency charges one.',
      'Lost money to a scam? Report it to the police; never pay anyone a retainer to get it back.',
      'Your winnings from the office quiz are a book token, at the front desk.',
    ];
    for (const t of texts) expect(below(verdict(t)), t).toBe(true);
  });
});

describe('"as a fraudster": a threat, not a warning', () => {
  it('en: a loan repayment with the threat to brand the reader is dangerous', () => {
    const request = ['Your loan is overdue. Pay 5,000 pesos now to this number', 'The loan you took is late. Send 90 dollars today to my account'];
    const threat = [' or we send your photo to all your contacts as a fraudster.', ', or everyone in your contacts will know you as a scammer.'];
    fc.assert(
      fc.property(pick(request), pick(threat), (r, t) => {
        expect(verdict(r + t)).toBe('dangerous');
      }),
      { numRuns: 12 },
    );
  });

  it('en: a sentence naming fraudsters still warns', () => {
    for (const t of ['Fraudsters pose as lenders and ask for a fee. Report them.', 'Beware: scammers send texts asking you to pay a fee.'])
      expect(below(verdict(t)), t).toBe(true);
  });
});

describe('a meeting entered, a payee code scanned (zh)', () => {
  it('zh: a meeting app installed or entered under a cover-closing or record-wiping pretext is dangerous', () => {
    const pretext = ['您的百万保障即将扣费，', '您开通的保险要每月扣款，我们帮您关闭保险，', '你有不良记录，我们能帮你消除，', '不用担心征信，帮您清除逾期，'];
    const verb = ['先下载', '请安装', '请下载'];
    const app = ['会议软件', '视频会议', '腾讯会议', '「某某会议」'];
    const after = ['，进会议后我们帮您处理', '，进入会议室按提示操作', '，然后进会议'];
    fc.assert(
      fc.property(pick(pretext), pick(verb), pick(app), pick(after), (p, v, a, e) => {
        expect(verdict(p + v + a + e)).toBe('dangerous');
      }),
      { numRuns: 60 },
    );
  });

  it('zh: a payee code scanned to pay a debt or a fee under a pretext is dangerous', () => {
    const pretext = ['你的网贷逾期了，', '你孩子欠了网贷，', '您有一笔欠款未还，'];
    const scan = ['扫这个收款码', '扫群里的收款码', '扫下面的二维码'];
    const after = ['先还一部分', '把欠款还上', '今天结清'];
    fc.assert(
      fc.property(pick(pretext), pick(scan), pick(after), (p, s, a) => {
        expect(verdict(`${p}${s}${a}`)).toBe('dangerous');
      }),
      { numRuns: 27 },
    );
  });

  it('zh: a work meeting, a shop payee code, 扫 in other words stay below dangerous', () => {
    const texts = [
      '明天部门例会，请提前下载腾讯会议并进会议',
      '门店付款请扫店内收款码',
      '扫地机器人已发货，预计明天送达',
      '合同扫描件已收到，谢谢',
      '本周五下午的培训在线上进行，请提前进入会议室调试设备',
    ];
    for (const t of texts) expect(below(verdict(t)), t).toBe(true);
  });
});

const WALLET = ['MoMo', 'GCash', 'Nequi', 'M-PESA', 'bKash', 'Easypaisa', 'JazzCash', 'e-wallet'];

describe('a mobile-money wallet', () => {
  it('en: money sent to this or our wallet number under a pretext is dangerous', () => {
    const pretext = ['Your loan is overdue. ', 'Final notice on your unpaid loan. ', 'This is the recovery agent for your loan. '];
    const verb = ['Send', 'Pay', 'Transfer', 'Repay'];
    fc.assert(
      fc.property(pick(pretext), pick(verb), fc.oneof(amount, fc.constant('it')), pick(['this', 'our']), pick(WALLET), (p, v, a, o, w) => {
        expect(verdict(`${p}${v} ${a} to ${o} ${w} number today.`)).toBe('dangerous');
      }),
      { numRuns: 60 },
    );
  });

  it('en: a wallet payment confirmed, a bill payable by wallet stay below dangerous', () => {
    fc.assert(
      fc.property(pick(WALLET), amount, (w, a) => {
        expect(below(verdict(`You sent ${a} to ${w} number 0917 555 0101. Ref 40212.`))).toBe(true);
        expect(below(verdict(`Your bill of ${a} is due on 10 Dec. Pay it via ${w} or at any branch.`))).toBe(true);
        expect(below(verdict(`Your loan instalment of ${a} is due. Repay it in the app or by ${w}.`))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
