// Requests whose words the grammar missed on batch 28 (session 22), each as a family of forms: a code word glued to
// its number ("PIN1 和 PIN2", "OTP6") is the code word (concepts.ts gluedDigits: letters then digits are two words
// as written); "forward your …" is a telling aimed at the sender; a task "chain order" (连环单) whose withdrawal is
// "unlocked" by a top-up is the task scam's advance fee. Counter-properties: the same words in a confirmation, a
// warning and a shop's own offer. Both brands, the rules alone; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const GLUED = fc
  .tuple(
    pick(['PIN', 'OTP', 'CVV']),
    fc.integer({ min: 1, max: 9 }),
    pick([
      (c: string) => `send me your ${c} now`,
      (c: string) => `回复我你的${c}，马上处理`,
      (c: string) => `Reply with your ${c} to keep the account open.`,
    ]),
  )
  .map(([code, n, frame]) => frame(`${code}${n}`));
const FORWARD = fc
  .tuple(
    pick(['password', 'PIN', 'one-time password', 'banking username and password']),
    pick(['our cyber desk', 'me', 'the officer on this case']),
  )
  .map(([what, to]) => `To stop the attackers, forward your ${what} to ${to} today.`);
const CHAIN = fc
  .tuple(fc.integer({ min: 2, max: 30 }), pick(['1,200元', '800元', '3000元']), pick(['需要充值', '补足差价', '先充']))
  .map(([n, amount, pay]) => `第${n}单是连环单，${pay}${amount}才能解锁提现，群里大家都做过了。`);

const GENUINE = [
  'Your PIN1 was changed successfully on 2 Dec.',
  'Never forward your password or PIN to anyone, including bank staff.',
  '游戏公告：充值满100元才能解锁新角色',
  '您已成功提现1,200元，到账时间以银行为准。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`request words of batch 28 (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['a code word glued to its number', GLUED],
        ['forward your …', FORWARD],
        ['a chain order unlocked by a top-up', CHAIN],
      ],
      'dangerous',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
