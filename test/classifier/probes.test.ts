// Probe lines for generalisation, written in our own words from public police and regulator warnings — never from the
// field corpus. Sources: 济宁市反诈中心 notice of 2021-12-01 (支付宝“学生账户转成人账户”, 认证对接账户); 太原工业学院
// 保卫处 “八个凡是”; 台州网警 on 注销大学生账户 via 腾讯会议; 银川 police (2023-01) on 微粒贷“卡号填错、资金冻结、交钱解冻”;
// public explainers of the 卡号错误/解冻金/保证金 loan scam; 安顺学院保卫处 warnings (欠费、冒充熟人); UK bank and
// Take Five advice on safe accounts and smishing. Each line is checked by the whole classifier: scams must be flagged
// (requests dangerous), genuine notices and broadcasts that name the same tactics must not be.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';
import { PROBES_NOTICES, PROBES_OTHER_WORDS } from './genuine-table.ts';

const verdict = (text: string) => classifier.check(text).verdict;

describe('scams in wording no rule was written for', () => {
  it.each([
    '你好，我是支付宝客服，你的账户还是学生账户，按规定要转成成人账户，不然影响征信，需要先把花呗额度借出来转到认证对接账户走一遍流水',
    '您好，您大学期间开通的学生账号一直没有注销，今天不处理征信会受影响，请下载腾讯会议，我们一步步教你操作',
    '你的借款因为银行卡号填错一位已被系统冻结，需要先交借款金额的20%作为解冻金，交完马上重新放款',
    '系统显示您的卡号有误，资金已冻结，请在半小时内缴纳5000元保证金，否则视为骗贷并起诉',
    '这里是金融监管局，你的资金涉嫌洗钱，请把卡里所有的钱转到我们提供的账户接受清查',
    '我是公安局民警，你名下的银行卡涉嫌一起案件，需要开通网银接受检查，把收到的验证码告诉我',
    '你好，你的快递丢了，我们按三倍理赔，扫一下这个二维码填写信息领取赔偿',
    '你误开通了我们的会员服务，每月自动扣费800元，需要配合取消，先在备用金里借出来转到我们的退款账户',
    '兼职做任务，每单返佣金10%，先垫付本金，完成三单立即返还',
    '妈，我换手机号了，这是我新微信，急需2000块交学费，你先转给我',
    '我们这边是反诈中心的，你被骗的钱已经追回来了，需要先交10%的手续费才能退给你',
    '请把收到的那串6位数字念给我，我帮你把账户解冻',
    '你的征信有逾期记录，我们有内部渠道可以帮你删除，先付2000元服务费',
    '你的账户存在异常登录，请下载这个远程协助软件，我们帮你检测',
    '請把銀行卡裡的錢全部轉到安全帳戶，配合調查',
    '先转1元到这个卡号，验证一下你的银行卡是否正常',
    '逾期案件处理中心：你的欠款已移交司法程序，今天扫码缴纳调解费可以撤诉',
    'Your parcel is held at our depot. A redelivery fee of $1.99 is due: pay it within 24 hours at redelivery-post.top or it will be returned.',
    'This is the fraud team at your bank. Your savings are at risk; move them to the secure account we give you today.',
    '稍后会有一条带数字的短信，收到后把里面的数字报给我，我帮你登记',
    '你手机上刚收到的那几个数，读一下给我核对',
    '你的账号被冒用，马上用微信扫我发的码完成验证',
    '你先在京东金条借5万，转到我们给你的卡上，证明你有还款能力后一起退给你',
    'Your Apple ID has been locked for security reasons. Confirm your card details within 24 hours to restore access.',
    'HMRC: You are due a tax refund of £326.40. Submit your bank details to receive it.',
    'Netflix: your payment was declined. Update your billing information now to avoid suspension.',
    'Your bank: we detected suspicious activity. To protect your funds, transfer your balance to the new account we set up for you.',
    '我们是公安局刑侦支队的，你的身份证被人冒用开了银行卡，现在需要你到宾馆开个房间单独配合调查',
    '你好，我是你们学校的辅导员，学校有一笔助学金，需要你提供银行卡号和验证码领取',
    '亲，我是你领导，我在开会不方便接电话，你先帮我给这个账户转5万，回头给你',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });

  it.each([
    '加一下我的企业微信，后续由专属客服一对一帮你处理提额',
    '我是安心借的客服小李，你这笔借款有些问题，不要告诉家人，等我电话',
    '我们官方的新客服微信是 anxin_kf88，以后有问题直接加这个',
    '这是我们公司新的官方网站，旧的已经停用了，登录后重新绑卡',
    '您的医保卡被冻结了，需要联系医保局工作人员处理，电话转接中，请不要挂断',
    '您的快递因地址不详被退回，请添加客服微信处理理赔',
    // Taiwan 165 and bank warnings on fake "official" LINE / WhatsApp support channels
    '您好，这里是官方LINE客服，App内客服今天维护，有问题都在这里帮您处理',
  ])('an opener is at least suspicious: %s', (text) => {
    expect(['suspicious', 'dangerous']).toContain(verdict(text));
  });
});

