// Scam openers flagged by a pretext and its lever (session 24), each as a family of forms: illegal debt collection
// (money "not paid back" beside a letter sent to the workplace, "就找你", "你自己掂量"); the stock-tip group's lure
// (稳赚, 飙股群) beside a pull into the group; a state secret beside orders to obey; a document "confiscated" unless a
// violation is settled; a "seized parcel"; a tax "investigation" to call about "to avoid escalation"; a student credit
// line "to be cleared" or "must be cancelled now"; a data leak and a call to stay on. Each is risky
// (flagged, not dangerous) by the rules alone. Counter-properties: a lender's own reminder, anti-fraud broadcasts that
// quote the lures, a complaint escalated by a company. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const COLLECTION = fc
  .tuple(
    pick(['你那笔网贷一直没还，', '你在平台的钱还没还清，', '你欠的钱已经逾期三个月，']),
    pick(['明天催收函寄到你单位，', '再拖就找你家人，', '下周我们上门，']),
    pick(['你自己掂量。', '你自己看着办。', '别说没提醒你。']),
  )
  .map((parts) => parts.join(''));
const STOCK_TIPS = fc
  .tuple(
    pick(['跟着老师买，稳赚不赔！', '内部荐股，月月稳赚。', '飙股天天有，']),
    pick(['加入LINE群组免费听课。', '先拉你进学员群。', '现在进群领取内幕消息。']),
  )
  .map((parts) => parts.join(''));
const SECRET_CASE = fc
  .tuple(
    pick(['此案涉及国家机密，', '你的案子涉及机密，']),
    pick(['必须按照我的指示行事，', '一切听我的，']),
    pick(['电话不要挂断。', '不要告诉家人。']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick(['Customs desk: a seized parcel in your name holds forged passports.', 'Revenue agency: an investigation was opened on your return.']),
    pick([' Call us before 6 pm to avoid escalation.', ' This is official, call us back today.']),
  )
  .map((parts) => parts.join(''));
const STUDENT_CREDIT = fc
  .tuple(
    pick(['同学你好，你上学时开通的校园额度还在，', '您名下的学生账户', '你在校期间的网贷账户']),
    pick(['现在要统一清理，', '现在必须注销，', '需要统一注销，']),
    pick(['方便的时候回个电话。', '今天内处理。', '否则影响征信。']),
  )
  .map((parts) => parts.join(''));
const LEAK = fc
  .tuple(
    pick(['Loan security: your name and ID number were found in a data leak.', 'Bank security: your card was exposed in a data leak.']),
    pick([' Stay on the line for a specialist.', " Don't hang up, an officer will guide you."]),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '【某某分期】您本期账单还没还清，请于12月10日前在App内还款，以免影响征信。',
  '反诈宣传：“内幕消息”“稳赚不赔”都是假投资话术，陌生账户不转账。',
  '警方提醒：自称老师带你稳赚的投资群都是骗局，不明群组不加入，不熟账户不汇款。',
  '校园额度到期提醒：您的校园额度已统一清理，无需操作。',
  'Your data may have been exposed in a data leak at a retailer. Change your password in the app.',
  'We have escalated your complaint to our customer relations team; they will reply within 5 working days.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`scam openers by a pretext and its lever (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['illegal debt collection', COLLECTION],
        ["the stock-tip group's lure", STOCK_TIPS],
        ['a state secret and orders to obey', SECRET_CASE],
        ['a seized parcel or an investigation to call about', EN],
        ['a student credit line to clear or cancel', STUDENT_CREDIT],
        ['a data leak and a call to stay on', LEAK],
      ],
      'flagged',
      30,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
