// An invitation to go on now, in English (session 27): "Are you available now to complete the process?", "is now a
// good time to finish it together?" — the English of 现在方便吗 / 方便处理吗 (`lure`): the caller's step from the pretext
// to the call where the request is made (the campus-loan, refund and account scripts' opener in police warnings). With a
// pretext it is risky; a delivery at the door, a colleague's call or an app update carry none. Flagged by the rules
// alone, en. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(['Hello, you signed up with us during your studies. ', 'Good afternoon, regarding your campus loan. ', 'Hi, about the refund for your damaged parcel. ']),
    pick(['New national rules require all student accounts to be closed. ', 'The account has to be cancelled under the new regulation. ', 'Your old student account is still open. ']),
    pick(['Are you available now to complete the process?', 'Is now a good time to finish it together?', 'Do you have five minutes now to sort it out?', 'Can you talk now so we can close it?']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  'Is now a good time to update? A new version of the app is available in the store.',
  'Are you available now? The delivery driver is at your door with your parcel.',
  'Hi Tom, are you free now for a quick call about the project plan?',
  'Your student loan statement is ready. Sign in to view it.',
  'Never stay on a call with someone who asks if now is a good time to close your student account: hang up.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`an invitation to go on now, in English (${brandName}, rules alone)`, () => {
    itJudgesForms(verdict, [['en', EN]], 'flagged', 40);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
