// Session 18's scam mechanisms (content/scam-phrases.yaml; src/classifier/sender-domain.ts): a link built from the
// sender's name with hyphens of its own, a change undone at a link, money "sent by mistake" to send back, the
// relative's new-number opener and a payment to a stranger's account, a prize that waits on a fee, and the
// fake officer's "pay to clear your name". Texts written for this test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { isSendersOwn, senderNames } from '../../src/classifier/sender-domain.ts';
import { loadBrand } from '../../src/content/brand.ts';

const root = join(import.meta.dirname, '../..');
const classifier = createClassifier(root, loadBrand(join(root, 'content/brand.yaml')));
const verdict = (text: string) => classifier.check(text, { locale: 'en' }).verdict;

describe('a link built from the name the message is signed with', () => {
  it('is not the sender’s own site when the label adds hyphens the name does not write', () => {
    const [name] = senderNames('River Bridge Tolls: your balance is due');
    expect(isSendersOwn('riverbridgetolls', [name!])).toBe(true);
    expect(isSendersOwn('riverbridge-tolls', [name!])).toBe(false);
    expect(isSendersOwn('t-mobile', senderNames('T-Mobile: your bill is ready'))).toBe(true);
  });

  it('so a fee asked at it is a request at a link that is not official', () => {
    expect(verdict('River Bridge Tolls: an unpaid crossing of $4.20 is on file. Pay by Friday to avoid a penalty: riverbridge-tolls.info/pay')).toBe('dangerous');
  });
});

describe('a change the reader did not make, undone at a link', () => {
  it('is a request at the link', () => {
    expect(verdict('Streamly: your plan was changed today. Not you? Cancel it here: streamly-plan-check.net')).toBe('dangerous');
  });

  it('the same notice sending the reader to the app is no request at a link', () => {
    expect(verdict('Streamly: your plan was changed today. Not you? Cancel it in the app.')).not.toBe('dangerous');
  });
});

describe('money "sent by mistake", to send back', () => {
  it('is dangerous whoever asks it back', () => {
    expect(verdict('Sorry, I accidentally sent 40,000 to your wallet. Please send it back to my number 0770 555 214 today.')).toBe('dangerous');
    expect(verdict('A payment of 900 was transferred to you in error. Kindly refund it to the following account before noon.')).toBe('dangerous');
  });

  it('a warning about the trick is not the trick', () => {
    expect(verdict('If someone says they sent money to you by mistake and asks you to send it back, do not reply: it is a scam. Call your bank.')).not.toBe('dangerous');
  });
});

describe('a relative on a new number', () => {
  it('the opener alone is suspicious', () => {
    expect(verdict('Hey mom, this is my new number, the old phone got stolen. Save this one please.')).toBe('suspicious');
  });

  it('money for a third party’s account is dangerous', () => {
    expect(verdict('Dad, could you quickly transfer 950 to this account for me? My banking app is locked, I will pay you back.')).toBe('dangerous');
  });

  it('a lawyer collecting bail money is dangerous', () => {
    expect(verdict('Grandpa, please help. My lawyer will phone you about the bail money, it has to be in cash.')).toBe('dangerous');
  });
});

describe('fees that buy a prize or an officer’s silence', () => {
  it('a prize with a fee to pay first is dangerous', () => {
    expect(verdict('You won a laptop in our anniversary draw! Just pay the 15 dollar delivery fee by card to receive it.')).toBe('dangerous');
  });

  it('paying to clear your name, or a settlement against a summons, is dangerous', () => {
    expect(verdict('Cyber cell officer: your ID is in a smuggling case. Transfer the verification amount to clear your name today.')).toBe('dangerous');
    expect(verdict('Your number is in a fraud case. Pay the settlement through the app we send, or you will be summoned to court.')).toBe('dangerous');
  });
});

