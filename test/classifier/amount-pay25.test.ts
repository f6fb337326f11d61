// 交 or 缴 right before a sum is paying it (session 25): "交 980 元注销费就能全网删除", "缴5000就能解冻", "繳 3000 …" —
// the one character is no family word on its own (交易, 提交, 成交 hold it), so the normaliser reads it as 缴纳 only
// where an amount follows. Under a claimed role and a made-up reason it is dangerous by the rules alone (simplified,
// traditional, spaced digits). Counter-properties: a bill already paid, a repayment due in the app, submissions and
// deals counted. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { normalizeMessage } from '../../src/classifier/normalize-message.ts';
import { rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['我是平台客服，你的账户被冻结了，', '我们是数据保护中心，你的信息被泄露了，', '我是客服，你的額度被凍結了，']),
    pick(['交 980 元', '缴5000元', '繳 3000 元', '交¥1500']),
    pick(['就能解冻。', '可以帮你全网删除。', '馬上解凍。']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '本月物业费已交 320 元，感谢配合。',
  '提交 3 份材料后即可办理。',
  '本期应交 1,256.38 元，请于15日前在App内还款。',
  '成交 500 单，感谢支持。',
  '您已缴 1200 元学费，收据请在校园App查看。',
];

describe('交 / 缴 before an amount (normaliser)', () => {
  it('reads as 缴纳 only where a sum follows', () => {
    const variants = rulesAloneByBrand()[0]!.rules.context.language.variants;
    expect(normalizeMessage('交 980 元', variants)).toContain('缴纳');
    expect(normalizeMessage('提交 3 份材料', variants)).not.toContain('缴纳');
    expect(normalizeMessage('交易成功', variants)).not.toContain('缴纳');
  });
});

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a sum paid with 交 / 缴 (${brandName}, rules alone)`, () => {
    it('zh (simplified, traditional, spaced digits) is dangerous', () => {
      fc.assert(
        fc.property(ZH, (text) => {
          expect(verdict(text), text).toBe('dangerous');
        }),
        { numRuns: 40 },
      );
    });
    it.each(GENUINE)('is not flagged: %s', (text) => {
      expect(['unknown', 'official']).toContain(verdict(text));
    });
  });
}
