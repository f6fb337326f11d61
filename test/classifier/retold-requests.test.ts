// Session 15 (issue 10): requests the second world scam table (scam-probes-world2.tsv) and the police warnings it cites
// showed unread, each with a genuine or warning counterpart. Lines written for this test.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const verdict = (text: string) => classifier.check(text).verdict;
const notFlagged = (text: string) => expect(['official', 'unknown']).toContain(verdict(text));

describe('a request retold in the past tense by the one it steers: the reader’s "my" is the caller’s "your"', () => {
  it.each([
    'A man who said he was from my internet provider told me to share my screen so he could fix the router. Is that ok?',
    'The woman said my son was in hospital and asked me to send the deposit of $2,000 to her PayPal account right away.',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it('the speaker sharing their own screen asks nothing', () => {
    notFlagged('In the call tomorrow I will share my screen and walk the team through the budget.');
  });
  it.each([
    // A manager or a teacher asking for a screen, the rent paid to a landlady: everyday requests retold
    'My supervisor asked me to share my screen in the Teams call so we could go through the figures.',
    'Our new landlady asked me to pay the rent to her bank account from next month.',
  ])('%s → not flagged', (text) => {
    notFlagged(text);
  });
});

describe('a code someone "sent by mistake", asked back', () => {
  it('→ dangerous', () => {
    expect(verdict('Sorry, I typed your number by mistake and my login code went to you, can you text it back to me?')).toBe('dangerous');
  });
});

describe('资金审查 / 资产审查: a fake officer’s review of the reader’s money', () => {
  it('→ dangerous', () => {
    expect(verdict('我是刑侦支队的，你的身份证涉及一宗洗钱案，需要你把存款拿出来配合资产审查，不准告诉家人。')).toBe('dangerous');
  });
  it('a police warning naming it → not flagged', () => {
    notFlagged('警方提醒：公安机关不会通过电话要求市民配合资金审查，凡是这样说的都是诈骗。');
  });
});

describe('a code given to the agent who calls (FraudSMART: "expect a call from our fraud team")', () => {
  it('→ dangerous', () => {
    expect(verdict('Bank security: one of our advisers will ring you shortly. Tell the adviser the six-digit code we text you so the card can be unblocked.')).toBe('dangerous');
  });
  it('a notice that names the agent in a warning → not flagged', () => {
    notFlagged('We will never ask you to give our agent or anyone else the code we text you.');
  });
});

describe('courier fraud: cash, a card or gold handed to a courier the caller sends (Action Fraud)', () => {
  it.each([
    'Detective here. Take £3,000 out in cash and put it in an envelope; a courier from the station will come to collect the money this evening.',
    'Your card has been cloned. Put it in an envelope and hand it to the courier we send to your door at 4 pm.',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it('a parcel collection → not flagged', () => {
    notFlagged('Your return is booked: our courier will collect the parcel tomorrow between 8am and 6pm.');
  });
});

describe('依指示操作网银 / ATM for a refund (165 / 數產署: 解除分期)', () => {
  it('→ dangerous', () => {
    expect(verdict('購物網客服：您的訂單被設成每月扣款，我們會請銀行專員來電，請依指示操作網路銀行完成取消。')).toBe('dangerous');
  });
  it('a warning naming the tactic → not dangerous', () => {
    expect(verdict('165提醒：ATM與網路銀行沒有解除分期功能，凡是要您依指示操作網銀的都是詐騙。')).not.toBe('dangerous');
  });
});
