// Common forms of genuine notifications and of scams, written from general knowledge of each kind (not from the
// field corpus): genuine ones are never flagged, scams always are. A guard for the rules' reach in both directions.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';
import { FORMS_GENUINE } from './genuine-table.ts';

const SCAMS = [
  '您好，我是XX金融客服，您之前开通的学生账户现在需要注销，不然会影响征信',
  '你的快递丢了，我们按三倍赔偿，请加客服QQ 123456789',
  '我是银行工作人员，你的卡被盗刷了，把卡号和有效期报一下',
  '恭喜您获得免息借款资格，先交500元保证金即可放款',
  '您的微信账户涉嫌违规，请点击 wx-jiefeng.top 解封',
  '【ETC】您的ETC已失效，请登录 etc-renew.cc 重新认证',
  '兼职招聘：在家抖音点赞，一单3元，日结，加V：abc123',
  '宝贝我手机掉水里了，这是新号，急用钱，先给我转2000',
  '网警提醒您的账户涉嫌诈骗已被冻结，需缴纳保证金解冻',
  '请把你手机收到的那串数字发给我一下',
  '我们是国家反诈中心，你的银行卡涉及一起洗钱案，需要你把资金转入国家安全账户',
  'Your Apple ID has been locked. Verify at apple-id-verify.top within 24 hours.',
  'Hi Mum, I lost my phone, this is my new number. Can you send me £300 for rent today?',
  "Congratulations! You've been selected for a $1000 gift card. Claim here: bit.ly/3abc",
  'Your bank account is suspended. Call us back on +44 7700 900123 immediately.',
  '我是抖音客服，您开通了直播会员，每月扣800元，需要关闭请下载会议软件，我指导你操作',
  '您好，您的征信有逾期记录，我们可以帮您处理，费用2000',
  '亲，你在我们店买的衣服质量有问题，给你退款，请提供支付宝账号和验证码',
  '需要您先在微粒贷借出5万，再转到我们的验证账户，验证完退回',
  '我这边有内部渠道可以提额，手续费好说',
  '您的账户因操作异常已被冻结，请联系客服 17012345678 解冻',
  '我是安心借的客服，您的借款资料有误，需要重新认证，请把身份证照片发给我',
  '這邊是安心借客服，您的額度已凍結，需要繳納解凍金才可以提現',
  'Your loan has been approved! To release the funds, please pay a one-time insurance fee of $99 first.',
];

describe('genuine notifications are not flagged', () => {
  it.each(FORMS_GENUINE)('%s', (input) => {
    expect(['official', 'unknown']).toContain(classifier.check(input).verdict);
  });
});

describe('scams are flagged', () => {
  it.each(SCAMS)('%s', (input) => {
    expect(['suspicious', 'dangerous']).toContain(classifier.check(input).verdict);
  });
});
