// A one-time code described, not named (session 26): "read out the message your bank just sent", "the number that
// just popped up on your screen", "你手机刚才弹出来的那条短信截个图发我" — the text holds the code, and asked for under a
// pretext (a refund, a claimed role) it is the code asked: dangerous by the rules alone. Not without a pretext (a
// relative may ask to see a bank's text to check it). Counter-sentences: a relative asking to check a bank's text, a
// notice that tells the reader to ignore a text they did not ask for, a warning quoting the ask. Both brands; texts
// written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itIsNeverDangerous, itJudgesForms, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(['This is the refunds desk. ', 'Customer service here, about your refund. ', '']),
    pick(['Please read out the message your bank just sent', 'Tell me the number that just popped up on your screen', 'Forward me the text you just received']),
    pick([' so I can finish the refund.', ' to complete your refund.', ' and the refund goes out today.']),
  )
  .map((parts) => parts.join(''));
const ZH = fc
  .tuple(
    pick(['我是退款专员，', '客服这边给您办理退款，', '']),
    pick(['你手机刚才弹出来的那条短信', '系统发给您的那条短信', '刚收到的那条短信']),
    pick(['截个图发我一下，', '念给我听一下，', '发我看一下，']),
    pick(['我帮你退款。', '退款马上到账。', '核对完就给您退款。']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  "Mum, forward me the message the bank just sent you, I'll check whether it's a scam.",
  'If you got a text with a code you did not ask for, ignore it and never read it out to anyone.',
  '骗子会说“把刚收到的那条短信截个图发我”，这就是在骗验证码，千万别发。',
  '您好，您刚收到的那条短信是还款提醒，请在App内查看，无需回复。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a code described, asked under a pretext (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['en', EN],
        ['zh', ZH],
      ],
      'dangerous',
      30,
    );
  });
}
describe('texts about a bank message that ask for no code', () => {
  itIsNeverDangerous(GENUINE);
});
