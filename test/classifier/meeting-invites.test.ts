// A work meeting invite names an ordinary meeting app, asks the reader to download it, enter the room by its number
// and even share a screen to present: none of it is a scam request without a pretext (a customer service, an account,
// a loan, a credit record). The same app worn by a fake customer service, and its "Share Screen" button named in
// quotation marks, stay dangerous (quoted.ts withoutButtons: a label after a tap verb is the act for the concept
// grammar). Texts written for this test (no corpus line), filled with any meeting number (fast-check).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { classifier } from '../helpers/content.ts';

vi.setConfig({ testTimeout: 60_000 });

const GENUINE = [
  '请提前下载腾讯会议并进入会议室，会议号 {id}',
  '李经理邀请您参加腾讯会议，会议号：{id}，请提前下载腾讯会议，输入会议号入会。',
  '王经理邀请您参加腾讯会议，会议号：{id}。轮到你汇报时请点“共享屏幕”展示方案。',
  'Join the Zoom meeting at 3pm, meeting ID {id}. When it is your turn, click "Share Screen" to present your slides.',
];
const SCAM = [
  '抖音客服：关闭会员需要远程指导，请下载“微保会议”APP，输入会议号 {id} 后点“共享屏幕”。',
  '安心借客服：为您注销学生账户，请下载腾讯会议并进入会议室，会议号 {id}，我指导您操作。',
];
const meetingId = fc.array(fc.integer({ min: 100, max: 999 }), { minLength: 3, maxLength: 3 }).map((p) => p.join(' '));
const fill = (t: string, id: string) => t.replace('{id}', id);

describe('a meeting invite is not an app-install or screen-sharing request', () => {
  it.each(GENUINE)('%s', (template) => {
    fc.assert(
      fc.property(meetingId, (id) => {
        expect(classifier.check(fill(template, id)).verdict).not.toMatch(/suspicious|dangerous/);
      }),
      { numRuns: 20 },
    );
  });
});

describe('the same app under a fake customer service stays dangerous', () => {
  it.each(SCAM)('%s', (template) => {
    fc.assert(
      fc.property(meetingId, (id) => {
        expect(classifier.check(fill(template, id)).verdict).toBe('dangerous');
      }),
      { numRuns: 20 },
    );
  });
});
