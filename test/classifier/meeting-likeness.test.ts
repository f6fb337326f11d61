// A Feishu / Lark (or any) meeting invite asking the presenter to test or turn on screen sharing is near the example
// requests' "进入会议后点击共享屏幕": a likeness alone, in a meeting message with nothing the concept grammar licenses
// a screen share by (a claimed customer service, an account, money, a code, a loan), is suspicious at most
// (scam-language.ts, concepts.ts `read.screenLicensed`). The same meeting under a customer service's pretext stays
// dangerous. Both brands, the rules alone; texts written for this test, any meeting number (fast-check).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const meetingId = fc.array(fc.integer({ min: 100, max: 999 }), { minLength: 3, maxLength: 3 }).map((p) => p.join(' '));
const app = pick(['飞书', 'Lark', '钉钉', '腾讯会议']);
const topic = pick(['产品评审', '季度复盘', '周例会', '项目启动会']);

const INVITES = [
  (a: string, t: string, id: string) => `${a}会议邀请：${t} | 12月4日 16:00 | 会议ID ${id} | 请主讲人提前测试屏幕共享。`,
  (a: string, t: string, id: string) => `${a}会议：${t}，会议号 ${id}，请主讲人提前测试屏幕共享`,
];
const SCAMS = [
  (a: string, _t: string, id: string) => `我是平台客服，您的账户异常，请下载${a}进入会议 ${id}，点击共享屏幕，我指导您操作。`,
  (a: string, _t: string, id: string) => `安心借客服：为您注销学生账户，请进入${a}会议 ${id} 后开启屏幕共享。`,
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a meeting invite's screen share (${brandName})`, () => {
    it('is not dangerous by likeness alone', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: INVITES.length - 1 }), app, topic, meetingId, (i, a, t, id) => {
          expect(verdict(INVITES[i]!(a, t, id))).not.toBe('dangerous');
        }),
        { numRuns: 40 },
      );
    });
    it('under a customer service pretext it stays dangerous', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: SCAMS.length - 1 }), app, topic, meetingId, (i, a, t, id) => {
          expect(verdict(SCAMS[i]!(a, t, id))).toBe('dangerous');
        }),
        { numRuns: 40 },
      );
    });
  });
}
