// A request after a borrowed reassurance or warning (session 26): "放心，我们不会向您收取任何费用，只需先转入2000元验资金
// 即可放款", "To protect your money from fraudsters, move your savings to the safe account we set up", "We will never
// ask for your PIN, just read me the code we sent". The warning's words ("不会向您", "fraudsters", "never ask") reach
// over their sentence; a clause that turns to the reader with a request of its own — 只需 / 只要 / 仅需, "just read me",
// or an English imperative sending something to the sender ("move your savings to … we set up") — is past their reach
// (scam-language.ts NEW_REQUEST). Flagged by the rules alone (how severe is the severity rules' call: "请缴纳…" past the
// same reassurance was suspicious before); counter-sentences: warnings whose later clauses list
// tactics or give advice ("只需拨打官方热线核实", "just hang up"). Left: "we will never ask for your PIN, simply send us
// the code" — that warning's "never … send" reaches across the comma. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['放心，我们不会向您收取任何费用，', '我们绝不会让您承担损失，', '平台不会以任何理由向你收费，']),
    pick(['只需先转入2000元验资金即可放款。', '只要把余额转到我们提供的安全账户就行。', '您只需把验证码发给专员核对。', '仅需缴纳500元解冻金。']),
  )
  .map((p) => p.join(''));
const EN = fc
  .tuple(
    pick(['To protect your money from fraudsters, ', 'We will never ask for your PIN, ', 'Because scammers are active in your area, ']),
    pick(['move your savings to the safe account we set up for you.', 'just read me the code we sent.', 'transfer your balance to the account our officer gives you.']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  '我们不会向您收取任何费用，如遇收费请只需拨打官方客服热线核实。',
  '银行不会要求您转账到安全账户，只需挂断电话即可。',
  'We will never ask for your PIN. If someone does, just hang up and call us on the number on your card.',
  'Fraudsters may ask you to move money to a safe account or read out a code.',
  'Scammers pretend to be the bank; never move your savings to an account someone gives you over the phone.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a request after a borrowed warning (${brandName}, rules alone)`, () => {
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
