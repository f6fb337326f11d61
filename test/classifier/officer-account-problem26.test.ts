// An officer with a problem on the reader's account (session 26): "This is Chief Inspector … from the police. There
// is a problem with your bank account, call me back", "我是公安局的李警官，你的银行账户出了问题". A rank named (inspector,
// sergeant, detective; 警长, 督察, 探长) is the claimed authority however far the rank stands from "this is" (a rank and
// a place name between them), and "a problem with your account" / 账户出了问题 is the account reason as surely as
// "frozen" or 异常 — a claimed officer with an account reason is the fake-police opener (police warnings in Namibia,
// South Africa, the UK and China alike). Flagged by the rules alone; counter-sentences: a police appeal with no
// account, a bank's own notice, advice. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(['This is Chief Inspector Moyo from the Oshakati police. ', 'This is Detective Sergeant Khumalo of the Johannesburg police. ', 'Hello, this is Inspector Ndlovu from the fraud unit. ']),
    pick(['There is a problem with your bank account', "There's an issue with your bank account", 'We found a problem with your account']),
    pick([' - please call me back on this number today.', '. Call me back urgently.', '. Stay available for my call.']),
  )
  .map((p) => p.join(''));
const ZH = fc
  .tuple(
    pick(['我是市公安局的李警官，', '我是经侦大队的王警长，', '這裡是警務處的陳督察，']),
    pick(['你的银行账户出了问题，', '您名下的银行卡出了问题，', '你的帳戶出現問題，']),
    pick(['请回拨这个号码。', '请保持电话畅通。', '稍后再联系你。']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  'Inspector Moyo of the Oshakati police asks anyone who saw the accident on Main Road to come forward.',
  'Your bank will never call to say there is a problem with your account and ask you to move money.',
  'There is a problem with your card payment at checkout. Please try another card in the app.',
  '警方提醒：自称警官说你的银行账户出了问题的，都是诈骗。',
  '如您的账户出了问题，请拨打银行卡背面的客服电话咨询。',
  'Sergeant Dlamini will give a road safety talk at the school hall on Friday.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`an officer with a problem on the reader's account (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['en', EN],
        ['zh (simplified, traditional)', ZH],
      ],
      'flagged',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
