// Session 19 (issue 10): Chinese genuine forms the zh7 world table's read half showed flagged, each read by the
// mechanism that clears it, beside the scams that mechanism must leave flagged. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/classifier/check.ts';
import { classifier } from '../helpers/content.ts';

const verdictOf = (text: string) => classifier.check(text).verdict;
/** The rules alone (no wording model): the mechanisms below are the rules'. */
const rulesVerdict = (text: string) => check(text, { ...classifier.context, wording: undefined }).verdict;
const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

describe('a code sent to the reader and kept is a warning; the code asked for stays a request', () => {
  it.each([
    '妈，刚才银行给你发的那条验证码千万别告诉别人，打电话说是银行的也不行，有事你先问我。',
    '爸，支付宝给您发的校验码谁问都别说，有事先问我。',
    '老婆，招行给我发了个验证码，是我自己在改密码，你别管。',
  ])('%s', (genuine) => {
    expect(flagged(rulesVerdict(genuine))).toBe(false);
  });

  it.each([
    '把银行给你发的验证码告诉我，我帮你处理。',
    '银行给你发的验证码，发给我一下，我帮你操作。',
    '你给我发一下验证码，我帮你登录。',
    '银行给你发了验证码，快念一下。',
    '发验证码给我。',
  ])('asked for: %s', (scam) => {
    expect(verdictOf(scam)).toBe('dangerous');
  });

  it('a caller asking the reader for a code, retold, stays flagged', () => {
    expect(flagged(rulesVerdict('客服问我要银行给我发的验证码，我就告诉他了。'))).toBe(true);
  });
});

describe('money already paid in is reported; money asked to move stays a request', () => {
  it.each([
    '【財政部】您的綜合所得稅退稅款NT$3,214已於12/02匯入指定帳戶，請自行查詢。',
    '老公，个税退税到账了，300多，直接退到我工资卡上了。',
    '【人社局】您的失业补贴已经发放至您指定的银行账户，请注意查收。',
  ])('%s', (genuine) => {
    expect(flagged(rulesVerdict(genuine))).toBe(false);
  });

  it.each([
    '请将资金转入指定账户配合调查。',
    '您的资金已转入安全账户，请配合调查。',
    '您的贷款已打入指定账户，需缴纳保证金才能提现。',
    '退款已到账，请按客服指引缴纳手续费后提现。',
  ])('asked: %s', (scam) => {
    expect(verdictOf(scam)).toBe('dangerous');
  });
});

describe("one's own password keyed into the sender's own app is not handed over", () => {
  it.each([
    '公司通知：工资条已在企业微信“工资单”中发布，查看需输入个人密码，财务不会私信索要银行卡号。',
    'Your payslip for December is ready: enter your own password in the Workday app to view it.',
  ])('%s', (genuine) => {
    expect(flagged(rulesVerdict(genuine))).toBe(false);
  });

  it.each([
    '点击链接登录手机银行，输入密码完成认证。',
    '下载这个app后在app里输入银行卡密码就能解冻。',
    '请在企业微信里输入您的密码，然后把验证码发给我。',
    'Click the link and enter your password in the app to verify.',
  ])('a link, a download or a code beside it: %s', (scam) => {
    expect(verdictOf(scam)).toBe('dangerous');
  });
});

describe('a link the reader is told not to open warns; a link to open stays a request', () => {
  it('"…短信链接不要点" is a warning', () => {
    expect(flagged(rulesVerdict('反诈民警提醒：陌生人发来的“ETC认证失效”短信链接不要点，ETC信息请在发卡机构官方App内查询。'))).toBe(false);
  });

  it('a link to claim something, told to keep quiet, stays flagged', () => {
    expect(flagged(verdictOf('点击链接领取补贴，链接不要外传。'))).toBe(true);
  });
});
