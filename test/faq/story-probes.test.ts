// Story probes (issue 11, session 24): a user tells what happened — they already refused, hung up, blocked or reported
// someone, or only heard of scams — and then asks a plain question about their own account; such a story must not
// get a scam answer (src/faq/asked.ts settledStory: the product reply with its caution line). Fraud stories — what
// someone told the user to do, a question about complying after a refusal, a code already given — stay on the fraud
// route. test/faq/story-probes.tsv, written for this table in our own words, never from the field corpus.
// Baseline: session 24's starting code answered 29 of the 62 product stories as scams and routed 2 of the 24 fraud
// stories away (both to the product reply). Session 25 added 30 product and 23 fraud stories ("s25 story probes"):
// its starting code answered 11 of the 92 product stories as scams and routed 3 of the 47 fraud stories away (the
// told fee story below, and two notices telling the user to transfer or wire money); the ceilings hold what the
// mechanisms reached.
import { describe, expect, it } from 'vitest';
import { fillFieldText } from '../../src/faq/field.ts';
import { lastSentence, otherSplits } from '../../src/faq/asked.ts';
import { answerQuestion } from '../../src/faq/index.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';
import { ROOT } from '../helpers/content.ts';
import { readProbeTable } from './probe-tables.ts';

const probes = readProbeTable(ROOT, 'test/faq/story-probes.tsv');
const product = probes.filter((p) => p.kind === 'product');
const fraud = probes.filter((p) => p.kind === 'fraud');
/** At session 25's start, on the whole table: 11 product stories answered as scams, 3 fraud stories routed away. */
const START = { productAsScams: 11, fraudAway: 3 };
/** Reached (session 25): the gate (lower it when a change answers fewer as scams). */
const CEILING = { productAsScams: 3, fraudAway: 1 };
/** The fraud stories session 24's starting code already routed away, by text: every other one must stay fraud. */
const AWAY_AT_START = new Set([
  'They told me my loan can only be released after I pay a verification fee. How do I pay it in the app?',
]);

describe('the story probe table', () => {
  it('holds ~90 product stories and ~45 fraud stories in zh, en and mixed', () => {
    expect(product.length).toBeGreaterThanOrEqual(90);
    expect(fraud.length).toBeGreaterThanOrEqual(45);
    expect(new Set(probes.map((p) => p.style)).size).toBeGreaterThanOrEqual(6);
  });
});

describe('the last sentence after a colon', () => {
  it('splits after a colon that opens the question, not inside a time or a link', () => {
    expect(lastSentence('我这个问题跟那个电话没关系：扣款卡怎么换？')?.ask).toBe('扣款卡怎么换？');
    expect(lastSentence('Unrelated: how do I change my number?')?.ask).toBe('how do I change my number?');
    expect(lastSentence('it came at 10:30')).toBeUndefined();
    expect(lastSentence('see https://example.com')).toBeUndefined();
  });
});

describe('the other readings of what is asked', () => {
  it('reads the run of questions a text ends in as one ask, the story before it', () => {
    const splits = otherSplits('我妈接到过诈骗电话，没上当。她能申请吗？需要什么材料？');
    expect(splits).toContainEqual({ story: '我妈接到过诈骗电话，没上当。', ask: '她能申请吗？ 需要什么材料？' });
  });

  it('reads the last question as the ask and a clarification after it as story', () => {
    const splits = otherSplits('我的额度怎么提高？不是那种交钱的。');
    expect(splits).toContainEqual({ story: '不是那种交钱的。', ask: '我的额度怎么提高？' });
  });

  it('gives no other reading of a story that ends in one question', () => {
    expect(otherSplits('有人打电话给我。我挂了。我的还款日是几号？')).toEqual([]);
  });
});

