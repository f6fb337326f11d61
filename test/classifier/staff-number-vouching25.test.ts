// A caller who vouches for themselves by a staff number the reader can "look up" (session 25): "我是平台正式员工，
// 工号…，App里能查到我的工号", "you can look up my employee ID in the app". Proof offered to win trust is the caller's
// lever (a genuine agent has no need of it): beside a claimed role it is risky by the rules alone, in simplified,
// traditional and English forms. Counter-properties: a chat's own greeting with the agent's number, a rating prompt
// naming the agent. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['我是平台的正式员工，', '你放心，我是贷款平台的客服专员，', '我是銀行的正式員工，']),
    pick(['工号KF1234，', '工號8821，', '']),
    pick(['App里能查到我的工号。', '您可以在App里查我的工号。', '工號可查，不用擔心。']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick(['This is Mike from the loan team, ', "I'm with your bank's security desk, "]),
    pick(['you can look up my employee ID in the app', 'you can check my staff ID on the website', 'feel free to verify my employee number']),
    pick([', so no worries.', '.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '您好，客服工号1234为您服务，请问有什么可以帮您？',
  'Your agent today was Anna (employee ID 4471). Rate your chat in the app.',
  '感谢来电，本次为您服务的客服工号是5521，请对本次服务进行评价。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a caller vouching by a staff number (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh (simplified, traditional)', ZH],
        ['en', EN],
      ],
      'flagged',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
