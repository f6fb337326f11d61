// A fee to get a job (session 26): a registration, training, uniform, medical or "position" fee, or any sum sent, to
// secure an interview slot or a job offered ("入职前需交岗位稳定金", "pay a registration fee to secure your slot",
// "send 2,500 MZN via M-Pesa to confirm your place"). Labour ministries and police everywhere say it the same way: no
// genuine employer charges a candidate (concepts.ts `pay-for-job`, family `job`; the amounts of southern Africa's,
// the Gulf's and central Europe's currencies are money in `money`). Dangerous by the rules alone, zh, traditional
// and en. Counter-sentences: interviews and offers with no fee or a fee refused, wages paid in, social insurance the
// employer pays, reimbursed medicals, broadcasts naming the fee. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['恭喜您通过初试，', '您已被录用为仓库管理员，', '面试安排在明天上午十点，', '您应聘的客服岗位已通过审核，']),
    pick(['请先缴纳300元培训费', '入职前需要先交500元服装费和体检费', '需交岗位稳定金800元', '先转200元报名费到我微信', '请把资料审核费150元转到这个账户']),
    pick(['，名额有限。', '，逾期视为放弃。', '。']),
  )
  .map((p) => p.join(''));
const HANT = fc
  .tuple(
    pick(['恭喜您已獲錄用，', '您的面試已安排在週一，']),
    pick(['入職前請先繳交培訓費500元。', '請先轉帳報名費300元以保留名額。', '需先付制服費及體檢費。']),
  )
  .map((p) => p.join(''));
const EN = fc
  .tuple(
    pick(['You have been shortlisted for the warehouse job. ', 'Congratulations, your job interview is confirmed for Monday. ', 'Your job offer is ready. ']),
    pick([
      'Pay a registration fee of R350 to secure your slot',
      'To confirm your place, send 2,500 MZN via M-Pesa to 84 555 0123',
      'A refundable uniform fee of $45 is required before your first day',
      'Send the training fee of N$600 to our HR officer',
      'Kindly pay 1,200 AOA for your medical test',
    ]),
    pick([' today.', '.']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  '面试时间：周一上午10点，地点：公司三楼前台，全程不收取任何费用。',
  '入职体检请自行到二甲以上医院进行，费用凭发票报销。',
  '您的11月工资已转入尾号1234的工资卡，请查收。',
  '录用后公司将为您缴纳五险一金，试用期三个月。',
  '反诈提醒：招聘要求先交培训费、服装费、押金的，都是诈骗。',
  'Your interview is on Monday at 10:00 at our Maputo office. We never charge candidates any fee.',
  'Welcome aboard! Your first salary will be paid into your bank account on the 25th.',
  'Job scam alert: no real employer asks you to pay a registration fee for an interview.',
  'Reminder: your gym membership fee of N$350 is due on Friday.',
  // a consulate's interview is no job: its fee is paid on the official site (found in the session's merge review)
  'Your visa appointment is booked. Pay the visa fee of USD 185 on the official appointment website before your interview.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a fee to get a job (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh', ZH],
        ['traditional', HANT],
        ['en', EN],
      ],
      'dangerous',
      60,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
