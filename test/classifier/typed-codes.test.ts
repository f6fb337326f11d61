// A one-time code typed into the screen the reader is on ("请输入验证码完成登录", "enter the code to finish signing
// in") is handed to no one: not a verification-code request (scam-phrases.yaml, the verification-code rule's
// `unless`). The same words beside another party, a page or link, an app to install or a retelling of the code stay
// dangerous. Both brands, the rules alone; texts written for this test.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const code = fc.integer({ min: 100_000, max: 999_999 }).map(String);
const act = pick(['登录', '注册', '验证', '绑定', '支付']);
const word = pick(['验证码', '校验码', '动态码', '短信码']);

const TYPED = [
  (_c: string, a: string, w: string) => `请输入${w}完成${a}`,
  (c: string, a: string, w: string) => `${w} ${c}，请输入${w}完成${a}，5分钟内有效。`,
  (c: string, a: string, w: string) => `您正在${a}，请输入${w}${c}。`,
  (c: string, a: string) => `Your code is ${c}. Enter the code to finish ${a === '登录' ? 'signing in' : 'verifying'}.`,
];
const HANDED = [
  (_c: string, a: string, w: string) => `下载这个APP，输入银行卡号和${w}就能完成${a}。`,
  (_c: string, a: string, w: string) => `请在我发给你的页面输入${w}完成${a}`,
  (_c: string, a: string, w: string) => `请输入${w}，然后把${w}念给我，我帮你完成${a}`,
  (_c: string, a: string, w: string) => `客服：请把收到的${w}输入到我发给你的网页里完成${a}`,
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a code typed where it was asked for (${brandName})`, () => {
    it('is not a request for the code', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: TYPED.length - 1 }), code, act, word, (i, c, a, w) => {
          expect(verdict(TYPED[i]!(c, a, w))).not.toMatch(/suspicious|dangerous/);
        }),
        { numRuns: 40 },
      );
    });
    it('handed to another party, page or app it stays dangerous', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: HANDED.length - 1 }), code, act, word, (i, c, a, w) => {
          expect(verdict(HANDED[i]!(c, a, w))).toBe('dangerous');
        }),
        { numRuns: 40 },
      );
    });
  });
}
