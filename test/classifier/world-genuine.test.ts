// Genuine forms the third probe table (genuine-probes-world.tsv) showed flagged, each read by the mechanism that
// clears it, beside a scam that mechanism must leave flagged. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { isSendersOwn, senderNames } from '../../src/classifier/sender-domain.ts';
import { classifier } from '../helpers/content.ts';

const verdictOf = (text: string) => classifier.check(text).verdict;
const flagged = (text: string) => ['suspicious', 'dangerous'].includes(verdictOf(text));

describe('genuine text from the world stays unflagged, the scams beside it do not', () => {
  it.each([
    // a scam told of someone else
    ['姐，我同事上周被人冒充领导加微信骗了三万，你们公司也提醒一下。', '被骗了别着急，先交10%服务费，我帮你把钱追回来，加微信详聊。'],
    ['奶奶，电视上说骗子打电话让老人把养老钱转到安全账户，还要先交保证金，公安不会这样。', '我是公安局的，你涉嫌洗钱，马上把存款转到安全账户配合调查。'],
    ['爷爷，假警察会说你涉嫌洗钱，真警察从来不打电话要钱。', '我是派出所民警，你涉嫌洗钱，今天必须把钱转到安全账户，不要告诉家人。'],
    ['Dad, I read that people pretending to be police ask old people to move money to a safe account. Just hang up.', 'Police here. Move your savings to the safe account we opened for you today.'],
    // a code the reader is told to keep
    ['记住三件事：陌生链接不点，验证码不告诉任何人，转账前先打电话核实。', '我是银行客服，把刚收到的验证码告诉我，帮你解除风险。'],
    // what a caller knows proves nothing
    ['对方能报出您的姓名和身份证号，不代表他就是民警。', '我们能说出您的身份证号，说明我们是真的客服，请把验证码发我。'],
    // an object told never to install
    ['陌生人通过短信、微信发来的安装包一律不要装。', '请下载这个安装包，安装后按我说的操作：http://app-loan.top/a.apk'],
    // a message or caller described
    ['A caller says your bank account is compromised and asks you to install a remote app. Hang up.', 'Your bank account is compromised. Install AnyDesk now so our agent can secure it.'],
    // a kind of scam in quotation marks
    ['要求你先交“解冻费”才能放款的，都是“贷款解冻”骗局。', '您的贷款已冻结，先交解冻费2000元才能放款，转到以下账户。'],
    // a date is no deadline
    ['【某区人民法院】您的案件已于今日结案，请登录人民法院在线服务查看文书。', '今天下午5点前把3000元转到专员个人账户，否则明天上门并通知你家人。'],
    // a bank's anti-money-laundering rule, an ID's validity
    ['【某银行】根据反洗钱要求，请在手机银行内更新证件有效期，逾期将限制非柜面交易。', '您的账户涉嫌洗钱，请配合调查，把资金转入安全账户。'],
    // a message received, and what to do with it
    ['收到“账户异常，点击链接解冻”的短信，请直接删除。', '您的账户异常，点击链接解冻：http://bank-unfreeze.top'],
    // not the real one
    ['快递理赔一律原路退回，要你扫码填银行卡号的，不是真客服。', '快递丢失理赔，请扫码填写银行卡号和验证码领取赔偿：http://kd-pay.top'],
    // a consequence in the passive
    ['一旦共享屏幕，你手机上收到的验证码、银行卡号都会被对方看见。', '请打开屏幕共享，把收到的验证码输入到页面上，我帮您操作。'],
    // a police header beside fraud words, whoever does it is 骗人 (a borrowed header without fraud words stays a scam's)
    ['公安提示：网上说能帮你刷流水提高贷款额度，要先交保证金的，都是骗人。', '国家反诈中心提醒：您的号码被标记为涉诈号码，请在24小时内点击 fzzx-check.top 申诉解除。'],
    // 将 before an announcing verb; 将 as 把
    ['【某通信】您上月多收的8元将返还到话费余额，无需操作。', '请将卡内资金转入我们指定的安全账户。'],
    // a claim already settled
    ['【某快递】您的快件因破损已理赔成功，赔偿30元将原路退回支付账户。', '您的快递丢失了，我们给您三倍理赔，请下载会议软件共享屏幕领取。'],
  ])('%s', (genuine, scam) => {
    expect(verdictOf(genuine)).toBe('unknown');
    expect(flagged(scam)).toBe(true);
  });

  it('an opening line with the sender’s own channel is the notice; alone it stays flagged', () => {
    const opener = '【某银行】您的账户存在异常登录，已为您临时冻结';
    expect(verdictOf(`${opener}，请本人到网点或在手机银行App内解除。`)).toBe('unknown');
    expect(flagged(`${opener}。`)).toBe(true);
  });
});

describe('the sender’s own site', () => {
  it('reads the names a message is signed with', () => {
    expect(senderNames('【12306】您的订单已支付')).toEqual(['12306']);
    expect(senderNames('Netflix: your invoice is ready')).toEqual(['netflix']);
    expect(senderNames('您的订单已支付')).toEqual([]);
  });

  it('is the registrable domain named as the sender, not a lookalike', () => {
    expect(isSendersOwn('netflix', ['netflix'])).toBe(true);
    expect(isSendersOwn('netflix-billing', ['netflix'])).toBe(false);
    expect(isSendersOwn('netflix', [])).toBe(false);
  });

  it('a link to it carries no scam request; another site does', () => {
    const own = classifier.check('【12306】您的候补订单已兑现，请登录 https://www.12306.cn 查看并支付，30分钟内未支付将自动取消。');
    expect(own.verdict).toBe('unknown');
    expect(own.items[0]!.reasons.map((r) => r.code)).not.toContain('SCAM_REQUEST_WITH_LINK');
    const other = classifier.check('【12306】您的候补订单已兑现，请登录 https://www.12306-pay.top 查看并支付，30分钟内未支付将自动取消。');
    expect(other.verdict).toBe('dangerous');
  });
});
