// A code's warning talked away: the code's own text says not to share it, and the caller says the warning is not for
// them ("那是给客服看的", "我们不算外人", "that warning is just the system default", "it doesn't apply to us"). The
// dismissal beside a code is the code asked for (dismissed-warning.ts), dangerous by the rules alone, however many
// warnings the message quotes to do it. Counter-properties: the code notice itself, a warning that retells the move,
// a default password's notice. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['客服：为您办理提额，要核对验证码。', '等会儿银行会发个动态码过来，', '您会收到一条短信，']),
    pick(['短信里会写“请勿告诉他人”，', '提示说不要泄露，', '里面那句“切勿告知他人”']),
    pick(['那是给客服看的，', '我们不算外人，', '是系统默认的提示，', '不包括我们工作人员，']),
    pick(['您直接念给我就可以。', '您报一下就行。', '把那串数字发我。']),
  )
  .map((parts) => parts.join(''));
/** Traditional characters and Cantonese, folded by the normaliser. */
const ZH_TRADITIONAL = [
  '等陣銀行會發個驗證碼俾你，短信寫住「請勿告知他人」，嗰句係系統默認嘅提示，你直接讀俾我聽就得。',
  '客服：稍後會有一條動態碼，提示說不要洩露，我們不算外人，您報一下就行。',
];
const EN = fc
  .tuple(
    pick(['The text will say "do not share this code with anyone", but ', 'You will get an OTP. The message says never share it, but ']),
    pick(['that warning is just the system default.', "that doesn't apply to us as your bank.", 'that warning is standard.']),
    pick([' Read me the six digits.', ' Please read it out.', ' Just send me the code.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '【某银行】验证码583920，请勿告诉他人，客服不会向您索要。',
  '骗子会说“那条提示是系统默认的，不用管”，然后让你读出验证码，千万别信。',
  'Scammers may say the "do not share" warning doesn\'t apply to them. It always applies: never share your code.',
  '初始密码为系统默认，请登录后及时修改。',
  '验证码123456，10分钟内有效。如非本人操作，请忽略本短信。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a code's warning talked away (${brandName}, rules alone)`, () => {
    it('zh: the warning quoted or retold, then dismissed, beside a code is dangerous', () => {
      fc.assert(
        fc.property(ZH, (text) => {
          expect(verdict(text), text).toBe('dangerous');
        }),
        { numRuns: 60 },
      );
    });
    it.each(ZH_TRADITIONAL)('zh (traditional, Cantonese): dangerous: %s', (text) => {
      expect(verdict(text)).toBe('dangerous');
    });
    it('en: the warning dismissed beside a code is dangerous', () => {
      fc.assert(
        fc.property(EN, (text) => {
          expect(verdict(text), text).toBe('dangerous');
        }),
        { numRuns: 30 },
      );
    });
    it.each(GENUINE)('is not flagged: %s', (text) => {
      expect(['unknown', 'official']).toContain(verdict(text));
    });
  });
}
