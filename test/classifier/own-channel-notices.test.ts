// Session 19, by mechanism: a notice that reports, warns or confirms asks nothing of its reader, and a request made
// through the sender's own channel is no scam's request. Each genuine form here (own lines, several regions' English)
// stands beside the scam that borrows its words, which must stay dangerous: the loosening reads the channel or the
// speaker, never the words alone.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const flagged = (text: string) => ['suspicious', 'dangerous'].includes(classifier.check(text).verdict);

describe('a fee paid at the site of the name the notice is signed with', () => {
  it.each([
    'Harbour Post: customs charges of EUR 6.40 are due on your parcel. Pay online at harbourpost.com using the tracking number.',
    'Lakeside Water: a reconnection fee of $25.00 is due on your account. Pay it at lakesidewater.com or at our office.',
    'Kestrel Post: import charges of GBP 3.20 are due on parcel 4471. Pay online at kestrelpost.co.uk with the reference on our card.',
  ])('%s', (text) => expect(flagged(text)).toBe(false));

  it.each([
    'Harbour Post: customs charges of EUR 6.40 are due. Pay online at harbourpost-fees.top within 24 hours.',
    'Lakeside Water: a reconnection fee of $25.00 is due today. Pay it at lakeside-water-billing.info/pay now.',
    'Metro Power: your account will be cut off today. Pay in the Metro Power app at metro-power-billing.info/pay now.',
    'Your parcel has an unpaid customs charge of £2.10. Pay online at parcel-fee-uk.com today.',
  ])('but a fee at someone else’s site stays dangerous: %s', (text) => expect(classifier.check(text).verdict).toBe('dangerous'));
});

describe('a lender recovering a balance from the next deposit is a statement, not a request', () => {
  it.each([
    'Your overdraft of Ksh 420.00 is due on 9/1. It will be recovered automatically from your next deposit.',
    'Salary advance: the balance of NGN 9,000 will be recovered from your next incoming deposit.',
  ])('%s', (text) => expect(flagged(text)).toBe(false));

  it('a recovery agent asking for a deposit stays dangerous', () => {
    expect(classifier.check('We recovered your lost funds. Make a deposit of $300 to release them to you.').verdict).toBe('dangerous');
  });
});

describe('a broadcast telling a third party’s request', () => {
  it.each([
    'Police advice: fake bank staff call and ask you to move your savings to a "safe account". Hang up and call your bank yourself.',
    'Fraud warning: criminals send texts saying your parcel is held and ask you to pay a small fee at a link. We do not do this.',
    'Community notice: some pensioners received calls from "police" telling them to transfer money to a safe account. This is a scam.',
    'Bank notice: criminals are cold calling customers as our fraud team. They ask them to move money to a "safe account". We never do.',
    'Regulator notice: trading apps shared in chat groups show fake gains and then ask you to pay a tax before you can withdraw. Do not pay.',
  ])('%s', (text) => expect(flagged(text)).toBe(false));

  it.each([
    'This is your bank’s fraud team. Criminals have access to your account: transfer your savings to the safe account we give you now.',
    'Our officers will call and ask you to transfer your funds to a secure account. Please follow their instructions.',
  ])('the scam speaking for itself stays dangerous: %s', (text) => expect(classifier.check(text).verdict).toBe('dangerous'));
});

describe('the reader told to check with family first is no collector’s threat', () => {
  it('advice', () => {
    expect(flagged('Police: a caller posing as your grandson may say he needs bail sent by courier. Call your family first.')).toBe(false);
  });
  it('the threat stays flagged', () => {
    expect(flagged('Your debt is overdue. Pay today or we will call your family and your employer.')).toBe(true);
  });
});

describe('advice to check a payee, and a parcel collected with ID, are no requests', () => {
  it.each([
    'Before you send money with Venmo, make sure you know the person you are paying. Payments are instant.',
    'Before you send money on Cash App, check who you are paying.',
    'Your parcel is waiting at the depot. Collect it with photo ID and the card we left.',
  ])('%s', (text) => expect(flagged(text)).toBe(false));

  it('a photo of the passport sent to an agent stays dangerous', () => {
    expect(classifier.check('Collect your refund with your ID: send a photo of your passport to our agent on WhatsApp +44 7700 900123.').verdict).toBe('dangerous');
  });
});

describe('a delivery PIN shown to the courier at the door', () => {
  it.each([
    'Your parcel is out for delivery today. Give this PIN 7302 to the courier to receive it.',
    'Your order arrives today. Show code 5521 to the rider on delivery.',
  ])('%s', (text) => expect(flagged(text)).toBe(false));

  it('a PIN given to whoever calls stays dangerous', () => {
    expect(classifier.check('Please give your PIN to the courier who calls you today so he can reschedule.').verdict).toBe('dangerous');
  });
});
