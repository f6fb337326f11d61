// A loan paid out once a membership is bought (session 25): "开通VIP会员即可放款", "购买加速会员就能下款", "upgrade to
// VIP to get your loan disbursed" — the advance-fee move (pay-to-release) with the advance named as a product and the
// payout said as a promise (即可 / 就能) rather than a condition (才能); and a loan fee "topped up" or paid with Hong Kong
// and Taiwan's 缴付 ("放款前需补充验资", "須先繳付解凍費"). Dangerous by the rules alone, in simplified,
// traditional and English forms. Counter-properties: a top-up or a membership that arrives or starts at once, a
// loan's own payout notice. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['您的借款已审核通过，', '额度已批，', '您的贷款暂时无法放款，', '系统显示您的会员等级不足，']),
    pick(['开通VIP会员', '购买会员', '升级会员', '办理会员（¥299）', '开通會員']),
    pick(['即可放款。', '就能下款。', '即可撥款。', '立即放款。', '就可以放款了。', '即可出款。']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick(['Your loan is approved. ', 'Good news, your application passed. ', 'Loan on hold: ']),
    pick(['Upgrade to VIP', 'Buy a premium membership', 'Activate your membership (PHP 499)', 'Purchase a membership']),
    pick([' to get your loan disbursed.', ' before disbursement.', ' to release your loan today.']),
  )
  .map((parts) => parts.join(''));

const TOP_UP = fc
  .tuple(
    pick(['您的借款已进入放款队列，', '額度已核准，', '']),
    pick(['放款前需补充验资', '放款前须先补充一笔保证金', '須先繳付解凍費3000元', '需缴付放款保证金']),
    pick(['，金额由专员通知。', '，補足後立即撥款。', '。']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '放款前需补充资料，请在App内上传。',
  '管理费请于本月底前缴付。',
  '话费充值成功，即可到账，请留意余额变化。',
  '充值后即可到账，如有疑问请致电官方客服。',
  '您已成功开通会员，即可享受免费配送。',
  '【某银行】您的贷款已放款，请在App内查看。',
  '您的借款已审核通过，签署合同后即可放款，请在App内完成。',
  'Your loan has been disbursed to your bank account ending 4410.',
  'Welcome to Premium! Your membership is active and free delivery starts today.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a membership bought for a payout (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh (simplified, traditional)', ZH],
        ['en', EN],
        ['a loan fee topped up or 缴付 (zh)', TOP_UP],
      ],
      'dangerous',
      30,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
