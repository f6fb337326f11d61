// The loss cue (content/routes.yaml fraud.loss, src/faq/route.ts): a question that tells of money or a code already
// gone is a victim's question whatever its setting words — the rules' fraud call stands against both fitted layers,
// so no refit can send it to the product reply — unless it names the user's own account matter. Lines written here.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, routeQuestion } from '../../src/faq/index.ts';
import type { FaqIndex } from '../../src/faq/build.ts';
import { brand, ROOT } from '../helpers/content.ts';

const faq = createFaq(ROOT, brand);
const router = faq.router!;
/** The index with its fitted decision forced to call everything it reads product. */
const forcedProduct: FaqIndex = {
  ...faq,
  routeDecision: { ...faq.routeDecision!, data: { ...faq.routeDecision!.data, product: -1, unsure: -1 } },
};
const kind = (q: string) => routeQuestion(router, q).fraudCue?.kind;

const MONEY_GONE = [
  'handed them the OTP and then moved 8000 over, I already transferred it, what now',
  'fell for a fake courier and sent them money, what now?',
  '对方让我下了个软件，我已经转了一万二，还能追回吗',
  '錢已經轉過去了，對方把我拉黑，現在怎麼辦',
  '我已经 transfer 了两千过去，what should i do now',
];
const CODE_GONE = [
  'gave him my code over the phone, nothing taken yet, what do i do',
  '刚才把验证码告诉了一个自称银行的人，卡里钱还在',
  '驗證碼給了他，要不要凍結卡',
];

describe('money or a code already gone: the rules call it fraud and it stands', () => {
  it.each([...MONEY_GONE, ...CODE_GONE])('a loss cue decides (%s)', (q) => {
    expect(kind(q)).toBe('loss');
    for (const index of [faq, forcedProduct]) {
      const a = answerQuestion(index, q);
      expect(a.route).toBe('fraud');
      expect(a.caution).toBeUndefined();
    }
  });

  it.each(MONEY_GONE)('money gone: the urgent next-steps entry answers (%s)', (q) => {
    const a = answerQuestion(faq, q);
    expect(a.match?.topics).toContain('victim-next-steps');
  });

  it.each(['they asked me for the OTP, is that normal?', '对方让我把验证码报给他，这正常吗'])(
    'the control: the same setting with nothing gone is the decision’s to move (%s)',
    (q) => {
      expect(kind(q)).not.toBe('loss');
      expect(answerQuestion(forcedProduct, q).route).toBe('product');
    },
  );
});

describe('what the loss cue leaves alone', () => {
  it.each([
    '我已经转了还款，为什么app还显示逾期',
    '已经转账还款了，账单怎么还没更新',
    'i already transferred my repayment yesterday, why is my loan still overdue',
  ])('the user’s own account matter named (a product cue, product.own, product.mine): not a loss (%s)', (q) => {
    expect(kind(q)).not.toBe('loss');
    expect(answerQuestion(faq, q).match).toBeNull();
  });

  it.each([
    'should I transfer the money he asked for?',
    'can I share the OTP with your support agent?',
    '要不要把验证码给他',
    '他让我转账，我还没转',
  ])('nothing gone yet: not a loss (%s)', (q) => {
    expect(kind(q)).not.toBe('loss');
  });
});
