// Two ways to take over an account without asking for a code: approving a sign-in the sender starts ("approve the
// login requests we send you", "收到登录确认直接点同意，是我们这边在核实") and changing the account's phone number to one
// the sender supplies ("把预留手机号改成我们提供的号码", "change your mobile number to the one we provide"). Both are
// dangerous by the rules alone (approve-login, rebind-phone). Counter-properties: a genuine sign-in prompt approved by
// whoever started it, a bank's own number-change code, advice never to approve a login one did not start. Both brands;
// texts written for this test.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const APPROVE_EN = fc
  .tuple(
    pick(['Our security team will send a login request to your phone now', 'I am sending you a sign-in prompt', 'This is the fraud team, a sign-in request will pop up']),
    pick(['; tap Approve so we can secure your account.', ', just approve it.', '. Please approve it within a minute.']),
  )
  .map((parts) => parts.join(''));
const APPROVE_ZH = fc
  .tuple(
    pick(['我们这边马上给您推送一条登录确认', '客服这边马上给您发一个登录请求', '我是银行安全中心的，您手机会弹出设备授权']),
    pick(['，直接点同意就行。', '，请点击确认，我们在帮您核实账户。', '，点允许就可以了。']),
  )
  .map((parts) => parts.join(''));
const REBIND_ZH = fc
  .tuple(
    pick(['请把', '麻烦您先将', '为了保护资金，请把']),
    pick(['网银绑定的手机号', '预留手机号', '绑定手机号码']),
    pick(['更换为我们提供的号码', '改成我给你的这个号码', '换成专员的号码', '修改为我们提供的安全号码']),
    pick(['。', '，方便专员帮您处理。', '，再把收到的通知告诉我。']),
  )
  .map((parts) => parts.join(''));
const REBIND_EN = fc
  .tuple(
    pick(['For the job check, please change your', 'To keep your funds safe, update your', 'Please switch your']),
    pick([' mobile number', ' registered number', ' Singpass mobile number', ' bank contact number']),
    pick([' to the one we provide.', ' to the number we give you.', ' to the one we provide, then wait for our call.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  'A sign-in request was sent to your phone. If it wasn\'t you, tap Deny and change your password.',
  'To approve this sign-in, open the Authenticator app and tap Approve.',
  'Never approve a login request you did not start.',
  '您正在更换绑定手机号，验证码123456，如非本人操作请忽略。',
  '如需修改预留手机号，请携带身份证到柜台办理。',
  '请在App内确认本次登录请求，如非本人操作请立即修改密码。',
  'You can change your mobile number in the app under Profile.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`an account taken over through a sign-in or its phone number (${brandName}, rules alone)`, () => {
    for (const [name, texts] of [
      ['en: a sign-in the sender starts, approved', APPROVE_EN],
      ['zh: a sign-in the sender starts, approved', APPROVE_ZH],
      ['zh: the bound phone changed to the sender\'s number', REBIND_ZH],
      ['en: the bound phone changed to the sender\'s number', REBIND_EN],
    ] as const)
      it(`${name} is dangerous`, () => {
        fc.assert(
          fc.property(texts, (text) => {
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
