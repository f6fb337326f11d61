// Advice that protects the reader is never flagged: a warning to stop a transfer now ("请立即停止交易"), a slogan of
// refusals whose items run on before the next "不…" ("不接听+开头自称客服来电、不操作ATM、不提供验证码"), a check before
// sending money back, and a list of public lines after one dial verb ("可拨打96110咨询或110报警": 110 is dialled, not
// a caller). The requests they describe, asked, stay flagged. Texts written for this test (no corpus line).
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const flagged = (text: string) => /suspicious|dangerous/.test(classifier.check(text).verdict);

describe('protective advice is not flagged', () => {
  it.each([
    '银行提示：您正在进行的转账涉嫌诈骗账户，请立即停止交易，如有疑问请拨打96110。',
    '記住「三不」：不接聽+開頭自稱客服來電、不操作ATM、不提供驗證碼。',
    'Before sending money back to someone who says they paid you by mistake, check your real balance first.',
    '收到疑似诈骗来电？可拨打96110咨询或110报警。',
  ])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('the same acts asked are still flagged', () => {
  it.each([
    '您的账户涉嫌洗钱，请到ATM上操作转账到安全账户，不要告诉家人。',
    'Someone sent you money by mistake. Send it back to this account now: 6222 0255 5012 3456.',
  ])('%s', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it('a number shown on an incoming call is still a caller', () => {
    const r = classifier.check('刚才110打来电话说我涉嫌洗钱');
    expect(r.items.find((i) => i.raw === '110')?.reasons.map((x) => x.code)).toContain('CALL_FROM_INBOUND_LINE');
  });
});
