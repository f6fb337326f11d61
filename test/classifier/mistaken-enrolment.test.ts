// The cancel-a-membership script: a paid service, membership or instalment plan said to be switched on for the reader
// by a slip ("您误开通了会员", "被误设为分期", "you were signed up for a paid plan by mistake"), then undone through the
// sender — call back its staff, cancel with its specialist, a hand-over to a "bank officer". The enrolment is a pretext
// only scammers give (reason-enrolled), and the way back through the sender is the request (undo-enrolment): dangerous
// by the rules alone. Counter-properties: a genuine renewal notice that sends the reader to the app, the enrolment as a
// condition ("如误开通…"), the reader's own question about their own slip, warnings that retell the script. Both brands;
// texts written for this test.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['您好，', '【会员中心】', '系统检测到', '客服通知：', '']),
    pick(['您误开通了白金会员', '您的账户被误设为分期付款', '您误订购了加速包', '您的账号被设成了高级会员', '您被误设成VIP会员']),
    pick(['，每月扣费268元', '，每月自动扣款', '，每年将扣1,980元', '']),
    pick([
      '，需要取消请拨打专员电话处理。',
      '，如需取消请回拨客服办理退款。',
      '，请联系我们的客服取消。',
      '，稍后专员会联系您协助解除。',
      '，退订请添加客服微信。',
    ]),
  )
  .map((parts) => parts.join(''));
/** The same script in traditional characters and Cantonese (folded by the normaliser). */
const ZH_TRADITIONAL = [
  '您好，您嘅帳戶被誤設為VIP會員，每月扣費，請致電客服專員取消。',
  '您的賬號誤開通了年度會員，稍後會有專員協助您關閉。',
  '網購平台通知：您的訂單被誤設為分期，請回撥客服解除。',
];
const EN = fc
  .tuple(
    pick(['Hello, ', 'Billing desk: ', 'Hi, our records show ', '']),
    pick([
      'you were enrolled in our premium plan by mistake',
      'you were subscribed to an insurance add-on without your consent',
      'you were mistakenly signed up for a paid plan',
      'your account was upgraded to Gold by mistake',
    ]),
    pick([
      '. Call our agent back to cancel it.',
      '. Please contact our refund team to stop the charges.',
      '; I will transfer you to your bank officer to reverse it.',
      '; speak to our specialist on WhatsApp to cancel the fee.',
    ]),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '【某某视频】您的会员将于12月8日自动续费25元，如需取消，请在App“我的-自动续费”中关闭。',
  '若误订购了流量包，请在营业厅App中退订。',
  'If you were signed up by mistake, you can cancel anytime in the app under Settings.',
  '警方提醒：骗子常冒充客服称您误开通了会员、要您联系专员取消，都是诈骗，请挂断。',
  'Scammers say you were signed up for a membership by mistake and ask you to call them to cancel it. Hang up.',
  'I was enrolled in a plan by mistake, how do I contact support to cancel?',
];
/** The reader's own slip, or an enrolment as a condition: never dangerous (a medium hit on 误开通 may stay). */
const NOT_DANGEROUS = ['你好，我误开通了会员，怎么取消？', '我误开通了会员，打客服电话取消了，钱也退了。', '如您误开通了本业务，可回复QXYW取消，不收取任何费用。'];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a membership "switched on by mistake", undone through the sender (${brandName}, rules alone)`, () => {
    it('zh: the enrolment and the way back through the sender are dangerous', () => {
      fc.assert(
        fc.property(ZH, (text) => {
          expect(verdict(text), text).toBe('dangerous');
        }),
        { numRuns: 80 },
      );
    });
    it.each(ZH_TRADITIONAL)('zh (traditional, Cantonese): dangerous: %s', (text) => {
      expect(verdict(text)).toBe('dangerous');
    });
    it('en: an enrolment by mistake and a call, a cancel or a hand-over through the sender are dangerous', () => {
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
    it.each(NOT_DANGEROUS)('is not dangerous: %s', (text) => {
      expect(verdict(text)).not.toBe('dangerous');
    });
  });
}
