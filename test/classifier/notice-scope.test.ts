// Genuine forms the fourth probe table (genuine-probes-world2.tsv) showed flagged, each read by the mechanism that
// clears it, beside a scam that mechanism must leave flagged (issue 10, session 14). Texts written for this test.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const verdictOf = (text: string) => classifier.check(text).verdict;
const flagged = (text: string) => ['suspicious', 'dangerous'].includes(verdictOf(text));
const codes = (text: string) => classifier.check(text).items.flatMap((i) => i.reasons.map((r) => r.code));

describe("a broadcast's scope over a semicolon list", () => {
  it.each([
    // a heading naming the items as tactics or signs
    ['高危信号要记牢：要你把钱转到个人账户或安全账户；让你装陌生App、开启屏幕共享；向你索要验证码和人脸视频。'],
    ['【某银行】以下话术都要当心：“您的账户涉嫌洗钱，请配合调查”；“请把钱转到安全账户”；“请开启屏幕共享”。'],
    ['Red flags to know: a caller asks you to move money to a safe account; a text asks you to read out your code; an agent asks you to share your screen.'],
    // a closing pointing back at the list and naming it fraud
    ['要你把钱转到安全账户；让你开启屏幕共享；向你索要验证码。遇到其中任何一条，请立即挂断报警。'],
  ])('%s stays unflagged', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it.each([
    // the same steps with no heading naming them tactics, or a closing that keeps them secret: a scam's list
    ['办理步骤：下载会议软件；开启屏幕共享；把验证码报给我。'],
    ['下载会议软件；开启屏幕共享；把验证码报给我。以上操作请勿告诉他人。'],
    // a warning header borrowed before the scam's own list
    ['反诈提醒：您的账户涉嫌洗钱；需要您配合调查；把资金转到安全账户核查。'],
    // an item turning to the reader with a request of its own under a heading that names a script
    ['客服话术：您的订单异常；需要退款；请把验证码发给专员核对。'],
  ])('%s stays flagged', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it('a tactic sorted into "don\'t believe it" is described ("…的不要信")', () => {
    expect(flagged('贷款先交钱的不要信；刷单要先垫付的不要信；自称公检法要你转账的不要信。')).toBe(false);
    expect(flagged('网上贷款要先交保证金，交了才能放款，转到以下账户。')).toBe(true);
  });
});

describe('a sentence going on with the tactic the last one told', () => {
  it.each([
    ['【某派出所】近期冒充客服诈骗高发。对方会说您的快递丢失，可以双倍赔偿。随后让您扫码进入理赔页面，填写银行卡号和验证码。'],
    ['警方提醒：网络贷款诈骗的套路是这样的。先让你下载一个贷款App，再说你的银行卡号填错了，账户被冻结。然后要求你交解冻金。'],
  ])('%s stays unflagged', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it.each([
    // a warning borrowed, then the scam's own next step addressed to the reader
    ['谨防诈骗。然后把验证码发给专员核对。'],
    ['为了您的资金安全，谨防上当。接着请把资金转到安全账户。'],
    // a request of its own after the connective's clause
    ['谨防冒充客服诈骗。随后让您下载App，请立即安装并开启屏幕共享。'],
  ])('%s stays flagged', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('an official app or platform as the place to pay', () => {
  it.each([
    ['Police notice: you have a traffic fine of $150. Pay the fine via the official police app within 15 days.'],
    ['Court notice: your filing fee of $60 is due. Pay it in the official court app or at the counter.'],
    ['【某市税务局】您有一笔房产税待缴纳，请登录个人所得税App或电子税务局缴纳。'],
  ])('%s stays unflagged', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it.each([
    // the fine paid at a link, a crime to clear, a fee only a fake lender asks for
    ['Police: you have an unpaid fine. Pay the fine at http://police-fine.top within 24h.'],
    ['【公安局】你涉嫌洗钱，请在App内缴纳保证金配合调查。'],
    ['【某贷】您的借款需要先在App内缴纳会员费才能放款。'],
    ['【某税务局】您有一笔税款待缴纳，请扫描下方二维码缴纳。'],
  ])('%s stays flagged', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('the number printed on the card, and papers carried in person', () => {
  it.each([
    ['Card alert: a payment of $310 looks unusual. Please call the number on the back of your card to confirm it.'],
    // (the second reaches the next sentence: a pair of clauses is excepted by what it holds)
    ['Your parcel is ready to collect at the local depot. Bring this card or photo ID.'],
  ])('%s stays unflagged', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it.each([
    ['Please confirm your card number and the three digits on the back of your card so we can unblock it.'],
    ['请把银行卡号和卡背面的三位数报给我核对。'],
  ])('%s stays flagged', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('a call the sender announces from its own line', () => {
  it('a sender saying it will call from its 400 line reports no caller ID', () => {
    const text = '【某物业】您的报修已受理，维修人员将在今天下午通过400-000-1234与您联系，请留意来电。';
    expect(codes(text)).not.toContain('CALL_FROM_INBOUND_LINE');
  });

  it('a 400 number the reader says called them is still an inbound line calling out', () => {
    expect(codes('刚才400-000-1234打来电话，说我的贷款要注销')).toContain('CALL_FROM_INBOUND_LINE');
    expect(codes('我接到一个400-000-1234的来电，说要给我退款')).toContain('CALL_FROM_INBOUND_LINE');
  });
});