describe('the bank app, an ATM or the phone worked on the caller’s word', () => {
  const zh = (text: string) => classifier.check(text, { locale: 'zh' }).verdict;

  it('an ATM or online banking "as I instruct" is dangerous', () => {
    expect(zh('商城客服：买家付款失败，需要您依我指示到ATM完成“认证”。')).toBe('dangerous');
    expect(zh('请先在手机银行把转账额度调高，再按我们的指引完成验证。')).toBe('dangerous');
  });

  it('a sign-in name and password handed over is dangerous', () => {
    expect(zh('为了加快处理，请回复您的网银登录账号和密码给专员。')).toBe('dangerous');
  });

  it('cash collected at the door, or an ATM visit with the phone, is dangerous', () => {
    expect(zh('为了保护你的资金，明天会有工作人员上门把你的现金取走代为保管。')).toBe('dangerous');
    expect(zh('补贴今天到期，请带上手机去附近的ATM，到了以后再打给我。')).toBe('dangerous');
    expect(verdict('An officer will come by this evening to collect your cash and keep it safe during the inquiry.')).toBe('dangerous');
    expect(verdict('To finish the reversal, hand your phone to the agent at the counter and I will guide him.')).toBe('dangerous');
  });

  it('a department passing the case on to the police is suspicious at least', () => {
    expect(zh('市政署：你的电话号码涉及违法讯息，现转介司法警察局跟进，请保持电话畅通。')).toMatch(/suspicious|dangerous/);
  });

  it('a reply asked on iMessage is a move to a private chat', () => {
    expect(verdict('Your parcel is on hold. Reply to this iMessage account with your address to release it.')).toMatch(/suspicious|dangerous/);
  });
});

describe('a scam that denies being one, and links asked in other words', () => {
  it('"this is not a scam" is no warning', () => {
    expect(verdict('This is not a scam, I am really from your bank. Move your savings to the holding account I give you today.')).toBe('dangerous');
    expect(classifier.check('这不是诈骗，我是银行的风控专员，请把存款转到我给你的安全账户。', { locale: 'zh' }).verdict).toBe('dangerous');
  });

  it('"this is a scam" still warns', () => {
    expect(verdict('If a caller asks you to move your savings to a holding account, that is a scam. Hang up.')).not.toBe('dangerous');
  });

  it('KYC linked at a link, a payment arranged at one, and reply-then-copy are requests at the link', () => {
    expect(verdict('Your mobile wallet stops tomorrow: update your KYC here: wallet-kyc-renew.net')).toBe('dangerous');
    expect(verdict('Reminder: an unpaid parking charge is overdue. Please make a payment today via parking-notice-pay.info')).toBe('dangerous');
    expect(verdict('Your pension record needs renewing. Reply Y, then copy the link into your browser: pension-renew-now.org')).toBe('dangerous');
  });

  it('an app said not to be in the store yet is no store download', () => {
    expect(verdict('Install our new secure banking app from safe-bank-app.net; it is not available on the app store yet.')).toBe('dangerous');
  });

  it('paying to avoid a summons is dangerous', () => {
    expect(verdict('Tax office: you owe 2,300. Pay today to avoid a court summons.')).toBe('dangerous');
  });
});

describe('the caller’s levers are not warnings', () => {
  it('"don’t tell Mom" and "do not leave the video call" keep the request dangerous', () => {
    expect(verdict('Grandpa, it is me. I am in trouble with the police, please don’t tell Mom. Send 3,000 to this account today.')).toBe('dangerous');
    expect(verdict('Customs officer: do not leave the video call or tell your family. Transfer the verification amount to clear your name.')).toBe('dangerous');
  });

  it('an accusation that the reader’s number is linked to a scam is said of the reader', () => {
    expect(verdict('Cyber police: your number is linked to a scam ring. Pay the clearance fee today or we will file charges.')).toBe('dangerous');
  });
});

describe('steps on the caller’s word, set-up purchases and an official line said to be out of date', () => {
  const zh = (text: string) => classifier.check(text, { locale: 'zh' }).verdict;

  it('a transfer "as instructed" is dangerous', () => {
    expect(zh('卖场客服：您的款项被冻结，请按指示用手机银行转账完成验证。')).toBe('dangerous');
  });

  it('a purchase set up wrongly, or the official line said to be out of date, is suspicious at least', () => {
    expect(zh('您好，您上周的订单被商家误设成分期付款，稍后会有专员联系您。')).toMatch(/suspicious|dangerous/);
    expect(zh('官网电话一直打不通，有问题直接找我这个专员号码就行。')).toMatch(/suspicious|dangerous/);
    expect(verdict('Tax desk: call our new line 020 555 0188 about your fine. The number on the website is out of date.')).toMatch(
      /suspicious|dangerous/,
    );
  });
});
