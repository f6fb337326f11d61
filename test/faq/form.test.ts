// The form of a text (src/faq/form.ts): a pasted notice addressed to the reader and a first-person question read
// differently, whatever their topic — the calibration's form signals.
import { describe, expect, it } from 'vitest';
import { textForm } from '../../src/faq/form.ts';

describe('textForm', () => {
  it.each([
    ['【安心借】您的账户存在异常，请立即联系客服处理，否则将影响征信。', { notice: 1, addressed: 1, asks: 0 }],
    ['尊敬的用户：您已获得提额资格，回复TD退订', { notice: 1, addressed: 1, asks: 0 }],
    ['Dear customer, your loan is approved. Kindly pay the processing fee within 24 hours.', { notice: 1, addressed: 1, asks: 0 }],
    ['我们将在24小时内为您办理退款', { notice: 0, addressed: 1, asks: 0 }],
    ['有人打电话让我交保证金，是真的吗？', { notice: 0, addressed: 0, asks: 1 }],
    ['got a text saying my account is frozen, is it legit', { notice: 0, addressed: 0, asks: 1 }],
  ])('%s', (text, form) => {
    expect(textForm(text)).toEqual(form);
  });
});
