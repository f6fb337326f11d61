// A number the reader's phone shows, read out to the caller (session 27): "Approve the request on your phone and read me
// the security number shown", "把手机上弹出的数字念给我". Bank-ID, Smart-ID and authenticator sign-ins show a control
// or security number to be matched on the reader's own screen; the caller who asks for it is signing in as the reader
// (Swedish and Norwegian police and BankID, Finnish and Estonian banks: never identify yourself or share codes at
// someone else's request). What the screen shows is a code whatever it is called — a security number, a control code,
// the digits displayed or popped up — and a telling verb aimed at the caller takes it (`secret`). Dangerous by the
// rules alone, en and zh (simplified, traditional). Counter-sentences: number matching at one's own sign-in, a card's back number to
// call, warnings naming the trick, an eID renewal notice. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(["Hello, this is your bank's security team. ", 'Fraud prevention calling. ', '']),
    pick(['Your electronic ID expires tonight. ', 'Someone is applying for a loan in your name. ', 'Your BankID has been blocked. ']),
    pick([
      'Approve the request on your phone and read me the security number shown.',
      'Open your BankID app and tell me the control code it displays.',
      'Read me the digits displayed in your app so I can stop it.',
      'Give me the control number when the request comes in.',
      'Confirm the sign-in with your eID and read out the numbers that pop up.',
    ]),
  )
  .map((p) => p.join(''));
const ZH = fc
  .tuple(
    pick(['您好，我是银行安全中心的，', '这里是反诈中心，', '']),
    pick(['您的电子身份证今晚到期，', '有人正在用您的身份申请贷款，']),
    pick([
      '请把手机上显示的数字念给我。',
      '等会儿手机会弹出一个确认，点同意后把显示的代码告诉我。',
      '请打开App，把屏幕上弹出的数字报给我核对。',
      '把App里显示的安全码读给我听。',
    ]),
  )
  .map((p) => p.join(''));
const HANT = fc
  .tuple(
    pick(['您好，這裡是銀行安全中心，', '']),
    pick(['請把手機上顯示的數字唸給我。', '把螢幕上彈出的數字告訴我。', '請把App裡顯示的安全碼讀給我。']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  'Never read out the number shown on your screen to anyone who calls you, even if they say they are from the bank.',
  'To sign in, enter the number shown on your computer into the Authenticator app.',
  'Call the number shown on the back of your card if you did not make this payment.',
  'Your BankID expires on 12 March. Renew it in your bank app before then.',
  '登录时请核对App上显示的数字与电脑页面上的是否一致。',
  '银行提醒：任何人要求您念出手机上显示的数字，都是诈骗，请立即挂断。',
  '取号成功，请留意屏幕上显示的号码，叫号后到3号窗口办理。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a number the reader's phone shows, read out to the caller (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['en', EN],
        ['zh', ZH],
        ['zh (traditional)', HANT],
      ],
      'dangerous',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