describe.each(bothBrandIndexes())('story probes (%s)', (_name, index) => {
  const ask = (text: string) => answerQuestion(index, fillFieldText(text, index.brand));

  it('answers fewer product stories as scams than the starting code, within the ceiling', () => {
    const scams = product.filter((p) => ask(p.text).match !== null);
    console.info(
      `product stories answered as scams: ${scams.length}/${product.length} (start ${START.productAsScams})`,
    );
    expect(scams.length).toBeLessThan(START.productAsScams);
    expect(scams.length).toBeLessThanOrEqual(CEILING.productAsScams);
  });

  it('routes away no fraud story the starting code kept', () => {
    const away = fraud.filter((p) => ask(p.text).route !== 'fraud').map((p) => p.text);
    console.info(`fraud stories routed away: ${away.length}/${fraud.length} (start ${START.fraudAway})`);
    expect(away.filter((t) => !AWAY_AT_START.has(t))).toEqual([]);
    expect(away.length).toBeLessThan(START.fraudAway);
    expect(away.length).toBeLessThanOrEqual(CEILING.fraudAway);
  });

  it.each([
    [
      '昨天有人打电话说能帮我提额，我直接挂了。我的还款日是几号？',
      '昨天有人打电话说能帮我提额，我还没理他。我的还款日是几号？',
    ],
    [
      'A caller wanted a fee to release my loan. I hung up. When is my repayment due?',
      'A caller wanted a fee to release my loan. I have not decided yet. When is my repayment due?',
    ],
  ])('a settled story gets the cautious product reply, the same story left open does not: %s', (settled, open) => {
    expect(ask(settled)).toMatchObject({ route: 'product', caution: true, match: null });
    expect(ask(open).route).not.toBe('product');
  });

  it.each([
    '我挂了电话，但是我已经把验证码告诉他了。我的还款日是几号？',
    'I hung up on the first caller. Then a second one called saying he is police and my account is frozen. When is my repayment due?',
    'I heard about these scams. I already sent them money yesterday. When is my repayment due?',
    '有人冒用我的身份在你们这借了一笔钱，我已经举报了。这笔借款要我还吗？',
    'Someone used my identity to take a loan with you, I reported it. Do I still have to repay it?',
  ])('a settled story with a loss, a harm done or a later scam stays a fraud question: %s', (q) => {
    expect(ask(q).route).toBe('fraud');
  });

  it.each([
    [
      "Is it okay to make my repayments with a card in someone else's name, say my husband's?",
      "A stranger wants to use my card to repay other people's loans for a fee. Should I?",
    ],
    ['可以用我的银行卡替我爸还他的借款吗？', '有人让我用我的卡帮别人还网贷，给我佣金，可以吗？'],
  ])(
    'a card in another name as the repayment source is an account question, a stranger using the card is not: %s',
    (own, stranger) => {
      expect(ask(own).match).toBeNull();
      expect(ask(stranger).route).toBe('fraud');
    },
  );

  it("reads a request inside the words of the user's own family as theirs, a caller's between them as a stranger's", () => {
    const kin =
      'My mother has a loan with you. She wants me to make the repayments. How do I set up paying her loan from my card?';
    expect(ask(kin)).toMatchObject({ route: 'product', match: null });
    const caller =
      'My mother got a call and she wants me to send money to his account. How do I set up paying her loan?';
    expect(ask(caller).route).toBe('fraud');
  });

  it('answers an own-limit question with a clarification after it as product, a story with a fee still open as fraud', () => {
    const clarified = 'How do I get my credit limit raised? I mean your official way, not one of those paid agents.';
    expect(ask(clarified)).toMatchObject({ route: 'product', match: null });
    expect(ask('有人说交钱就能提额，我还没交。我的额度要怎么提上去？').route).toBe('fraud');
  });

  it("reads a loss told of someone else, in what the user heard of, as theirs; the user's own loss stands", () => {
    const heard = 'My colleague lost money to a fake lender, so I am being careful. How do I see my repayment plan?';
    expect(ask(heard)).toMatchObject({ route: 'product', caution: true, match: null });
    const own = 'I lost money to a fake lender, so I am being careful. How do I see my repayment plan?';
    expect(ask(own).route).toBe('fraud');
  });
});
