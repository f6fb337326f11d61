// A "new official number" planted by message: the old line said to be gone ("the old one is discontinued", "原热线不再
// 受理"), the new one "the only official number now", kept for the sender's call ("save this one and wait for our
// agent"). The old line dropped is a reason only scammers give (reason-channel), the number saved is the lever: risky.
// Counter-properties: a company's number-change notice that sends the reader to its site, a courier's call announced.
// Both brands, the rules alone; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(['Wallet HELPDESK: ', 'Transport authority: ', 'Card services: ']),
    pick(['this is the only official number now', 'our new hotline for refunds is 0700 555 118', 'this is our new hotline']),
    pick(['; the old one is discontinued.', '. Old numbers are no longer in service.', ', the old number is discontinued.']),
    pick([' Save this number and wait for our agent.', ' Save this one.', ' Save it and wait for our call.']),
  )
  .map((parts) => parts.join(''));
const ZH = fc
  .tuple(
    pick(['客服中心通知：', '【钱包服务】']),
    pick(['新热线为0571-555-0188，', '以后请联系这个号码，']),
    pick(['原热线不再受理，', '旧号码停用，']),
    pick(['请保存此号码，专员稍后致电。', '请存下这个号码等我们来电。']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '客服热线变更通知：自12月1日起客服热线变更为95xxx，原号码已停用，详见官网公告。',
  'Please save this number as our delivery driver will call you from it tomorrow.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a "new official number" planted by message (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['en: the old line gone, the new one saved', EN],
        ['zh: the old line gone, the new one saved', ZH],
      ],
      'flagged',
      30,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
