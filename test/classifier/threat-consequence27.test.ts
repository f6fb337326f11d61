// A cancellation threatened is the threat, not the pretext (session 27): "您的身份被用于一宗走私案，今天必须缴纳保释金，
// 否则签证将被注销" — the fake consulate's, immigration office's or police's script (Chinese embassies' and the 12308
// hotline's warnings, police warnings in Singapore, Malaysia and Australia). What is cancelled after 否则 / 不然 /
// "or else" / "otherwise" (a visa, a passport, a residence permit) is what happens if the reader does not pay: it is
// no student-loan cancellation, whose topic's exception (a repayment notice's 缴纳) then cleared the fee asked. The
// pretext is the crime: an identity used for smuggling or laundering (身份被用于…, 走私, "your identity was used in …").
// Dangerous by the rules alone, zh (simplified, traditional) and en. Counter-sentences: a consulate's genuine notices, a
// lender's lawful reminder, a visa office's fee paid at its counter, warnings quoting the script. Both brands; texts
// written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['【领事保护中心】', '您好，这里是驻外使馆领事部，', '我是出入境管理局的工作人员，', '']),
    pick(['您的身份被用于一宗走私案，', '您的护照被人冒用于一起洗钱案，', '你的身份信息涉及一宗跨境走私案件，', '你的身份被不法分子用于走私毒品，']),
    pick(['今天必须缴纳保释金', '须在24小时内缴纳担保金2万元', '请今天内缴纳保证金', '必须马上交一笔保释金']),
    pick(['，否则签证将被注销。', '，不然您的护照会被注销。', '，否则将注销您的居留许可。', '，否则您的签证会被取消。']),
  )
  .map((p) => p.join(''));
const HANT = fc
  .tuple(
    pick(['【領事保護熱線】', '這裡是入境處，']),
    pick(['您的身份被用於一宗走私案，', '閣下的護照被人冒用於洗錢案，']),
    pick(['今天必須繳納保釋金', '須於今日內繳交擔保金']),
    pick(['，否則簽證將被註銷。', '，不然護照會被註銷。']),
  )
  .map((p) => p.join(''));
const EN = fc
  .tuple(
    pick(['Consular Protection Office: ', 'This is the immigration department. ', '']),
    pick(['Your identity was used in a smuggling case. ', 'Your passport was used to launder money. ', 'Your name is linked to a drug smuggling case. ']),
    pick(['You must pay the bail bond today', 'Pay a guarantee fee of 2,000 dollars within 24 hours', 'A security deposit must be paid today']),
    pick([', otherwise your visa will be cancelled.', ' or your residence permit will be cancelled.', ', or else your passport will be revoked.']),
  )
  .map((p) => p.join(''));

const GENUINE = [
  '【领事保护中心】提醒：近期有人冒充使馆来电，称您的身份被用于走私案，要求缴纳保释金，否则注销签证，均为诈骗。',
  '您的签证申请费请到使馆签证中心窗口缴纳，否则申请将被取消。',
  '本期账单请于15日前缴纳，否则将影响您的信用记录。',
  '居留许可到期前请按时续签，否则居留许可将被注销。',
  'Consulate notice: visa fees are paid only at the visa centre counter. We never ask for bail over the phone.',
  'Please pay your instalment by Friday, otherwise a late fee will be added to your account.',
  '警方提醒：冒充领事馆称“身份被用于洗钱，需缴纳保证金”的电话都是诈骗。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a cancellation threatened, a crime by a stolen identity (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh', ZH],
        ['zh (traditional)', HANT],
        ['en', EN],
      ],
      'dangerous',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
