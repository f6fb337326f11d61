// Where a "safe account" scam sends the money, under names the lexicon did not hold (session 25): a "backup",
// "custody" or "isolation" account (安全备份账户, 资金保全账户, 隔离账户, "the backup account we set up"), and the wallet of
// someone the sender names by role ("our secretary's mobile money number", "the officer's account"). Dangerous by
// the rules alone, even when the transfer is to be made in the reader's own banking app. Counter-properties: warnings
// that list the names, a bill paid to a utility's paybill, a backup of the phone. Both brands; texts written for
// this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['银行安全部门：为保护资金，', '反洗钱调查组：', '您的账户存在风险，']),
    pick(['请在手机银行把余额转到', '请将存款转入', '請把資金轉到']),
    pick(['安全备份账户', '资金保全账户', '隔离账户', '「資金備份帳戶」']),
    pick(['，资金仍归您本人所有。', '，调查结束后原数退回。', '。']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick(['Bank security: ', 'Fraud prevention unit: ', 'Ministry notice: ']),
    pick(['move your balance to the backup account we set up for you', 'deposit UGX 300,000 on our secretary\'s mobile money number', 'transfer your savings to the isolation account', "send KES 2,000 to the officer's account"]),
    pick(['; the money stays yours.', ' to update your file.', ' today.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '银行提醒：任何要求您把资金转入安全账户、备份账户的都是诈骗。',
  '手机备份提醒：您的照片已备份到云端账户。',
  'Pay your bill via M-Pesa Paybill 555018, account number is your meter number.',
  'Your phone backup to your cloud account finished at 02:14.',
  'Scam warning: no bank will ask you to move money to a backup account or a safe account.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a safe account by other names (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh (simplified, traditional)', ZH],
        ['en', EN],
      ],
      'dangerous',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