describe('genuine notices and broadcasts that name the same tactics', () => {
  it.each(PROBES_NOTICES)('%s', (text) => {
    expect(['unknown', 'official']).toContain(verdict(text));
  });
});

// The request said in other words (session 8), each written from a public warning on the tactic, never from the
// corpus: 吉安 and 哈尔滨 police and 广发银行惠州分行 on 帮信罪 / "两卡" (renting, lending or selling bank and phone cards,
// "帮忙走账"); 宁夏法治报 2025-06-11 and 天津反诈 on screen sharing and letting the caller operate the phone; 义乌 police
// on moving savings to a newly opened card "for the investigation"; bank-impersonation OTP write-ups (reading back a
// code "sent to your phone"); fake-lender guarantee fees paid in cash.
describe('the request said in other words', () => {
  it.each([
    '暑期兼职：把你名下的银行卡借给我们公司走几天账，一天给你300，卡用完就还你',
    '高价收购手机卡、银行卡，出租一张一天500元，躺着赚钱，有意私聊',
    '兄弟急用，把你的卡借我收笔钱，明天就还你，给你200辛苦费',
    '我们是公安局的，你涉嫌洗钱，按要求新办一张银行卡，把名下存款都转到新办的银行卡里接受审查',
    '您好，我是平台客服，关闭会员需要您在视频会议里共享桌面，我们远程协作帮您操作',
    '客服说帮我关掉扣费，让我同意他操控手机，你先别挂',
    'This is the fraud team at your bank. We are sending a reset code to your phone now; read me the code on your screen so we can block the payment.',
    'This is your loan officer. Your loan is approved; please bring the 3,000 dollar guarantee fee in cash to our office tomorrow.',
    'Hi, this is AnxinLoan support. To finish your repayment today please pay through the link I will send here.',
    // HKMA and Malaysian bank warnings on malware: an app from an SMS link that asks to read your messages
    '您的网银需要升级，请点击链接下载安装新版客户端：bank-secure.top/app',
    'To keep receiving payments, install our helper app and allow it to read your SMS.',
    // carrier and police warnings on 呼叫转移 scams
    '您的号码存在异常，为保障账户安全，请立即开启呼叫转移到我们的安全专线，由我们代为接听银行来电',
    // 义乌 / 上海 police on the cash and gold variant of the safe-account script
    // an account number given to pay into is someone's account (police warnings on fake debt collection)
    '【某某金融法务部】您的欠款已逾期，今日内将欠款转至清收账户 6222 0212 3456 7890 123 可免于起诉。',
    // "never mind what it says" is the lever, not a negation (OTP write-ups: the code is asked for as "just a text")
    '等会你会收到一条短信 别管内容 直接截图发我就行',
    // UK courier-fraud and bank warnings: cards and PINs handed over in an envelope; online banking logins asked for
    '我是银行安全部的，您的卡已被复制，请把卡和密码写在纸上装进信封，交给我们上门的同事。',
    'We detected a data breach affecting your account. Confirm your online banking login at the secure page to keep it open.',
    // police warnings on fake collectors: repay by scanning the caller's own payment code, not in the app
    '我是平台委托的催收，欠款今天必须还，不用走App了，直接扫我这个收款码，还完给你销账。',
    '我是检察院的，你的资金需要核查，把存款取成现金买金条，我们派同事上门收取保管，查清后退还',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });

  it.each(PROBES_OTHER_WORDS)('%s', (text) => {
    expect(['unknown', 'official']).toContain(verdict(text));
  });
});
