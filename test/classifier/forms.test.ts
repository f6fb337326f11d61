// Common forms of genuine notifications and of scams, written from general knowledge of each kind (not from the
// field corpus): genuine ones are never flagged, scams always are. A guard for the rules' reach in both directions.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const GENUINE = [
  '【工商银行】您尾号1234的卡11月29日14:32转入人民币5,000.00元，余额12,345.67元。',
  '【招商银行】您的信用卡本期账单已出，应还¥3,210.50，最后还款日12月10日。请存入足额资金到还款卡。',
  '【中国移动】您本月话费账单已出：58.00元。详情登录中国移动App查询。',
  '【顺丰速运】您的快件SF1234567890123已由驿站代收，取件码 8-3-1234，地址：XX小区菜鸟驿站。',
  '【支付宝】您的花呗本月应还1,024.00元，将于12月10日自动扣款。',
  '【淘宝】您的订单已发货，物流单号 YT1234567890123。',
  '【京东】您的退款128.00元已原路退回，预计1-3个工作日到账。',
  '【腾讯会议】张三邀请您参加会议，会议号：123-456-789，会议时间 2026/12/01 14:00-15:00，点击链接入会 https://meeting.tencent.com/dm/abc123',
  '【12306】您已购12月1日G123次列车，检票口A5，请携带身份证乘车。',
  '【微信支付】您的账户已成功向XX超市付款45.50元。',
  '【国家反诈中心】提醒您：刷单返利都是诈骗，凡是要求先垫付的都是骗子。',
  '【XX银行】验证码：583920，您正在进行转账操作，转账金额1,000.00元，请勿泄露验证码。',
  '【XX银行】您正在绑定新设备，验证码123456。如非本人操作，请致电95588。',
  'Your Amazon order #123-4567890-1234567 has shipped. Track at amazon.com/orders.',
  '【美团】您的外卖订单已送达，如有问题请联系骑手 138 1234 5678。',
  '【社保局】您的社保卡已制作完成，请携带身份证到XX服务网点领取。',
  '【滴滴出行】您的行程费用32.50元已支付。',
  '【XX银行】您的信用卡额度已调整为50,000元，详询95588。',
  '【中国联通】您已成功充值100元，当前余额128.36元。',
  'Hi team, the Zoom link for tomorrow: https://zoom.us/j/84512345678 Meeting ID: 845 1234 5678 Passcode: 123456',
  '温馨提示：您的借款将于12月5日到期，请及时还款，可在App内操作。',
  '【XX法院】您有一份诉讼文书，请登录人民法院在线服务平台查看，案号(2026)沪0101民初12345号。',
  '【微信】您正在登录网页版微信，验证码 4821，请勿告诉他人。',
  '【XX快递】您的包裹因地址不详暂存网点，请联系快递员 13912345678 确认地址。',
  '【XX大学】请同学们于12月1日前在学校官网提交奖学金申请材料。',
  '【安心借】您的借款已打到您尾号1234的银行卡，请查收。客服400-000-0000',
  '【XX银行】您的账户于11月29日存入工资8,500.00元。',
  'Your package is out for delivery today between 2pm and 6pm. Tracking 1Z999AA10123456784.',
  'Reminder: your dentist appointment is Dec 2 at 10:15. Call 010-8765-4321 to change it.',
  '【中国电信】尊敬的客户，您的宽带将于12月31日到期，续费请登录电信营业厅App或拨打10000。',
  '【XX银行】您的借记卡将于2026年12月到期，新卡已寄出，请在手机银行激活。',
  '【国家反诈中心】如果有人让你下载会议软件开启屏幕共享，请立即挂断。',
  '【平安保险】您的车险将于12月15日到期，续保请联系您的专属顾问或拨打95511。',
  '【XX医院】您预约的门诊已取消，退款将原路退回至支付账户。',
  '【拼多多】您的订单已签收，如对商品不满意可在App内申请退款。',
  '【XX银行】温馨提示：银保监会已更名为国家金融监督管理总局，投诉请拨12378。',
  '国家金融监督管理总局（原银保监会）提醒：理性借贷，按时还款。',
  '【顺丰速运】您的快递丢失，我们将按保价规则赔偿，请在顺丰App内申请理赔。',
  '【东方航空】您的航班MU5101因天气原因延误，可在东航App内申请延误补偿。',
  '【XX银行】您的信用卡已激活，首次消费可享优惠，详情请登录手机银行查看。',
  '【XX证券】您的资金账户已转入10,000.00元，请登录交易软件查看。',
];

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
  it.each(GENUINE)('%s', (input) => {
    expect(['official', 'unknown']).toContain(classifier.check(input).verdict);
  });
});

describe('scams are flagged', () => {
  it.each(SCAMS)('%s', (input) => {
    expect(['suspicious', 'dangerous']).toContain(classifier.check(input).verdict);
  });
});
