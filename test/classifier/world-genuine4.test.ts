// Session 17 (issue 10): genuine forms the READ group and the world tables (the sixth, genuine-probes-world4.tsv,
// among them) showed dangerous, each read by the mechanism that clears it, beside scams that mechanism must leave
// dangerous. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/classifier/check.ts';
import { sentenceWarns } from '../../src/classifier/scam-language.ts';
import { classifier } from '../helpers/content.ts';

const verdictOf = (text: string) => classifier.check(text).verdict;
/** The rules alone (no wording model): the mechanisms below are the rules'; the model may clear a line on its own. */
const rulesVerdict = (text: string) => check(text, { ...classifier.context, wording: undefined }).verdict;

describe('genuine rules, disowning notices, consequences, carriers\' fees, account numbers and retold asks stay unflagged', () => {
  it.each([
    // a group's rule forbidding posts (禁止发布 …) names what is banned, asks nothing
    ['本小区群规：禁止发布刷单、代购和贷款广告，发现一次直接移出。', '刷单日结，每单佣金10元，先垫付后返还，加我微信。'],
    // 禁止 before anything but posting or taking part is no negation: the fee asked after it stays
    ['本小区群规：禁止发布刷单、代购和贷款广告，发现一次直接移出。', '您的账户被禁止提现，需先缴纳5000元保证金才能解冻。'],
    // "messages asking you to …" (no article) describe a message; "… are not from us" disowns it
    ['Texts asking you to install an APK from a link are not from us.', 'Please install the APK our agent sends you on WhatsApp to keep your loan active.'],
    // money that cannot come back out once moved: the move's result told, not asked
    ['妈，派出所的民警说了，那个投资平台是假的，钱转进去提不出来。', '转进去的钱提不出来，需要先缴纳解冻费才能提现。'],
    ['阿姨，警察讲那种“导师”带的平台，钱充进去就取不出来。', '把钱转进这个账户，验证完才能提现，今天必须办。'],
    // a carrier's fee paid where the carrier takes it (to the postman at delivery, by the card it left)
    [
      'Customs: a duty fee of GBP 11.40 is due on your parcel. We have left a card; pay the fee to the postman at delivery.',
      'Customs fee of USD 30 must be paid before release of your loan funds at the counter.',
    ],
  ])('%s | beside: %s', (genuine, scam) => {
    expect(verdictOf(genuine)).toBe('unknown');
    expect(verdictOf(scam)).toBe('dangerous');
  });

  it('a customs fee asked at a link stays dangerous, whatever counter the notice names', () => {
    const r = classifier.check('Your parcel is held. A customs fee of £2.99 is due. Pay the fee at royalmail-fees.com within 24 hours.');
    expect(r.verdict).toBe('dangerous');
  });

  it('an account number after an account label of another language is no number to call; the same digits to call are', () => {
    expect(classifier.check('ACB: STK 0091234567890 +2,000,000VND luc 02-12. SD 9,100,000VND.').items).toEqual([]);
    expect(classifier.check('Please call 0091234567890 now about your account.').verdict).toBe('dangerous');
  });

  it('"if someone … asks for the code" describes the caller; a code asked for is still dangerous', () => {
    expect(verdictOf("If someone says they're from your bank and asks for the code, just end the call and tell me.")).toBe('unknown');
    expect(verdictOf('Please send me the code you just received so I can verify your account.')).toBe('dangerous');
  });
});

describe('the rules alone: a claim a warning describes, a refund checked by the reader, a notice needing nothing, travel', () => {
  it.each([
    // "自称客服的人" inside a warning tells of someone else: no claimed role
    ['【安心借】如果你已经把钱转给了自称客服的人，请马上拨打110报警，并致电400-000-0000冻结账户。', '我是安心借客服，你的账户异常，马上把钱转到我给你的账户。'],
    // the reader checking a refund on their own at the office's site
    [
      'Tax office reminder: we never text refund offers. Check your refund yourself at the official site gov.example/refund.',
      'Your tax refund is ready. Confirm your card at gov-refund.example/claim to transfer the refund today.',
    ],
    // a notice saying the reader need do nothing asks nothing with its opening line
    ['【安心借】您的提额券将于12月31日到期，到期后恢复原额度，无需任何操作。', '您好，我是安心借客服，您的额度已冻结，需要先转2000元解冻金到指定账户。'],
    // a cancelled train is travel business, no account to close
    [
      'Train 12345 cancelled due to engineering works. Full refund will be credited to your original payment method; no need to cancel the ticket.',
      'Your student loan account must be cancelled today or your credit record will be damaged. Transfer the balance to close it.',
    ],
  ])('%s | beside: %s', (genuine, scam) => {
    expect(['unknown', 'official']).toContain(rulesVerdict(genuine));
    expect(['suspicious', 'dangerous']).toContain(rulesVerdict(scam));
  });

  it('"骗子可能…" describes what scammers may do; the teacher asking for a private chat does not warn', () => {
    expect(sentenceWarns('骗子可能冒充班主任私聊家长要求转账', classifier.context.language)).toBe(true);
    expect(sentenceWarns('我是班主任，私聊我交资料费', classifier.context.language)).toBe(false);
  });
});
