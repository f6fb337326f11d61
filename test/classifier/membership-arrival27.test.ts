// A membership bought so the loan "arrives" (session 27): "会员等级不足，开通VIP会员（¥399）即可秒到账", "buy a VIP
// membership and the money is paid out instantly". Session 25 read the membership bought for a payout said as 放款 /
// 下款 ("开通会员即可放款"); the same move says the payout as the money arriving (到账, 秒到账, "paid out instantly"). A
// MEMBERSHIP word (not any top-up: "充值后即可到账" is a genuine top-up) beside the money's arrival is the advance fee
// (regulators on 搭售会员 and police on 贷款诈骗: no fee is paid before a loan is paid out). Dangerous by the rules
// alone, zh (simplified, traditional) and en. Counter-sentences: a top-up that arrives, a membership's perks, a loan's
// own payout notice. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['您的借款已审核通过，', '系统显示您的信用等级不足，', '放款部通知：', '']),
    pick(['开通VIP会员（¥399）', '购买加速会员', '升级会员', '開通會員（費用499元）']),
    pick(['即可秒到账。', '后马上到账。', '就能到账。', '後即可到賬。']),
  )
  .map((p) => p.join(''));
const EN = fc
  .tuple(
    pick(['Your loan is approved. ', 'Payout on hold: ', '']),
    pick(['Buy a VIP membership', 'Upgrade to premium membership', 'Activate your membership (PHP 499)']),
    pick([' and the money is paid out instantly.', ' for an instant payout.', ' to receive the funds instantly.']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  '话费充值成功，即可到账，请留意余额变化。',
  '充值后即可到账，如有疑问请致电官方客服。',
  '您已成功开通会员，即可享受免费配送。',
  '您的借款已放款，预计2小时内到账，请在App内查看。',
  'Welcome to Premium! Your membership is active and free delivery starts today.',
  'Your loan has been paid out and should arrive in your account within two hours.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a membership bought so the loan arrives (${brandName}, rules alone)`, () => {
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
