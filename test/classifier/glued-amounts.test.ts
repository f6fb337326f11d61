// A currency code glued to its amount ("RM8,460", "KES12,000", "AED8,460", "KZT150000") is money as "RM 8,460" is:
// the concept reader ends a money word where the amount's digits begin (concepts.ts gluedAmount), and the one
// normalisation sets a currency the variant tables fold, or any ISO 4217 code, apart from it (normalize-message.ts), so a fine, a debt or a fee
// asked for under a pretext is dangerous whichever way the amount is written. Counter-properties: a bill due in the
// app and a payment confirmed stay below dangerous. Both brands, the rules alone; texts written for this test.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
// Codes the word families list (RM, KES, USD …), codes the variant tables fold to money (AED, Rs) and ISO 4217 codes
// no list names (KZT, GEL, PEN, RON, BWP, MAD: normalize-message.ts reads every code the runtime knows).
const CODES = ['RM', 'KES', 'USD', 'SGD', 'MYR', 'AED', 'Rs', 'KZT', 'GEL', 'PEN', 'RON', 'BWP', 'MAD'];
const amount = fc.tuple(pick(CODES), pick(['8,460', '12,000', '120', '950.50'])).map(([c, n]) => `${c}${n}`);

const ASKS = {
  en: [
    (a: string) => `Tax office: you owe ${a} in arrears. Pay today or a warrant will be issued.`,
    (a: string) => `Court notice: your loan of ${a} is in default. Pay now or we file a case.`,
  ],
  zh: [
    (a: string) => `法院通知：您尚欠 ${a} 未还，今天内缴清，否则将被起诉。`,
    (a: string) => `海关：您的包裹需缴纳 ${a} 才能放行，请今天内处理。`,
  ],
};
const GENUINE = [
  (a: string) => `Your bill of ${a} is due on 8 Dec. Pay in the app.`,
  (a: string) => `You paid ${a} to JOHN. Ref 8821.`,
  (a: string) => `您已成功支付 ${a}，订单号 8821。`,
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a currency code glued to its amount (${brandName})`, () => {
    for (const [lang, forms] of Object.entries(ASKS)) {
      it(`${lang}: asked under a pretext, it is dangerous by the rules alone`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: forms.length - 1 }), amount, (i, a) => {
            expect(verdict(forms[i]!(a))).toBe('dangerous');
          }),
          { numRuns: 40 },
        );
      });
    }

    it('letters that are no currency, or a code before fewer than three digits, are no money', () => {
      const notMoney = fc.oneof(
        fc.tuple(pick(['XYZ', 'QQQ', 'ABX', 'ZZK']), pick(['8,460', '12,000', '120'])),
        fc.tuple(pick(['KZT', 'GEL', 'AED']), pick(['12', '8'])),
      );
      fc.assert(
        fc.property(fc.integer({ min: 0, max: ASKS.en.length - 1 }), notMoney, (i, [c, n]) => {
          expect(verdict(ASKS.en[i]!(`${c}${n}`))).not.toBe('dangerous');
        }),
        { numRuns: 30 },
      );
    });

    it('a bill due in the app or a payment confirmed stays below dangerous', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: GENUINE.length - 1 }), amount, (i, a) => {
          expect(verdict(GENUINE[i]!(a))).not.toBe('dangerous');
        }),
        { numRuns: 40 },
      );
    });
  });
}
