// A limit raised through a channel of the sender's own, in English (session 27): "your account qualifies for a limit
// upgrade through our partner channel. Reply YES and an agent will contact you". The English of 提额 / 内部通道
// (`reason-limit`): a limit "upgraded" or "boosted" by a partner, internal or exclusive channel, offered by a reply or a
// chat, is the limit-boost script (police and lenders' warnings: limits are raised only in the app, never for a fee or
// through an agent). Flagged by the rules alone, en. Counter-sentences: a limit change in the app, a limit raised with
// nothing asked, a warning quoting the script. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(['VIP offer: ', 'Good news! ', '']),
    pick(['your account qualifies for a limit upgrade to 80,000', 'you are pre-selected to upgrade your limit to 50,000', 'a higher limit of 30,000 is reserved for you', 'a higher limit is available through our internal channel']),
    pick([' through our partner channel. Reply YES and an agent will contact you.', '. Message us on WhatsApp to activate it.', '. Reply 1 and our agent will call you today.']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  'Your credit limit upgrade is ready. Review and accept it in the app.',
  'We have raised your limit to 20,000 based on your repayment history. No action is needed.',
  'Warning: anyone offering a limit upgrade through a partner channel on WhatsApp is a scammer.',
  'You can request a higher limit in the app under Account > Limits.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a limit raised through a channel of the sender's own (${brandName}, rules alone)`, () => {
    itJudgesForms(verdict, [['en', EN]], 'flagged', 40);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
