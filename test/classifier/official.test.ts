// `official` is earned by contacts AND by asking nothing outside the genuine channel: an official number quoted in a
// scam, or a public line as its signature, does not make its request genuine (check.ts, concepts.ts asksAction).
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

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

  it.each([
    '【安心借】您本期应还1,256.38元，最后还款日12月10日，系统将自动扣款。客服热线400-000-0000',
    '【安心借】验证码 604117，切勿告诉任何人。如非本人操作请致电 400-000-0000。',
    '【安心借】您的额度已提升，请在App内查看。客服热线 400-000-0000',
    '[AnxinLoan] Official hotline 400-000-0000; from abroad +86-21-0000-0000.',
  ])('is official when it asks nothing, or asks through the app: %s', (text) => {
    expect(verdict(text)).toBe('official');
  });
});
