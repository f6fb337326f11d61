// The public hotline not to be called, the sender's chat instead: "请勿致电反诈热线，直接在此对话处理", "请加以下
// WhatsApp跟进，勿拨打…", "don't call the hotline, just message us here". A police desk or an anti-fraud centre never
// moves a case off its own line into a chat: the "do not call" is the sender's lever, not a warning (scam-language.ts
// DIVERTS), and the move to the chat is flagged (legit-contact). Counter-properties: advice to call the police or the
// official hotline directly, a carrier's "reply to this SMS". Both brands, the rules alone; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['反诈中心提醒：', '派出所接警员：您的报案已登记，', '反詐騙中心：閣下的舉報已受理，']),
    pick(['请勿拨打96110，', '請勿致電熱線，', '不用再打110了，']),
    pick(['直接加我微信', '直接在此对话处理', '直接用WhatsApp联系我']),
    pick(['，由我们代为跟进。', '，效率更高。', '。']),
  )
  .map((parts) => parts.join(''));
const ZH_REVERSED = fc
  .tuple(
    pick(['警方通知：您举报的来电已立案，', '反诈专员：']),
    pick(['请加以下WhatsApp跟进，', '请添加专员LINE处理，']),
    pick(['勿拨打热线。', '不要致电派出所。']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick(['Fraud desk: your report is logged. ', 'Police liaison here. ']),
    pick(["Don't call the hotline, it is busy;", 'Do not call 999 again,']),
    pick([' just message us here on WhatsApp.', ' message me directly and I will follow up.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '警方提醒：如遇可疑来电请勿回复，直接拨打110报警。',
  '如有疑问，请直接回复本短信或拨打客服热线。',
  '请勿拨打陌生号码，请直接拨打官方客服热线95555。',
  'If someone calls claiming to be the police, do not call them back on their number; call 999 directly.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`the public hotline not to be called, the sender's chat instead (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh: "do not call" then this chat', ZH],
        ['zh: this chat then "do not call"', ZH_REVERSED],
        ['en: "do not call" then message us here', EN],
      ],
      'flagged',
      30,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
