// A role introduced as "<role> here", and a threat's consequence after "if you do not …" with no comma (session 27):
// "Orange Money agent here. If you do not get identified today your wallet will be closed". A chat or a text that
// opens "MoMo support here", "bank security team here", "help desk here on WhatsApp" claims the role as surely as
// "this is …" (mobile-money operators' and police warnings in Cameroon, Côte d'Ivoire, Rwanda, Ghana and Zambia: fake
// agents threaten to close the line or wallet unless the reader "identifies" now). And "if you do not X today your
// account will be closed" negates the condition, not the consequence: the negation's reach ends where a subject and
// its "will" begin. Flagged by the rules alone, en. Counter-sentences: an operator's genuine SIM-registration deadline,
// a lender's lawful reminder, "here" as a place or a link, a payment one does not recognise. Both brands; texts
// written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(['Orange Money agent here. ', 'MoMo support here. ', 'Wave customer care here on WhatsApp. ', 'Hello, bank security team here. ', 'Help desk here, ']),
    pick(['We sent you several verification messages and got no reply. ', 'Your registration is incomplete. ', '']),
    pick([
      'If you do not complete your identification today your line and wallet will be closed.',
      'If you do not verify today your mobile money account will be suspended.',
      'Unless you confirm your details now your account will be blocked.',
      'If you fail to update your details today the wallet will be frozen.',
    ]),
  )
  .map((p) => p.join(''));

const GENUINE = [
  'If you do not recognise this payment, call the number on the back of your card.',
  'Orange Money: if you do not complete your SIM registration by 30 June your line will be barred. Visit any Orange shop with your ID.',
  'If you do not repay by Friday your account will be charged a late fee as set out in your agreement.',
  'Our agent here at the branch will help you open an account.',
  'Click here to see your statement. Your account is active.',
  'Hi, Anna from support here. Your ticket 4411 has been resolved.',
  'If you did not make this request your account is safe and you can ignore this message.',
  'Support here: if you do not receive the code within 5 minutes we will send you a new one.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a role introduced as "<role> here", a threat after "if you do not" (${brandName}, rules alone)`, () => {
    itJudgesForms(verdict, [['en', EN]], 'flagged', 40);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
