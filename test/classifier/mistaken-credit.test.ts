// The refund-by-mistake script: money said to have reached the reader by a slip ("我不小心把3000元转到你账户了",
// "you received GHS 500 by mistake from my MoMo"), then asked back to an account or number. The slip is the pretext
// (reason-refund) and tells a transfer that happened (done: its own verb is no request); the return asked in the
// next clause is the request, dangerous by the rules alone. Counter-properties: a bank reversing a credit made in
// error itself, a bank's help for the reader's own slip, warnings that retell the script. Both brands; texts written
// for this test.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['我不小心把', '我误操作把', '不好意思，我操作失误把', '我刚才不小心汇了', '我转账转错了，把']),
    pick(['3000元', '5,000元', '钱', '2万块']),
    pick(['转到你账户了', '汇到你卡上了', '打到你的支付宝了', '转进你的微信了']),
    pick(['，请退回给我', '，麻烦转回给我', '，请退还到这个账户', '。麻烦你尽快退回给我，谢谢']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick([
      (a: string) => `${a} was deposited into your account by mistake.`,
      (a: string) => `Hello, you received ${a} by mistake from my MoMo.`,
      (a: string) => `I sent ${a} into your wallet in error.`,
      (a: string) => `You received ${a} in error from our platform.`,
    ]),
    pick(['KES 2,000', 'GHS 500', '1,500 pesos', 'Rp 3,000,000', 'R1,500']),
    pick(['Kindly reverse it to this number.', 'Please send it back to me.', 'Send it back to this account today.']),
  )
  .map(([slip, amount, ask]) => `${slip(amount)} ${ask}`);

const GENUINE = [
  '银行通知：一笔款项误汇入您的账户，我行将依规冲正，您无需任何操作。',
  '银行通知：一笔款项误转入您的账户，我行将依规冲正，您无需任何操作。',
  'Sent money by mistake? Request a recall in the app.',
  'If you received this message in error, please delete it.',
  '有人自称不小心把钱转到你账户并要求退回，这是诈骗，请联系银行核实。',
  'If someone says money reached your account by mistake and asks you to send it back, call your bank first.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`money "sent by mistake" and asked back (${brandName}, rules alone)`, () => {
    it('zh: the slip, the transfer told and the return asked are dangerous', () => {
      fc.assert(
        fc.property(ZH, (text) => {
          expect(verdict(text), text).toBe('dangerous');
        }),
        { numRuns: 60 },
      );
    });
    it('en: a credit received by mistake and asked back is dangerous', () => {
      fc.assert(
        fc.property(EN, (text) => {
          expect(verdict(text), text).toBe('dangerous');
        }),
        { numRuns: 60 },
      );
    });
    it.each(GENUINE)('is not flagged: %s', (text) => {
      expect(['unknown', 'official']).toContain(verdict(text));
    });
  });
}
