// A case declared secret, and the reader shut in a room (session 28): "你涉及的是一起涉密案件，找一个没人的房间，电话保持
// 接通", "this is a classified case — lock yourself in your room and keep the video call on". The fake prosecutor's and
// "digital arrest" scripts isolate the victim before the transfer: police in China, India, Korea, Australia and New
// Zealand warn that no investigation is secret from one's family or asks for a room or a hotel alone. A case called
// secret (涉密 / 保密 / 机密案件, 秘密侦查; classified case, secret investigation) is `reason-crime`; a room alone, a
// door locked, a line kept connected are `secrecy`. Every form judged by the rules alone, zh and en (traditional forms
// through the normaliser). Counter-sentences: a court's closed hearing, a hotel booking, a warning quoting the tactic,
// a confidentiality notice. Both brands; texts written for this test.
import { describe, vi } from 'vitest';
import { combos, itFlagsEach, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const ZH = combos(
  ['', '我是市检察院的，', '这里是公安局刑侦支队，'],
  ['你涉及的是一起涉密案件，', '此案属于保密案件，', '这个案子现在是秘密侦查阶段，', '這是機密案件，'],
  [
    '现在找一个没人的房间，电话保持接通，等候检察官联系。',
    '请你一个人去附近宾馆开个房间，视频不要挂。',
    '马上回家把自己关在房间里，反锁房门，不要告诉家人。',
  ],
);
const TRADITIONAL = [
  '這是涉密案件，你必須對家人保密，找一間沒人的房間，電話保持接通。',
  '本案屬於秘密偵查，請你獨自去酒店開一間房，等候檢察官視頻聯絡。',
];
const EN = combos(
  ['', 'This is Inspector Lee from the cyber crime unit. ', "Federal prosecutor's office: "],
  ['Your case is classified. ', 'This is a secret investigation. ', 'You are now under a confidential inquiry. '],
  [
    'Go to a room where no one can hear you and keep the video call on.',
    'Lock yourself in your room and do not leave until the officer calls back.',
    'Book a hotel room alone tonight and wait there for our call.',
  ],
);

const GENUINE = [
  '法院公告：本案涉及商业秘密，依法不公开开庭审理，当事人请按时到庭。',
  '酒店预订确认：您已预订单人房一间，入住日期12月5日，请携带身份证办理入住。',
  '警方提醒：自称检察官让你找个没人的房间、去宾馆开房“配合调查”的，都是诈骗，请立即挂断。',
  '保密协议已发到您的邮箱，请签署后交回人事部。',
  'Your hotel booking is confirmed: one room, 2 nights, check-in from 3pm.',
  'Police will never ask you to lock yourself in a room or stay on a video call during an investigation.',
  'This email is confidential and intended only for the addressee.',
  'Quiet room booked for your exam on 12 May, room 4B. Please arrive 15 minutes early.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a case declared secret, the reader shut in a room (${brandName}, rules alone)`, () => {
    itFlagsEach(verdict, [...ZH, ...TRADITIONAL, ...EN]);
    itLeavesUnflagged(verdict, GENUINE);
  });
}
