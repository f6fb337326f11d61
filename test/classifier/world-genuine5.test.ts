// Session 18 (issue 10): genuine forms the READ group (batches 23 and 24) and the seventh world table showed flagged,
// each read by the mechanism that clears it, beside scams that mechanism must leave flagged; and what may not earn
// `official` (a link on the brand's domain forwarding elsewhere, the brand's line disowned). Texts written for this test.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/classifier/check.ts';
import { senderNames } from '../../src/classifier/sender-domain.ts';
import { classifier } from '../helpers/content.ts';

const verdictOf = (text: string) => classifier.check(text).verdict;
/** The rules alone (no wording model): the mechanisms below are the rules'. */
const rulesVerdict = (text: string) => check(text, { ...classifier.context, wording: undefined }).verdict;
const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

describe('a call the reader hung up on or found out as fraud is a warning told, not a request obeyed', () => {
  it.each([
    // 挂掉 / 挂断 without 了, and the reader's finding ("果然是诈骗", "就是骗子")
    ['我昨天接到说是社保局的电话，说要帮我转接警察，我直接挂断打96110问了，果然是诈骗。', '我是社保局的，现在帮你转接警察，你按警官说的把钱转到安全账户。'],
    ['我问过客服了，保障服务是平台免费开的，刚才那个说要帮我关掉扣费的电话就是骗子。', '您好，您开通的百万保障即将扣费，我帮您取消，请先下载会议软件共享屏幕。'],
  ])('%s | beside: %s', (genuine, scam) => {
    expect(flagged(rulesVerdict(genuine))).toBe(false);
    expect(verdictOf(scam)).toBe('dangerous');
  });

  it('a report of a call the reader obeyed stays flagged', () => {
    expect(flagged(rulesVerdict('对方说要帮我转接警察，让我把存款转到安全账户，我已经转了两万。'))).toBe(true);
  });
});

describe('a trick narrated as its subject warns; the trick played on the reader does not', () => {
  it('"the … trick starts with …" is a warning sentence', () => {
    expect(verdictOf('Consumer tip: the "hi dad" trick starts with a new number and ends with a request to transfer money. Call your child on the number you know.')).toBe('unknown');
  });

  it('the trick itself is still dangerous', () => {
    expect(verdictOf('Hi dad, this is my new number, my phone broke. Can you transfer 900 euros to this account today?')).toBe('dangerous');
  });
});

describe('an English verb in the past tense reports; the imperative and a passive request ask', () => {
  it.each([
    'The tax office deposited the benefit today, $210. It showed up in my chequing account, nothing to do.',
    'The pension fund transferred the refund to my account this morning, all fine.',
  ])('reported: %s', (text) => {
    expect(rulesVerdict(text)).toBe('unknown');
  });

  it.each([
    'Deposit $300 today to release your tax refund.',
    'Your savings must be transferred to a secure holding account today.',
  ])('asked: %s', (text) => {
    expect(rulesVerdict(text)).toBe('dangerous');
  });
});

describe('a payment service sending on someone\'s behalf is signed with its own name', () => {
  it('"Service from Name:" names the service', () => {
    expect(senderNames('Tikkie from Sanne: EUR 9.50 for coffee')).toContain('tikkie');
    expect(senderNames('Venmo request from Ana: $12 for lunch')).toContain('venmo');
  });

  it('a request at the service\'s own site is no scam link; at a lookalike it is', () => {
    expect(verdictOf('Tikkie from Sanne: EUR 9.50 for Saturday coffee. Pay via tikkie.me/pay/Sanne/7c1d2e')).toBe('unknown');
    expect(verdictOf('Tikkie from Sanne: EUR 9.50 for Saturday coffee. Pay via tikkie-betaal.me/pay/Sanne/7c1d2e')).toBe('dangerous');
  });
});

describe('official is not earned through the brand\'s domain forwarding elsewhere, nor by a line the message disowns', () => {
  it.each([
    ['AnxinLoan: confirm your details at https://anxinjie.example/go?url=loan-check.top before today.', 'REDIRECT_TO_OTHER_HOST'],
    ['AnxinLoan: confirm your details at https://anxinjie.example/r#https%3A%2F%2Floan-check.top%2Fid today.', 'REDIRECT_TO_OTHER_HOST'],
  ])('%s', (text, code) => {
    const r = classifier.check(text);
    expect(r.verdict).not.toBe('official');
    expect(r.items.flatMap((i) => i.reasons.map((x) => x.code))).toContain(code);
  });

  it('a link on the brand\'s domain with its own parameters stays official', () => {
    expect(verdictOf('AnxinLoan: your December statement is ready at https://anxinjie.example/bill?id=8812&utm_source=sms.')).toBe('official');
    expect(verdictOf('AnxinLoan: sign in at https://anxinjie.example/login?next=anxinjie.example/bill to read your bill.')).toBe('official');
  });

  it.each([
    '【安心借】请勿再拨打400-000-0000，该热线已停用，新号码请关注后续短信。',
    '【安心借】官方客服400-000-0000繁忙，退款事宜请等待专员加您好友办理。',
    'AnxinLoan: our hotline 400-000-0000 has changed; save the new number we text you next.',
    'AnxinLoan: 400-000-0000 only takes complaints. For refunds, text your card number to this number.',
  ])('disowned: %s', (text) => {
    const r = classifier.check(text);
    expect(r.verdict).not.toBe('official');
  });

  it('a notice giving the line, or closing a holiday and sending the reader to the app, stays official', () => {
    expect(verdictOf('【安心借】您的借款已还清，感谢使用。如有疑问请拨打400-000-0000。')).toBe('official');
    expect(verdictOf('【安心借】春节期间客服热线400-000-0000暂停人工服务，如需帮助请在App内提交工单。')).toBe('official');
  });
});

describe('the reader\'s own refusal warns, unless the sentence turns to the reader after it', () => {
  it('a text turned down and checked at the counter is no request', () => {
    expect(verdictOf('爸，银行短信说卡要冻结让点链接处理，我没点，去柜台问了，卡没事。')).toBe('unknown');
    expect(verdictOf('Mum, someone texted me to pay a parking fine at a link. I checked the council app myself, nothing is owed.')).toBe('unknown');
  });

  it('a refusal borrowed before a request to the reader stays dangerous', () => {
    expect(verdictOf('妈，我手机摔坏了，我没点那个链接，你先转我3000块应急。')).toBe('dangerous');
  });
});

describe('a refund chosen at the site of the name the notice is signed with, or in its app, is the genuine channel', () => {
  it.each([
    'Aerlinea: your flight AL221 on 9 Jan is cancelled. Choose a refund or another flight at aerlinea.com/manage.',
    'Aerlinea: your flight AL221 on 9 Jan is cancelled. Choose a refund or another flight in the app.',
  ])('%s', (text) => {
    expect(verdictOf(text)).toBe('unknown');
  });

  it('the same refund at a lookalike site stays dangerous', () => {
    expect(verdictOf('Aerlinea: your flight AL221 on 9 Jan is cancelled. Choose a refund or another flight at aerlinea-refunds.com/manage.')).toBe('dangerous');
  });
});
