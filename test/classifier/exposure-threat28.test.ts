// A debt collector threatening to publish the reader (session 28): "今晚8点前不还清，就把你的资料发到网上", "pay by 6pm
// or we post your face and ID on Facebook". Public shaming is the illegal lender's and the fake collector's lever —
// regulators and police in China, the Philippines, India, Kenya and Nigeria list posting a borrower's photo, ID or
// address online as unlawful collection (`threat`, beside 曝光 and "your contacts"). Every form judged by the rules
// alone, zh and en. Counter-sentences: a lender's lawful reminder, a warning quoting the threat, a profile updated,
// photos shared online. Both brands; texts written for this test.
import { describe, vi } from 'vitest';
import { combos, itFlagsEach, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const ZH = combos(
  ['你在我们平台的欠款已逾期，', '你的旧债已经转到我们公司处理，', '王先生，你借的钱到期了，'],
  ['今天不还清，', '今晚8点前不处理，'],
  [
    '就把你的资料发到网上。',
    '就把你的照片做成海报发到网上。',
    '就把你欠钱的事挂到网上。',
    '我们就在网上公开你的身份证和住址。',
    '就把你的身份证照片发到你所有的群里。',
  ],
);
const TRADITIONAL = ['你嘅欠款已經逾期，今日唔還，就將你嘅資料放上網。', '今晚前不還清，就把你的身分證照片貼到網上。'];
const EN = combos(
  ['Your loan app debt is overdue. ', 'Your old debt now belongs to our company. '],
  ['Pay by 6pm', 'Settle today'],
  [
    ' or we post your face and ID on Facebook.',
    ' or we will publish your details online.',
    ' or your name and address go up on social media as a debtor.',
    ' or we will put you on our wall of shame page.',
  ],
);

const GENUINE = [
  '您本期账单已逾期，请尽快在App内还款，逾期记录将按规定报送征信。',
  '警方提醒：催收扬言把你的资料发到网上、把照片发给通讯录的，属于违法催收，可直接报警。',
  '您的个人资料已更新成功。',
  '公司年会照片已发到网上相册，大家可以去下载。',
  '诉讼费已缴纳。本案裁判文书将依法在网上公开，请登录中国裁判文书网查看。',
  'Your payment is overdue. Please pay in the app. We will never post your details online or contact your friends.',
  'Reminder: your loan repayment of KES 2,400 is due today. Pay via M-PESA Paybill 555123.',
  'Your profile photo was updated. It is now visible on your public page.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a collector threatening to publish the reader (${brandName}, rules alone)`, () => {
    itFlagsEach(verdict, [...ZH, ...TRADITIONAL, ...EN]);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
