// The police displaced by a private desk (session 27): "Scam reports are now handled by our private Fraud Desk, not
// the police", "deal with us instead of the police", "the police won't help you, but we can". The recovery script
// (FTC, Action Fraud, Scamwatch and 165 warnings: recovery firms say the police cannot or will not act and offer to
// take the report themselves) moves the victim's report away from the one channel that takes it — the isolation lever
// (`secrecy`, beside 报警也没用 and "the police cannot help you"), with the scam report as the recovery pretext
// (`reason-recovery`). Flagged by the rules alone, en and zh. Counter-sentences: advice to report to the police, a
// warning quoting the script, a bank taking a lost card's call. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(['Scam reports are now handled by our private fraud desk, not the police. ', 'Lost money to an online scam? ', 'Asset recovery team here. ']),
    pick([
      "The police won't help you with crypto losses, but we can. ",
      'Our investigators handle everything without involving the police. ',
      'Deal with us instead of the police and your case moves faster. ',
      'The police will not do anything for scam victims. ',
    ]),
    pick(['Reply REPORT and an officer will call you back.', 'Send us your transaction details to open a case.', 'Message us on WhatsApp to start.']),
  )
  .map((p) => p.join(''));
const ZH = fc
  .tuple(
    pick(['您被骗的钱我们可以帮您追回，', '我们是网络追款服务中心，']),
    pick(['报警没有用，警察不会管的，', '不需要报警，由我们专员跟进，', '您的被骗报案现在由我们受理，不是警方，']),
    pick(['加我微信详谈。', '把转账记录发给我们。', '回复1开始办理。']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  'If you have lost money to a scam, report it to the police and to your bank straight away.',
  'Recovery scams: anyone who says the police will not help but they can get your money back is a fraudster.',
  '警方提醒：声称“报警没用、可以帮你追回被骗款”的都是诈骗。',
  '被骗后请第一时间拨打110报警，并联系银行止付。',
  'Lost your card? Call us, not the police, and we will block it at once.',
  'Scam reports can be made online at the police website or by calling 101.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`the police displaced by a private desk (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['en', EN],
        ['zh', ZH],
      ],
      'flagged',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
