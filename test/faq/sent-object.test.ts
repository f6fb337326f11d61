// Session 24 (issue 11): "I already sent it" said of something that is not money — a screenshot, an ID photo, a
// forwarded link, a code, or money sent to the user's own account — is no transfer (lexicon.ts NOT_A_LOSS objects,
// codes, own): the transfer's urgent next steps must not take the lead. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { searchFaq } from '../../src/faq/index.ts';
import { queryTerms } from '../../src/faq/search.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';

describe.each(bothBrandIndexes())('a thing sent that is not money (%s)', (_, faq) => {
  const terms = (q: string) => queryTerms(faq, q);
  const first = (q: string) => {
    const s = searchFaq(faq, q)[0];
    return s ? faq.entries[s.entry]!.entry : undefined;
  };

  it.each([
    'the agent wanted proof of my wallet balance, i sent the screenshot, is that bad',
    'i already sent my id card photo to the guy who offered the loan',
    '他要我的身份證照片，我已經交了身份證正反面',
    '我已经转发了他给的链接，别的什么都没做',
    'i sent a selfie with my id, then he went quiet',
    'i sent it to myself so i could copy his account number later',
    'i transfered it to myself first like he said, money still in my own account',
  ])('no money gone, no loss: %s', (q) => {
    const t = terms(q);
    expect(t.moneyGone).toBe(false);
    expect(t.loss).toBe(false);
  });

  it.each([
    'i sent the otp to the caller, what now',
    'i already sent him the code from the sms',
    '我已经转了验证码给那个客服',
    'i sent my pin to the “bank”, nothing taken out yet',
  ])('a code sent is a loss of its own, not money gone: %s', (q) => {
    const t = terms(q);
    expect(t.moneyGone).toBe(false);
    expect(t.loss).toBe(true);
  });

  it.each([
    'i sent money to the account the caller gave me',
    'i transferred 3000 to the officer',
    '我已经转了五千过去',
    'i sent the money, then he blocked me',
  ])('money itself sent stays money gone: %s', (q) => {
    expect(terms(q).moneyGone).toBe(true);
  });

  it('a code sent: the code next-steps entry leads, not the transfer one', () => {
    const e = first('i sent the otp to the guy on the phone, what do i do now')!;
    expect(e.topics).toContain('verification-code');
    expect(e.urgent).toBeFalsy();
  });

  it.each([
    ['i sent my id card photo already, he says the loan is approved', 'personal-data-leak'],
    ['我已经转发了他给的链接，别的什么都没做', 'phishing-link'],
  ])('data or a link sent: its own entry leads, not the transfer one (%s)', (q, topic) => {
    const e = first(q)!;
    expect(e.topics).toContain(topic);
    expect(e.urgent).toBeFalsy();
  });

  it('a screenshot sent, the code kept: the transfer entry does not lead', () => {
    expect(
      first('the “agent” wanted a picture of my balance page and later a code; i sent the picture, nothing else')!
        .urgent,
    ).toBeFalsy();
  });
});
