// The police, an anti-fraud line or a regulator that moves the reader to a chat app (session 25): "反诈中心通知：报案
// 材料不全，请加入LINE官方账号补件", "a fraud officer will contact you on WhatsApp to take your statement", "press 1 to
// be put through". No authority takes a report or a statement in a chat app, so the move is the lever even with no
// reason given: risky (flagged) by the rules alone, in simplified, traditional and English forms. Counter-properties:
// warnings that quote the move, community police groups and channels (a broadcast to many), a post labelled with the
// chat it was shared in. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['反诈中心通知：', '反詐騙專線通知：', '派出所民警：', '公安局经侦大队：']),
    pick(['您的报案材料不全，', '您提交的資料需要補充，', '您的案件有新进展，', '']),
    pick(['请加入LINE官方账号补件。', '请加我微信，方便跟进。', '请加LINE跟进。']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick(['Thanks for reporting the scam. ', 'Action Fraud update: ', 'Cyber crime unit: ']),
    pick(['A police officer will now contact you on WhatsApp', 'Our officer will message you via Telegram', 'An investigating officer will reach you on WhatsApp']),
    pick([' to take your statement.', ' about your report.', '.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  '派出所通知：请加入社区警民联系群，及时获取防骗提醒。',
  '社区民警：欢迎进群，本群每周推送最新诈骗案例。',
  '警方提醒：自称民警要求加微信、加LINE做笔录的都是诈骗。',
  'Follow the Police Force on WhatsApp Channels for the latest scam alerts.',
  'The police will never ask you to move to WhatsApp or Telegram. Report scams by calling 999.',
  "Our neighbourhood police officer holds a surgery on Friday; join the residents' WhatsApp group for updates.",
  'Street WhatsApp: the council says the tax office never texts about refunds, so delete those messages.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`an authority that moves the reader to a chat app (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh (simplified, traditional)', ZH],
        ['en', EN],
      ],
      'flagged',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
