// A loan from the reader's student days, opened by a caller who recites the reader's data (session 27): "你好，是XX大学的
// 张同学吧？身份证尾号是5678对吗？你在校期间有一笔贷款记录需要处理". The campus-loan cancellation script (police and CBIRC
// warnings on 注销校园贷) is told without the words 校园贷 or 注销: the student days named as a time (在校期间, 上学期间,
// 大学期间, "while you were at university") beside a loan are the cancellation pretext, and the caller reading out the
// reader's ID number and asking them to confirm it (…对吧 / 对吗, "…, correct?") is the lever scammers use to seem
// official with leaked data (as "能准确说出您的信息" in `guided`). Flagged by the rules alone, zh (simplified,
// traditional) and en. Counter-sentences: a student-aid repayment notice, an ID number to check in the app, a
// broadcast quoting the script. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const ZH = fc
  .tuple(
    pick(['你好，是XX大学毕业的张同学吧？', '您好，请问是李同学吗？', '喂，你好，']),
    pick(['你的身份证号是3201**********1234对吧？', '你的身份证尾号是5678对吗？', '身份证后四位是0512，对不对？', '你身份证号码是4401开头的，没错吧？']),
    pick(['你在校期间有一笔贷款记录需要处理。', '您上学期间开过一个借贷账户，现在要统一处理。', '你大学期间在我们平台有一笔网贷记录，需要清理一下。', '你读书期间办过一笔分期贷款，现在需要关闭。']),
  )
  .map((p) => p.join(''));
const HANT = fc
  .tuple(
    pick(['您好，是陳同學嗎？', '喂，']),
    pick(['你的身份證號碼尾數是5678對吧？', '身份證後四位是0512，對不對？']),
    pick(['您在校期間有一筆貸款記錄需要處理。', '你大學期間在我們平台有一筆網貸記錄要清理。']),
  )
  .map((p) => p.join(''));
const EN = fc
  .tuple(
    pick(['Hi, is this Tom? ', 'Hello, am I speaking with Ms Chen? ', '']),
    pick(['Your ID number ends in 4521, correct? ', 'Your date of birth is 3 May 2001, is that right? ', 'Your national ID number is 880512 and so on, correct? ']),
    pick([
      'You took a loan on our platform while you were at university and it has to be closed now.',
      'There is a loan record from your college days that needs to be settled.',
      'During your university years you opened a loan account with us that must be cleared.',
    ]),
  )
  .map((p) => p.join(''));

const GENUINE = [
  '国家助学贷款提醒：您在校期间申请的助学贷款将于毕业后开始还款，详情请登录学信网查看。',
  '您的身份证号是否填写正确？请在App“我的-资料”中自行核对。',
  '你好，是XX大学毕业的张同学吧？我是班长，周末同学聚会你来吗？',
  '警方提醒：骗子能准确说出你的身份证号和学校，称你在校期间有贷款需要处理，都是诈骗，请直接挂断。',
  '您尾号1234的银行卡本月账单已出，请按时还款。',
  'Your student finance repayment starts the April after you leave university. Sign in to your account to see your balance.',
  'We will never read out your ID number and ask you to confirm it. Hang up and call the number on our website.',
  '在校期间请同学们遵守宿舍管理规定，注意用电安全。',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a student-days loan, a caller reciting the reader's data (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['zh', ZH],
        ['zh (traditional)', HANT],
        ['en', EN],
      ],
      'flagged',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
