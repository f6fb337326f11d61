// An account opened for someone else, or lent for pay (session 28): "用你的身份证办一张卡，办好后交给我们，每张给你800",
// "open a bank account in your name and hand the card to us, we pay you 500". Money-mule recruitment as police, banks
// and anti-scam centres in China (两卡 / 帮信罪), Malaysia (akaun keldai), Hong Kong (傀儡戶口), the UK, South Africa
// and the US describe it: an account, a card or a mobile-money line in the reader's name handed to the sender or used
// by them, for a fee. The handing over and the sender's use are `lend` (beside an account or a SIM: lend-account,
// dangerous alone). Every form judged by the rules alone, zh and en (traditional forms through the normaliser).
// Counter-sentences: a bank's own card and account notices, its warning not to lend an account, a joint account
// invitation. Both brands; texts written for this test.
import { describe, vi } from 'vitest';
import { combos, itFlagsEach, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const ZH = combos(
  ['招兼职，', '学生党轻松赚钱：', ''],
  [
    '用你的身份证去银行办一张卡，办好后交给我们，',
    '以你的名义开个银行账户，开完把卡和密码给我们用，',
    '帮我们办一张银行卡，',
    '你名下的银行账户借我们用一个月，',
  ],
  ['每张卡给你800元。', '一次性给你2000元报酬。', '当天结算，不用上班。'],
);
const TRADITIONAL = [
  '用你的身分證去銀行開戶，開好後把卡交給我們，每個戶口俾你3000蚊。',
  '高價收購銀行卡，一張1500元，有意私聊。',
];
const EN = combos(
  ['Easy cash: ', 'Student side job, no experience needed: ', ''],
  [
    'open a bank account in your name and hand the card to us',
    'let us use your bank account to receive payments from our clients',
    'register a mobile money line in your name and pass the SIM to our agent',
    'open a card in your name and give it to us with the PIN',
  ],
  [', we pay you 500 per account.', ' and keep 10% of every deposit.', ', paid the same day.'],
);

const GENUINE = [
  '您的银行卡已办理成功，请妥善保管，切勿出租出借。',
  '开户提醒：您已在我行开立个人结算账户，请勿将账户出租、出借他人使用。',
  '警方提醒：有人高价收购银行卡、让你用身份证办卡交给他们的，都是在拉你做“卡农”，属于违法。',
  '您的信用卡已寄出，收到后请在手机银行激活。',
  'Your new debit card is on its way. Activate it in the app when it arrives.',
  'Never let anyone use your bank account to receive money for them - you could become a money mule.',
  'Your account has been opened. Your card and PIN will arrive separately by post.',
  'Mary Kamau has invited you to open a joint account. Accept the invitation in the app.',
  '我行客户经理可上门帮忙开户，详询营业网点。',
  '高价收购二手手机，现场验机，支持银行卡付款。',
  'Let us use your location to show the nearest branch. Your account stays private.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`an account opened for someone else, or lent for pay (${brandName}, rules alone)`, () => {
    itFlagsEach(verdict, [...ZH, ...TRADITIONAL, ...EN]);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
