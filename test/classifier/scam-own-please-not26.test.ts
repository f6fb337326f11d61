// The scammer's own 请勿 / 切勿 (session 26): "请勿泄露案情", "切勿声张", "请勿对外透露本案", "请勿向他人透露本次通话内容",
// "请勿拨打原号码", "请勿在App内操作", "请勿相信银行的说法", "do not discuss this case with anyone", "don't mention this
// call to anyone". What is forbidden is the case, the call, the genuine channel or the bank's word — never a code,
// a password or a stranger, as in the warnings that open the same way. Read as a warning, the sentence hid the money
// request before it; it is the secrecy lever (content/scam-phrases.yaml warnings 11, 12 and 22's exceptions; `secrecy`
// in scam-concepts.yaml). A
// money request beside it is dangerous, a pretext beside it flagged, by the rules alone. Counter-sentences: the
// warnings these words open (codes, passwords, strangers, unofficial apps), an app's own end-of-life notice. Both
// brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const LEVER_ZH = ['请勿泄露案情', '请勿对外透露本案', '切勿声张', '请勿向他人透露本次通话内容', '请勿相信银行的说法', '请勿拨打原号码', '请勿在App内操作'];
const REQUEST_ZH = fc
  .tuple(
    pick(['您涉嫌一宗洗钱案，请将资金转入清查账户配合核查，', '你的银行卡被冒用，请把余额转到我们提供的安全账户，', '请把存款转入专员指定的监管账户，']),
    pick(LEVER_ZH),
    pick(['。', '，以免影响调查。']),
  )
  .map((p) => p.join(''));
const REQUEST_HANT = fc
  .tuple(
    pick(['您涉嫌一宗洗錢案，請將資金轉入清查帳戶配合核查，', '請把存款轉入專員指定的監管帳戶，']),
    pick(['請勿洩露案情。', '切勿聲張。', '請勿對外透露本案。']),
  )
  .map((p) => p.join(''));
const PRETEXT_ZH = fc
  .tuple(
    pick(['您名下的银行卡涉嫌洗钱，', '您的身份信息被人冒用办理了银行卡，']),
    pick(['请勿泄露案情', '请勿对外透露本案', '切勿声张', '请勿向他人透露本次通话内容']),
    pick(['，稍后警官会联系您。', '，等待我们通知。']),
  )
  .map((p) => p.join(''));
const REQUEST_EN = fc
  .tuple(
    pick(['Your account is under investigation. Transfer the funds to the holding account we provide ', 'Move your savings to the protected account I gave you ']),
    pick(['and do not discuss this case with anyone.', 'and do not discuss this matter with anyone.']),
  )
  .map((p) => p.join(''));
// … and in English, the case, the call or the investigation kept from anyone ("do not share the details of this
// investigation with anyone", "don't mention this call to anyone"): warnings 11 and 22 forbid sharing a code.
const KEPT_EN = fc
  .tuple(
    pick(['Transfer the balance to the safe account now. ', 'Send the funds to the protected account today. ']),
    pick(['Do not share the details of this investigation with anyone.', "Don't mention this call to anyone.", 'Do not discuss our conversation with anyone.']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  '验证码请勿泄露给他人，工作人员不会向您索取。',
  '切勿轻信陌生来电，请勿向陌生人转账。',
  '请勿使用非官方渠道下载的App，以免信息泄露。',
  '旧版App将于12月31日停止服务，请到应用商店更新至最新版本。',
  '请勿向任何人透露您的密码和短信验证码。',
  'Never share your PIN or one-time code with anyone, not even bank staff.',
  'Your code is 123456. Do not share this with anyone.',
  'We will never ask you to share the details of your account with anyone.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`the scammer's own 请勿 / 切勿 (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['a money request, zh', REQUEST_ZH],
        ['a money request, traditional', REQUEST_HANT],
        ['a money request, en', REQUEST_EN],
        ['a money request, the case kept, en', KEPT_EN],
      ],
      'dangerous',
      50,
    );
    itJudgesForms(verdict, [['a pretext, zh', PRETEXT_ZH]], 'flagged', 30);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
