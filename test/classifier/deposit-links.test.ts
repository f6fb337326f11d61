// Money "sent to you" that waits on a bank chosen or a sign-in at a link that is not official is a phishing request
// (fake e-Transfer and payment-received notices); a loan offered whatever the credit record says, with a move to a
// private chat, is a lure; "共享手机屏幕" is sharing the screen (content/scam-concepts.yaml redeem, reason-credit, lure,
// screen). Texts written for this test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

const root = join(import.meta.dirname, '../..');
const classifier = createClassifier(root, loadBrand(join(root, 'content/brand.yaml')));
const verdict = (text: string) =>
  classifier.check(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en' }).verdict;

describe('a deposit waiting at a link', () => {
  it('"select your bank to deposit" or "sign in to accept the payment" at an unknown link is dangerous', () => {
    expect(
      verdict('e-Transfer: the revenue office sent you $212.40. Select your bank to deposit: etransfer-claim-now.com'),
    ).toBe('dangerous');
    expect(
      verdict(
        'A payment of 96 euros is waiting for you. Choose your bank and sign in to accept the payment: pay-accept-eu.net',
      ),
    ).toBe('dangerous');
  });

  it('a deposit notice without a link asks nothing', () => {
    expect(verdict('Your e-Transfer of $212.40 was deposited automatically into your account.')).toBe('unknown');
  });
});

describe('a loan whatever the credit record says, and a private chat', () => {
  it('"不看征信 … 详询微信" is flagged; the same offer with no contact is not', () => {
    expect(verdict('不查征信，黑户也能下款，当天到账，详询微信 kd7788')).toMatch(/suspicious|dangerous/);
    expect(verdict('不查征信，黑户也能下款')).toBe('unknown');
  });
});

describe('sharing the phone screen', () => {
  it('"共享手机屏幕" under an official pretext is the screen-sharing request; at a meeting it is not', () => {
    expect(verdict('市监局通知：您名下号码涉嫌违规，请配合线上办案并共享手机屏幕')).toBe('dangerous');
    expect(verdict('开会时请大家共享手机屏幕演示一下新版App')).toBe('unknown');
  });
});
