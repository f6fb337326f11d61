// A bank card's two faces and an online account's login asked for (session 25): "把银行卡正反两面对着镜头", "拍银行卡
// 正反两面发给专员" (正反两面 folds to 正反面: the number, expiry and the digits on the back — card details), and "send us
// your login details". No bank or customer service asks for either; under a claimed customer service or a fraud team
// they are dangerous by the rules alone, in simplified, traditional and English forms. Counter-properties: a branch
// asking for an ID copy in person, a login alert, a reminder to have details ready when the reader calls the bank.
// Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['我是平台客服，', '我是客服专员，人工核验身份，', '我們是銀行客服，']),
    pick(['请把银行卡正反两面', '麻煩把信用卡正反兩面', '请将卡的正反两面']),
    pick(['拍照发给我。', '对着镜头拍清楚。', '發過來核對。']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick(["This is your bank's fraud team: ", 'This is customer support: ']),
    pick(['send us your login details', 'give us your login credentials', 'reply with your online office login']),
    pick([' so we can stop the transfer.', ' to secure your account.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '请携带身份证正反两面复印件到营业厅办理。',
  '【某银行】您的信用卡已寄出，收到后请在App内激活。',
  'Your online banking login was used on a new device. If this was you, no action is needed.',
  'Please have your login details ready when you call us at the number on the back of your card.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a card's two faces or a login asked for (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh (simplified, traditional)', ZH],
        ['en', EN],
      ],
      'dangerous',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
