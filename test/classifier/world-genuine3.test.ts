// Genuine forms the fifth probe table (genuine-probes-world3.tsv) showed flagged, each read by the mechanism that
// clears it, beside a scam that mechanism must leave flagged. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const verdictOf = (text: string) => classifier.check(text).verdict;
const flagged = (text: string) => ['suspicious', 'dangerous'].includes(verdictOf(text));

describe('genuine notices of courts, carriers and the tax office stay unflagged, the scams beside them do not', () => {
  it.each([
    // 作为 before a party's role ("as the respondent") is no deposit (作为保证金)
    [
      '【某仲裁委员会】您作为被申请人的借款合同纠纷一案已受理，仲裁文书已发送至您的电子邮箱。',
      '您的借款需要先缴纳2000元作为保证金，转入指定账户后才能放款。',
    ],
    // a payment into the biller's account in a sentence naming its official place to pay
    [
      '【某区人民法院】执行款请缴入法院执行款专户，或直接通过移动微法院缴纳。',
      '【某区人民法院】执行款请转入专员个人账户，今天下午前办完，不要告诉家人。',
    ],
    // the payer announcing where the money it owes goes ("会直接退到")
    [
      '个税退税在个人所得税App里申请，审核通过后退税款会直接退到你本人的银行卡，不用交任何费用。',
      '退税补贴需要先缴纳手续费，转到指定账户后保证金会全额退还。',
    ],
  ])('%s', (genuine, scam) => {
    expect(verdictOf(genuine)).toBe('unknown');
    expect(flagged(scam)).toBe(true);
  });

  it('money "paid" to the sender himself is never the official place, whatever app the sentence names', () => {
    expect(flagged('【某法院】执行款直接转给我，或者通过移动微法院缴纳也行，今天必须办完，不要告诉家人。')).toBe(true);
  });
});
