// A relative's debt pinned on the reader (session 28): "您孩子欠了网贷，家长要承担连带责任，今天先扫码还一部分，不然就通知学校",
// "your son owes our loan app, pay part today or we inform his school". Fake collectors tell parents and relatives that
// they are liable for a child's or a sibling's loan, and threaten the school or the employer — police and regulators
// in China, the Philippines and Kenya warn that no one is liable for another's loan unless they signed as guarantor,
// and that telling a school or an employer is unlawful collection. A loan owed (欠网贷, 欠贷款) is the debt, a parent's
// "joint liability" (子女连带) too; the school, the employer or the family told is the `threat`. Every form judged by
// the rules alone, zh and en. Counter-sentences: a school's own notice, a guarantor's lawful contract, school fees, a
// warning quoting the tactic. Both brands; texts written for this test.
import { describe, vi } from 'vitest';
import { combos, itFlagsEach, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const ZH = combos(
  ['您儿子在我们平台欠了网贷，', '你女儿欠网贷三个月没还，', '您孩子借的钱已经逾期，'],
  ['按规定家长要承担连带责任，', '子女欠款父母连带，', ''],
  [
    '今天先扫码还一部分，不然就通知学校。',
    '马上转2000到这个账户，否则通知你单位。',
    '今天不处理就通知孩子学校和你家人。',
  ],
);
const TRADITIONAL = ['你個仔欠網貸未還，家長要負連帶責任，今日唔還就通知學校。'];
const EN = combos(
  ['Your son owes our loan app 8,000. ', 'Your daughter has an unpaid loan with us. '],
  ['As the parent you are jointly liable. ', ''],
  [
    'Pay part of it today or we inform her school.',
    'Send 2,000 now or we will tell your employer.',
    'Settle now or we notify the school and your relatives.',
  ],
);

const GENUINE = [
  '家长您好，孩子本周在校表现良好，如有问题学校会通知您。',
  '您作为担保人，借款人逾期后您需承担连带保证责任，详情请在App内查看合同。',
  'School fees reminder: Term 2 fees are due on 5 May. Pay at the bursar or via the school portal.',
  '警方提醒：自称催收、说“子女欠网贷父母连带”“不还就通知学校”的，是诈骗或违法催收。',
  'Your loan repayment is due on Friday. Pay in the app to keep your record clean.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a relative's debt pinned on the reader (${brandName}, rules alone)`, () => {
    itFlagsEach(verdict, [...ZH, ...TRADITIONAL, ...EN]);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
