// Isolation said as a polite prohibition (session 26): "期间请勿联系银行", "切勿前往银行网点", "请勿与家人联系", "請勿報警",
// "do not inform your bank". 请勿 / 切勿 open most anti-fraud warnings, so the sentence used to count as a warning and
// the safe-account request before it was read as the tactic described. No genuine sender tells its reader not to
// contact the bank, the police or the family: after 请勿 / 切勿 that object is the scammer's isolation lever
// (content/scam-phrases.yaml warning 12's exception; `secrecy` in content/scam-concepts.yaml). A money request beside
// it is dangerous; a pretext beside it is flagged. Counter-sentences: warnings with 请勿 about strangers, links and
// codes, advice to call the bank, broadcasts quoting the line. Both brands, rules alone; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ISOLATE_ZH = ['请勿联系银行', '期间请勿联络银行', '切勿前往银行网点', '请勿与银行工作人员联系', '请勿报警', '调查期间请勿联系家人', '请勿告诉警方', '切勿致电银行'];
const REQUEST_ZH = fc
  .tuple(
    pick(['请把存款转入我们提供的安全账户', '您的资金需要转入国家监管账户核查', '请将卡内余额转到指定的监管账户', '把钱先转到我给你的账户上']),
    pick(['，', '。']),
    pick(ISOLATE_ZH),
    pick(['。', '，调查结束后全额退还。', '，以免影响案件。']),
  )
  .map((p) => p.join(''));
const REQUEST_HANT = fc
  .tuple(
    pick(['請把存款轉入我們提供的安全帳戶', '您的資金需要轉入國家監管帳戶核查', '請將卡內餘額轉到指定的監管帳戶']),
    pick(['，期間請勿聯絡銀行。', '，切勿前往銀行。', '，請勿報警，以免影響案件。', '，請勿與家人聯繫。']),
  )
  .map((p) => p.join(''));
const PRETEXT_ZH = fc
  .tuple(
    pick(['您名下的账户涉嫌洗钱，', '你的银行卡涉及一宗诈骗案，', '您被骗的钱我们已经追回，', '您的账户已被冻结调查，']),
    // (Not 切勿前往银行网点 here: a branch named beside a case is still read as the counter to go to — left.)
    pick(ISOLATE_ZH.filter((w) => !w.includes('网点'))),
    pick(['，等我们通知。', '，稍后专人联系您。']),
  )
  .map((p) => p.join(''));
const REQUEST_EN = fc
  .tuple(
    pick(['Transfer your savings to the safe account we set up. ', 'Move the balance to the protected account number I gave you. ']),
    pick(['Please do not inform your bank.', 'Do not contact your bank during the investigation.', "Don't inform the police or your bank."]),
  )
  .map((p) => p.join(''));

const GENUINE = [
  '请勿联系陌生客服，请勿点击陌生链接。',
  '验证码切勿告诉他人，如有疑问请联系银行客服。',
  '如发现账户异常，请立即联系银行或拨打110报警。',
  '骗子会让你把钱转入“安全账户”，还说期间请勿联系银行。凡是这么说的都是诈骗，请立即挂断电话。',
  '反诈提醒：自称警察要求转入安全账户、并叮嘱请勿告诉家人的，一律是诈骗。',
  '本短信由系统自动发送，请勿回复。',
  'If anyone tells you to move money to a safe account and not to tell your bank, it is a scam. Call your bank.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`isolation said with 请勿 / 切勿 (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['a money request, zh', REQUEST_ZH],
        ['a money request, traditional', REQUEST_HANT],
        ['a money request, en', REQUEST_EN],
      ],
      'dangerous',
      50,
    );
    itJudgesForms(verdict, [['a pretext, zh', PRETEXT_ZH]], 'flagged', 40);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
