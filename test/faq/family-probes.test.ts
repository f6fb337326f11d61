// Family probes (issue 11, session 28): the kinds of account question that carry scam words and that the mention and
// story tables do not cover — complaints about the platform's own collection calls and fees, refunds and
// overpayments, the real app's security features and its own anti-fraud questions, the app's screen or notice quoted,
// risk control holding an application, a relative's loan, payment channels, a region's words for the instalment
// (供款, EMI, hulog, cicilan), mixed zh/en, the asker abroad, a relative's card, a relative worried by the news — and
// fraud counter-questions in the same families.
// test/faq/family-probes.tsv, written for this table in our own words, never from the field corpus. Baseline: the
// session's starting code answered 8 of the first 87 product questions (written before any fix or READ miss was read)
// as scams, 11 of all 100, and routed 9 of the 56 fraud questions away (six protect-your-account and
// report-an-impersonator questions and two loans taken in the asker's name, all sent to the cautious product reply,
// one Indonesian question to no route); all three brands alike. The ceilings hold what the mechanisms reached.
import { describe, expect, it } from 'vitest';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion } from '../../src/faq/index.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';
import { ROOT } from '../helpers/content.ts';
import { readProbeTable } from './probe-tables.ts';

const probes = readProbeTable(ROOT, 'test/faq/family-probes.tsv');
const product = probes.filter((p) => p.kind === 'product');
const fraud = probes.filter((p) => p.kind === 'fraud');
const START = { productAsScams: 11, fraudAway: 9 };
const CEILING = { productAsScams: 2, fraudAway: 7 };
/** The fraud questions the starting code already routed away, by text. */
const AWAY_AT_START = new Set([
  '你们app有没有登录设备管理？我想看看有没有别的手机登录过我的账户。',
  'How do I turn on two-step login for my account in the app? I want extra protection.',
  'Where in the app can I see which devices are logged in to my account and log them out?',
  'Can I set a daily borrowing limit on my own account so that nobody can take a big loan if my phone is stolen?',
  '怎么 change 我的 login password？我怕之前的太简单被人猜到',
  "There's a Facebook page using your logo offering loans. I didn't contact them. Where do I report it to you?",
  'Ada yang telepon katanya cicilan saya macet dan harus transfer ke rekening pribadinya, ini penipuan bukan?',
  'Someone took loans under my name using my ID. How can I see all the loans under my name in the app and stop them?',
  "There are loans under my name I didn't take. What do I do?",
]);

describe('the family probe table', () => {
  it('holds 80+ product questions and 40+ fraud counter-questions in several families and languages', () => {
    expect(product.length).toBeGreaterThanOrEqual(80);
    expect(fraud.length).toBeGreaterThanOrEqual(40);
    expect(new Set(product.map((p) => p.style)).size).toBeGreaterThanOrEqual(10);
  });
});

describe.each(bothBrandIndexes())('family probes (%s)', (_name, index) => {
  const ask = (text: string) => answerQuestion(index, fillFieldText(text, index.brand));

  it('answers fewer product questions as scams than the starting code, within the ceiling', () => {
    const scams = product.filter((p) => ask(p.text).match !== null);
    console.info(`product questions answered as scams: ${scams.length}/${product.length} (start ${START.productAsScams})`);
    expect(scams.length).toBeLessThan(START.productAsScams);
    expect(scams.length).toBeLessThanOrEqual(CEILING.productAsScams);
  });

  it('routes away no fraud question the starting code kept', () => {
    const away = fraud.filter((p) => ask(p.text).route !== 'fraud').map((p) => p.text);
    console.info(`fraud questions routed away: ${away.length}/${fraud.length} (start ${START.fraudAway})`);
    expect(away.filter((t) => !AWAY_AT_START.has(t))).toEqual([]);
    expect(away.length).toBeLessThanOrEqual(CEILING.fraudAway);
  });

  it.each([
    // the official app's screen or notice quoted, typed with or without a space at the script seam
    ['提现被拦截了，app说“交易异常需要核实”，需要我提供什么材料？', '对方发来一个 app 链接，app 显示我的额度五万，要先交会员费才能提现，这是骗局吗？'],
    ['app 通知说我的账户要重新认证，在 app 里面哪一步做？', '有人让我下载一个 app，说在 app 里输入银行卡密码就能解冻，可以吗？'],
    // the app's own anti-fraud question to the borrower; a stranger who coaches the answer
    [
      'Every time I borrow the app makes me answer whether someone told me to take the loan. Is that required every time?',
      'The man said the app would ask whether someone told me to borrow, and that I should answer no. Should I?',
    ],
    // a fee asked about, in Cantonese instalment words; a fee someone asks for
    ['提早供完要唔要俾手續費？', '佢話要我俾手續費先可以放款，係咪真㗎？'],
    // the platform addressed as the one charging; someone else charging
    ['Your app keeps charging me a membership I never signed up for. How do I cancel it?', 'The agent keeps charging me "verification fees" before the payout. Scam?'],
    // the asker's own SIM abroad; a call while abroad
    [
      "Does the app keep working on a foreign SIM while I'm abroad for my studies?",
      "While I'm abroad someone called saying my loan will be frozen unless I pay a fee to his account. Real?",
    ],
    // what the news told, then the asker's own loans; the news, then a caller's fee
    [
      'My sister read an article about fake loan officers and got nervous. How do I see all my loans in the app?',
      'I read a news story about fake loan officers, and today one asked me for a release fee. Should I pay it?',
    ],
  ])('no scam answer for %s; the fraud route for %s', (mine, theirs) => {
    expect(ask(mine).match).toBeNull();
    expect(ask(theirs).route).toBe('fraud');
  });
});
