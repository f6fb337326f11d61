// A fake collector threatening a visit (session 27): "你的欠款已经转到我们律所，今天必须回电，不然就去你老家和单位走访",
// "pay today or our field agents will visit your home and workplace". Exposure to the reader's hometown, employer,
// colleagues or neighbours is the fake (and the unlawful) collector's lever — police and regulators in China, Kenya,
// Nigeria, the Philippines and India warn that lawful collectors do not contact third parties or threaten visits
// (`threat`, beside 通讯录 and "your employer"). Flagged by the rules alone, zh and en. Counter-sentences: a lender's
// lawful reminder, a trip home, a warning quoting the threat, a lawsuit announced, a colleague's referral. Both
// brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['你的欠款已经转到我们律所处理，', '我是催收部的，你的逾期欠款已经三个月了，', '您在平台的借款已严重逾期，']),
    pick(['今天必须给我回电，', '今天下午五点前处理，', '马上联系我，']),
    pick(['不然明天就去你老家走访。', '否则我们会派人到你单位找你同事聊聊。', '不然就通知你邻居和你老家的亲戚。', '否则安排外访人员到你户籍地走访。']),
  )
  .map((p) => p.join(''));
const EN = fc
  .tuple(
    pick(['Debt recovery unit: your loan is 60 days overdue. ', 'Your debt has been passed to our collection agency. ']),
    pick(['Pay today', 'Call us back before 5pm']),
    pick([' or our field agents will visit your home and workplace.', ' or we will inform your neighbours and colleagues.', ' or we will come to your village and tell everyone.']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  '您本期借款已逾期3天，请尽快在App内还款，逾期将产生罚息。',
  '春节回老家前，记得在App内设置自动还款。',
  '警方提醒：冒充催收称“去你老家、单位走访”的，多为诈骗或暴力催收，可直接报警。',
  '如逾期未还，我司将依法通过诉讼途径解决，详情请在App内查看。',
  'Your payment is 5 days late. Please repay in the app to avoid further late fees.',
  'We will never contact your employer, neighbours or colleagues about your loan.',
  '您的同事张三邀请您注册安心借，借款可领50元免息券，点击App内“邀请”查看。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a fake collector threatening a visit (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh', ZH],
        ['en', EN],
      ],
      'flagged',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
