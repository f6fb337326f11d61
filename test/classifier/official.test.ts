// `official` is earned by contacts AND by asking nothing outside the genuine channel: an official number quoted in a
// scam, or a public line as its signature, does not make its request genuine (check.ts, concepts.ts asksAction).
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';
import { unlistedContact } from '../../src/classifier/message-signals.ts';
import { OFFICIAL_ASKS_NOTHING, OFFICIAL_OWN_CHANNEL } from './genuine-table.ts';

const verdict = (text: string) => classifier.check(text).verdict;

describe('a message with only official contacts', () => {
  it.each([
    '【96110】您已被列入涉诈名单，请回复“1”并下载“反诈备案”App完成解除，否则名下银行卡将被停用。',
    '安心借客服热线400-000-0000已将您转给专员，请下载“安心借极速版”完成身份核验。',
    '官方客服 400-000-0000 提醒您：请扫描下方二维码完成账户核验。',
    '【安心借】您的资料需要补充，客服 400-000-0000，请把身份证正反面拍照发给专员。',
    // a reason only a scammer gives, the official hotline quoted to discredit it
    '这个是内部通道，您打400-000-0000问客服的话他们不知道，一切以我这边为准。',
  ])('is not official when it asks for an action or gives a scammer’s reason: %s', (text) => {
    expect(verdict(text)).not.toBe('official');
  });

  it.each(OFFICIAL_ASKS_NOTHING)('is official when it asks nothing, or asks through the app: %s', (text) => {
    expect(verdict(text)).toBe('official');
  });
});

// Ways a scam could borrow the voucher, each closed by design (written from police warnings on fake customer
// service: a warning or the real hotline quoted first, then a move to a private chat, secrecy from the family).
describe('official is not borrowed', () => {
  const reasonCodes = (text: string) => (classifier.check(text).reasons ?? []).map((r) => r.code);

  it.each([
    // two warnings borrowed before the request: a broadcast's form, still asking outside its warnings
    ['【安心借】谨防诈骗，请认准官方客服400-000-0000。您的账户存在异常，请按专员指引扫描二维码完成核验。', 'OFFICIAL_CONTACTS_WITH_REQUEST'],
    // the app named in one sentence, the request made in another
    ['【安心借】请在App内查看本期账单。另外请下载“安心借极速版”完成身份核验。客服热线400-000-0000', 'OFFICIAL_CONTACTS_WITH_REQUEST'],
    // a chat id or e-mail address the brand does not list, beside the official hotline
    ['【安心借】您的资料审核未完成，相关材料请发送至 review@anxin-loan-help.com，客服热线400-000-0000', 'UNLISTED_CONTACT'],
    ['[AnxinLoan] Your account manager is now on Telegram: @axj_manager. Hotline 400-000-0000', 'UNLISTED_CONTACT'],
    // something sent to the sender personally, whatever it is called
    ['【安心借】稍后您会收到一条系统通知，收到后截个图发我核对一下就行。客服热线400-000-0000', 'OFFICIAL_CONTACTS_WITH_REQUEST'],
  ])('%s is not official (%s)', (text, code) => {
    expect(verdict(text)).not.toBe('official');
    expect(reasonCodes(text)).toContain(code);
  });

  it('secrecy said politely ("请勿告诉家人") is the scammer’s lever, not a warning', () => {
    expect(verdict('【安心借】客服400-000-0000提醒：请勿告诉家人，按专员指示把资金转到指定账户。')).toBe('dangerous');
  });

  it.each(OFFICIAL_OWN_CHANNEL)('a notice asking through the app or giving the brand’s own address stays official: %s', (text) => {
    expect(verdict(text)).toBe('official');
  });
});

describe('unlistedContact', () => {
  const brand = classifier.context.brand;
  it.each(['顾问微信号：axj-vip-01', '加qq 2813306702', '详询vx：xy-8826', 'telegram: @axj_manager', '发到 review@anxin-loan-help.com'])(
    'reads a contact the brand does not list: %s',
    (text) => expect(unlistedContact(text, brand)).toBe(true),
  );
  it.each(['关注微信公众号 anxinjie 查看活动', '支持微信支付和支付宝', '邮件至 service@anxinjie.example', '已发送至您的邮箱'])(
    'not the brand’s own address, its account pages or a payment method: %s',
    (text) => expect(unlistedContact(text, brand)).toBe(false),
  );
});
