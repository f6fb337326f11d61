// A "changed" customer-service line that tells the reader to ignore the number the app shows (session 25): "客服热线已
// 改为…，App里显示的旧号码请忽略", "please ignore the old number shown in the app". A genuine change of line never asks
// the reader to disregard the app's own listing: the request to ignore it is a lever (the reader cut off from the
// genuine channel) beside a new-line pretext, so it is flagged by the rules alone in simplified, traditional and
// English forms. Counter-properties: a bank's own notice of a new hotline, advice to trust the number in the app.
// Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['【某某借】', '尊敬的用户：', '']),
    pick(['客服热线已改为0755-555-0199，', '客服电话已更改为 020-5555-0142，', '客服專線已更改為 02-5555-0188，', '人工客服电话已变更为0571-5555-0107，']),
    pick(['App里显示的旧号码请忽略。', '原号码请忽略。', 'APP內顯示的舊號碼請忽略。', '旧号码不要再打了。']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick(['Our customer care number has changed to 0917 555 0123. ', 'Notice: the loan hotline number has been changed to 1800 555 0161. ']),
    pick(['Please ignore the old number shown in the app.', 'Kindly disregard the old number.', 'Ignore the number in the app.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '我行客服热线已变更为95555，详情请见官网。',
  '我行客服热线将于1月1日起升级为95555，原号码同步停用。',
  '请以App里显示的还款金额为准，如有疑问请在App内联系客服。',
  '客服电话请以App里的号码为准，陌生号码来电请提高警惕。',
  'Our customer service number has changed to 1800 555 0100. The number in the app has been updated too.',
  'Scam alert: fraudsters say our hotline has changed and ask you to ignore the number in the app. Always call the number in the app.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a new line that disowns the app's listing (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh (simplified, traditional)', ZH],
        ['en', EN],
      ],
      'flagged',
      30,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
