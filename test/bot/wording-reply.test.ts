// A pasted message that only the wording model flags (no phrase, number or link) is answered as a check, with the
// model's reason shown — not passed on to the FAQ's fallback as if nothing had been found.
import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../src/bot/brain.ts';
import { freshState } from '../../src/bot/types.ts';
import { type ClassifierContext, check } from '../../src/classifier/check.ts';
import { compileWording, WORDING_SIGNALS } from '../../src/classifier/wording-model.ts';
import { brain } from '../helpers/brain.ts';

const signals = Object.fromEntries(WORDING_SIGNALS.map((s) => [s, 0])) as Record<
  (typeof WORDING_SIGNALS)[number],
  number
>;
// A model that reads every long enough text as a scam: what the brain does with its verdict is under test here.
const context: ClassifierContext = {
  ...brain.classifier.context,
  wording: compileWording({ bias: 50, signals, grams: [], words: [], thresholds: { suspicious: 0.5, dangerous: 0.5 } }),
};
// Nothing in it the FAQ answers: without the model it gets the fallback.
const TEXT = '老同学聚会定在下个月初，地点还没想好，大家有什么推荐的餐厅可以在群里说一下';
const alarmed = { ...brain, classifier: { ...brain.classifier, context, check: (t: string) => check(t, context) } };

describe('the wording model in the chat', () => {
  it('answers a message it flags with a check reply that gives its reason', () => {
    const { replies, events } = handleTurn(alarmed, freshState(), { text: TEXT });
    expect(replies[0]!.kind).toBe('check');
    expect(replies[0]!.check?.verdict).toBe('suspicious');
    expect(replies[0]!.check?.reasons?.map((r) => r.code)).toEqual(['SCAM_LIKE_WORDING']);
    expect(replies.map((r) => r.text).join('\n')).toContain(context.texts.reasons.SCAM_LIKE_WORDING!.zh.slice(0, 12));
    expect(events).toContainEqual({ type: 'check', verdict: 'suspicious' });
  });

  it('the shipped model leaves the same everyday message to the FAQ', () => {
    const { replies } = handleTurn(brain, freshState(), { text: TEXT });
    expect(replies.map((r) => r.kind)).toEqual(['fallback']);
  });
});
