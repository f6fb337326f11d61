// The fake-police script's hand-off (session 26): a crime alleged and the call put through to an "officer" — "稍后为您
// 转接司法警察", "请按1转接当地公安机关", "I'll transfer you to the police; they will explain what you must pay" — is
// dangerous by the rules alone: no police force takes a case on a call a stranger forwards, and the money is asked
// for next (police warnings on 冒充公检法). Only a hand-off to an authority named right after it, beside a crime
// alleged, in a message already read as a risky pretext. Counter-sentences: a bank's fraud team or a human agent, a
// parcel line's "press 1", a warning that describes the hand-off, a real bank advising to call the police. Both brands;
// texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itIsNeverDangerous, itJudgesForms, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['我是市通信管理局的，', '我是驻外使馆的工作人员，', '这里是医保中心，', '我是快递公司客服，']),
    pick(['您名下的手机号涉嫌发送诈骗短信，', '您的医保卡涉嫌违规报销，', '您的包裹涉嫌违禁品，', '您的身份证涉嫌一起洗钱案件，']),
    pick(['稍后为您转接当地公安机关。', '现在帮你转接刑警大队，请保持电话畅通。', '请按1转接检察院处理。', '我马上为您转接司法警察。']),
  )
  .map((parts) => parts.join(''));
const EN = fc
  .tuple(
    pick(["I'm calling from the phone company. ", 'This is the customs office. ', 'This is the tax office. ']),
    pick(['Your number sent scam texts abroad and you are a suspect, ', 'A parcel in your name holds drugs and is part of a money laundering case, ', 'You are a suspect in a fraud investigation, ']),
    pick(["so I'll transfer you to the police.", 'so I will put you through to the investigating officer now.', 'so stay on the line and I will connect you to the police.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  'Suspicious activity on your card. If it was not you, call us and we will transfer you to our fraud team.',
  '您的快递已到达驿站，如有疑问请按1转接人工客服。',
  '警方提醒：骗子自称通信管理局，称您涉嫌洗钱，再“转接”到假公安，要求转账到安全账户，都是诈骗。',
  'Scammers say you are a suspect in a money laundering case and then transfer you to a fake police officer. Hang up.',
  '如您已被骗，请立即拨打110报警，我行客服可为您转接到派出所。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a crime alleged and the call put through to an officer (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh', ZH],
        ['en', EN],
      ],
      'dangerous',
      30,
    );
  });
}
describe('hand-offs that are not the fake-police script', () => {
  itIsNeverDangerous(GENUINE);
});
