// "Cannot" denies the predicate it opens (phrases.ts narrowlyNegated): "逾期记录无法花钱修复" and "records cannot be
// removed for a fee" warn that a paid fix does not exist — no credit-repair offer, in the phrase rules or the example
// requests. It does not reach a demand later in its clause: "账户无法提现需缴纳保证金", "you cannot withdraw until
// you pay" stay dangerous. Both brands, the rules alone and with the wording model; texts written for this test.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

vi.setConfig({ testTimeout: 60_000 });
const root = join(import.meta.dirname, '../..');
const brands = { demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' };
const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

const record = pick(['逾期记录', '不良记录', '征信逾期', '失信记录']);
const fix = pick(['修复', '洗白', '删除', '消除']);
const paid = pick(['花钱', '通过花钱', '付费', '交钱']);
const DENIALS_ZH = [
  (r: string, p: string, f: string) => `征信说明：${r}无法${p}${f}，如有异议请在App内提交。`,
  (r: string, p: string, f: string) => `温馨提示：${r}无法${p}${f}，请按时还款。`,
];
const recordEn = pick(['Overdue records', 'Late payments', 'Defaults']);
const fixEn = pick(['repaired', 'removed', 'deleted', 'wiped']);
const DENIALS_EN = [
  (r: string, f: string) => `Credit notice: ${r} cannot be ${f} from your credit report for a fee.`,
  (r: string, f: string) => `Reminder: ${r} can't be ${f} for money. Repay on time.`,
];
const DEMANDS = [
  (a: string) => `您的账户异常无法提现需缴纳保证金${a}元解冻`,
  (a: string) => `您的银行卡号填写错误导致资金冻结无法放款需要交解冻费${a}元`,
  (a: string) => `您的账号无法正常使用需要提供验证码给客服核实，另需缴纳${a}元`,
  (a: string) => `Your account cannot be withdrawn until you pay a release fee of ${a}.`,
  (a: string) => `You cannot withdraw your loan unless you send the verification code and ${a} to our agent.`,
];
const amount = fc.integer({ min: 100, max: 50_000 }).map(String);

for (const [brandName, file] of Object.entries(brands)) {
  const brand = loadBrand(join(root, file));
  const full = createClassifier(root, brand);
  const rules = createClassifier(root, brand);
  delete rules.context.wording;

  describe(`"cannot" denies the paid fix it opens (${brandName})`, () => {
    it('zh: a paid fix denied is no credit-repair offer', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: DENIALS_ZH.length - 1 }), record, paid, fix, (i, r, p, f) => {
          const text = DENIALS_ZH[i]!(r, p, f);
          for (const c of [rules, full]) expect(c.check(text).phrases.map((h) => h.topic)).not.toContain('credit-repair');
        }),
        { numRuns: 40 },
      );
    });
    it('en: a paid fix denied is no credit-repair offer', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: DENIALS_EN.length - 1 }), recordEn, fixEn, (i, r, f) => {
          const text = DENIALS_EN[i]!(r, f);
          for (const c of [rules, full]) expect(c.check(text).phrases.map((h) => h.topic)).not.toContain('credit-repair');
        }),
        { numRuns: 40 },
      );
    });
    it('a demand after "cannot" in the same clause stays dangerous', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: DEMANDS.length - 1 }), amount, (i, a) => {
          expect(rules.check(DEMANDS[i]!(a)).verdict).toBe('dangerous');
        }),
        { numRuns: 40 },
      );
    });
  });
}
