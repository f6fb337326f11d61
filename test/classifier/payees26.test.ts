// Money asked for in payee words the grammar missed (session 26): a Zelle or Venmo "protected profile" the caller set
// up is the safe account under another name; "this other person's account" is someone's account for a debt or a
// loan; cash "collected at your door" by the sender's lawyer or courier is a transfer; "this is my new number" in
// Tagalog, Spanish, Portuguese and Indonesian is the relative-on-a-new-number pretext; a repayment or a refund moved to
// a chat account under a "new official channel" (热线已变更，请加企业微信办理还款) is the fake customer service's own
// payee. Dangerous by the rules alone.
// Counter-sentences: a bill split over Zelle, a relative's new number with no money asked, a courier collecting a
// parcel, a warning naming the protected profile, a new official account or channel that leaves repayments in the app. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itIsNeverDangerous, itJudgesForms, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const PROFILE = fc
  .tuple(
    pick(['Bank fraud team: your account is compromised. ', 'This is your bank: hackers are in your account. ']),
    pick(['Zelle it to the protected profile ', 'Zelle the money to the security profile ', 'Venmo it to the safe profile ']),
    pick(['we set up for you.', 'we created in your name.', "and don't hang up."]),
  )
  .map((parts) => parts.join(''));
const OTHER_PERSON = fc
  .tuple(
    pick(['Loan refinance: ', 'Debt settlement desk: ', 'Your overdue loan: ']),
    pick(["repay your old loan into this other person's account", "pay the balance into someone else's account", 'transfer the arrears to this third-party account']),
    pick([' first, then we pay out the new loan.', ' today.', ' to close the case.']),
  )
  .map((parts) => parts.join(''));
const NEW_NUMBER = fc
  .tuple(
    pick(['Ma, bagong number ko ito, nasira yung phone ko. ', 'Mamá, este es mi nuevo número. ', 'Mãe, esse é meu novo número. ', 'Bu, ini nomor baru saya. ']),
    pick(['Padalhan mo ako ng ₱5,000 sa GCash na ito.', 'Transfiere 300 dólares a esta cuenta hoy.', 'Faz um pix de R$ 800 pra essa conta.', 'Tolong transfer Rp 2.000.000 ke rekening ini.']),
  )
  .map((parts) => parts.join(''));
const CASH = fc
  .tuple(
    pick(['Police here: your son was arrested after an accident. ', 'Grandma, I am in jail. ']),
    pick(['Bail is 20,000; the lawyer will collect the cash at your door tonight.', 'Our courier will pick up the money at your home in an hour.']),
  )
  .map((parts) => parts.join(''));

const CHAT_PAY = fc
  .tuple(
    pick(['【{brand}】客服热线已变更，', '【{brand}】原客服号码已停用，', 'Our support number has changed. ']),
    pick(['请加企业微信 kf-2291 ', '请添加新客服微信 kf2291 ', 'Message our new WhatsApp line ']),
    pick(['办理还款。', '办理还款与退费。', 'to make your repayment.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '【安心借】官方微信公众号已更换，请关注新公众号，可在公众号内办理还款。',
  'Our new official WhatsApp channel is live: follow it for news. Repayments stay in the app.',
  'Split the bill? Just Zelle it to me tonight, thanks!',
  'Ma, bagong number ko ito, nasira yung phone ko. Save mo na lang.',
  'Mamá, este es mi nuevo número, guárdalo.',
  'Our courier will collect the parcel from your door tomorrow between 9 and 12.',
  'Your bank will never ask you to Zelle money to a "protected profile". Hang up and call the number on your card.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`money to payees in other words (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['a protected payment-app profile', PROFILE],
        ["someone else's account for a loan or debt", OTHER_PERSON],
        ['a relative on a new number (tl, es, pt, id)', NEW_NUMBER],
        ['cash collected at the door', CASH],
        ['a repayment moved to a chat under a new channel', CHAT_PAY.map((t) => t.replaceAll('{brand}', brandName === 'demo' ? '安心借' : '青禾分期'))],
      ],
      'dangerous',
      30,
    );
  });
}
describe('payments and new numbers that ask for nothing', () => {
  itIsNeverDangerous(GENUINE);
});
