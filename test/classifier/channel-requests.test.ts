// Session 15 (issue 10): dangerous forms READ's misses grouped by mechanism — the caller's own account or number, a
// private channel for a lender's "refund", a fee before a promised payout, a link to type a card into, the bank app
// opened on the call. Each with a genuine counterpart; lines written for this test.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const verdict = (text: string) => classifier.check(text).verdict;
const notFlagged = (text: string) => expect(['official', 'unknown']).toContain(verdict(text));

describe('the caller’s own account, number or courier', () => {
  it.each([
    // Money into the card the caller gives, retold
    '打电话的人说是平台结算部的，说我有笔还款被退回，让我往他给的银行卡里转800补上。',
    // The bank's reserved number changed to the caller's
    '客服让我去银行把预留手机号改成他发的那个号码，说这样才能收到退款。',
    // A card and its password letter collected at the door
    '通知：工作人员将上门收走您的旧银行卡和密码函统一销毁，请装好信封等候。',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it('the bank’s own counter for a changed number → not flagged', () => {
    notFlagged('【某银行】如需更换预留手机号，请本人带身份证到任一网点柜台办理。');
  });
});

describe('a lender’s refund or a membership closed through a private channel (退息 / 降息, 加微信指导关闭)', () => {
  it.each([
    '您的会员下月起自动扣费，如需取消请添加微信 kf7781，客服会一步步指导关闭。',
    '借款平台客服说扫他发的二维码登记，就能退还多收的利息。',
    '自称贷款公司风控部，说我的账户要重新认证，让我保持通话并打开手机银行。',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it('the lender’s own app for a refund → not flagged', () => {
    notFlagged('【安心借】您多还的利息18.60元已原路退回，可在安心借App“账单”中查看。');
  });
});

describe('a fee before a promised payout, and a link to type a card into', () => {
  it.each([
    'Good news: your loan of USD 4,000 is approved. Send a refundable insurance deposit of USD 250 to release the funds.',
    'Our team can trace your stolen coins. Pay a 300 USDT retainer to start the recovery today.',
    '【政府服務】您的帳戶異常已暫停，請點擊以下連結輸入信用卡資料完成驗證。',
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it('a bill link with no card asked for → not dangerous', () => {
    expect(verdict('您的电子账单已生成，请点击下方链接查看明细。')).not.toBe('dangerous');
  });
});
