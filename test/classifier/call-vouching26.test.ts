// The caller vouching for the call itself (session 26): "这通电话确实是{brand}打的", "本次来电是官方来电，不是诈骗",
// "this call really is from your bank", "this line is secure". A genuine caller has no need to insist the call is
// real; police and bank warnings list it with "stay on the line" and "don't call anyone" (the isolation play). The
// call claimed as the sender's is a claim (`claim`), its being genuine or secure a lever (`guided`): beside keeping
// the reader on the line, or a reason, the message is risky by the rules alone. Counter-sentences: a bank's notice of
// how to check a call, a broadcast naming the line, a call centre's recording notice. Both brands; texts written for
// this test ({brand} filled with each brand's Chinese name).
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const BRANDS = { demo: '安心借', b: '青禾分期' } as const;

const zh = (brand: string) =>
  fc
    .tuple(
      pick([`这通电话确实是${brand}打的，`, '这个电话确实是我们官方打的，', '這通電話確實是銀行打的，', '本次来电是官方来电，不是诈骗，']),
      pick(['您可以在官网查我的工号。', '您放心。', '']),
      pick(['现在需要您别挂电话，我们一起把流程走完。', '请保持通话，不要挂断。', '请先别挂，我带您一步步操作。']),
    )
    .map((p) => p.join(''));
const EN = fc
  .tuple(
    pick(['This call really is from your bank, ', 'I promise this is a genuine call from the fraud team, ', 'This line is secure and this call is from your bank, ']),
    pick(['you can check my staff ID on the website. ', '']),
    pick(['Please stay on the line while we finish the process.', "Don't hang up, I'll walk you through it."]),
  )
  .map((p) => p.join(''));

const GENUINE = [
  '如何确认来电是否为官方来电？请挂断后拨打App内公布的客服热线核实。',
  '反诈提醒：骗子常说“这通电话确实是银行打的，别挂电话”，遇到请立即挂断。',
  '为保证服务质量，本次通话将被录音。',
  'Not sure a call is genuine? Hang up and call the number on the back of your card.',
  'Scammers may say "this line is secure, stay on the call". Hang up and call us on our published number.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`the caller vouching for the call (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh (simplified, traditional)', zh(BRANDS[brandName as keyof typeof BRANDS])],
        ['en', EN],
      ],
      'flagged',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
