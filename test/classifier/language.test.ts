// Scam language that survives paraphrase (issue 10): one normalisation before matching, example requests per
// topic, and warnings counting against a verdict. Cases written from the issue, not from the field corpus.
import { describe, expect, it } from 'vitest';
import { normalizeMessage } from '../../src/classifier/normalize-message.ts';
import { TOPIC_IDS } from '../../src/content/topics.ts';
import { classifier } from '../helpers/content.ts';

const variants = classifier.context.language.variants;

describe('one normalisation before matching', () => {
  it.each([
    ['請 提 供 驗 證 碼', '请提供验证码'],
    ['验-证-码', '验证码'],
    ['把验正码发给我', '把验证码发给我'],
    ['加我薇信', '加我微信'],
    ['加V信', '加微信'],
    ['加我 vx 处理', '加我微信处理'],
    ['把 yanzhengma 发给我', '把验证码发给我'],
    ['ＱＱ：１２３', 'qq:123'],
    ['開啟螢幕分享', '开启屏幕共享'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeMessage(input, variants)).toBe(expected);
  });

  it('folds Latin variants only as whole words', () => {
    expect(normalizeMessage('wxyz vxlan', variants)).toBe('wxyz vxlan');
  });
});

const verdictOf = (input: string) => classifier.check(input);

describe('scams in other words are caught', () => {
  it.each([
    ['您的贷款需缴纳解冻金2000元后放款', 'upfront-fee'],
    ['先转1元验证银行卡', 'upfront-fee'],
    ['请将资金转入清算账户', 'safe-account'],
    ['去别的平台借款转过来', 'safe-account'],
    ['需要配合注销，不然影响征信', 'account-cancellation'],
    ['註銷校園貸帳戶，否則影響徵信', 'account-cancellation'],
    ['請開啟螢幕分享，我教你操作', 'screen-sharing'],
    ['请 提 供 验 证 码', 'verification-code'],
    ['把验正码发给我', 'verification-code'],
    ['把yanzhengma发给我', 'verification-code'],
    ['把收到的6位数字念给他', 'verification-code'],
    ['扫二维码还款', 'debt-collection-impersonation'],
    ['加我薇信处理', 'legit-contact'],
    ['客服V信：kefu888', 'legit-contact'],
    ['您的积分即将清零，请点击兑换', 'phishing-link'],
  ])('%s → %s', (input, topic) => {
    const r = verdictOf(input);
    expect(r.verdict).not.toBe('unknown');
    expect(r.phrases.map((p) => p.topic)).toContain(topic);
  });

  it('reports topics from the one topic table', () => {
    const r = verdictOf('把收到的6位数字念给他，再扫二维码还款，加我薇信');
    expect(r.phrases.length).toBeGreaterThanOrEqual(2);
    for (const p of r.phrases) expect(TOPIC_IDS).toContain(p.topic);
  });
});

describe('warnings and advice count against a scam verdict', () => {
  it.each([
    '凡是自称客服要求屏幕共享、转账到安全账户的都是诈骗',
    '反诈提醒：官方客服不会要求你提供验证码，切勿泄露',
    '请认准官方App，从应用商店下载安心借',
    '警方提醒：骗子冒充客服，称您的校园贷需要注销否则影响征信，谨防上当。',
    'Never share your code; scammers pose as customer service and ask you to share your screen.',
    '【安心借】您的验证码为482913，5分钟内有效，请勿告诉他人。',
    '您的额度已提升至50,000元',
    '腾讯会议邀请：会议号 123 456 789，时间 2024-05-01 14:00',
  ])('%s', (input) => {
    expect(verdictOf(input).verdict).toBe('unknown');
  });

  it('a request next to a warning sentence is still a request', () => {
    expect(verdictOf('请勿告诉他人。现在请把验证码发给我核实').verdict).toBe('dangerous');
  });

  it('downloading the app from its official site is not a fake-app request', () => {
    expect(verdictOf('下载官方App请访问 anxinjie.example').verdict).toBe('official');
    expect(verdictOf('请下载新版安装包 anxinjie-app.top/a.apk').verdict).toBe('dangerous');
  });
});
