// Session 21 (issue 11): small talk the phrase list lacks ("好的好的我记住了谢谢你啊", "okok got it now thanks a bunch",
// typos) holds no cue either way; the multinomial layer reads it as small talk, so it gets the friendly reply — not
// the product reply with its caution line (src/faq/route-model.ts, config.modelSmalltalkUncued). A message holding
// any cue is never moved to small talk, nor a pasted notice or a string of unknown letters (no small-talk word). Lines written for this test, never from the field corpus; both brands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAQ_DEFAULTS } from '../../src/faq/config.ts';
import { answerQuestion } from '../../src/faq/index.ts';
import type { ModelPrediction } from '../../src/faq/model.ts';
import { combineRoute } from '../../src/faq/route-model.ts';
import { routeQuestion } from '../../src/faq/route.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';

const indexes = bothBrandIndexes();

describe.each(indexes)('small talk the phrase list lacks (%s)', (_, index) => {
  it.each([
    '嗯嗯我懂了多谢啦',
    '好的好的我记住了谢谢你啊',
    '收到收到我这就去看看谢谢',
    'okok got it now thanks a bunch',
  ])('%s → the small-talk reply (the rules alone find no cue)', (q) => {
    expect(routeQuestion(index.router!, q).route).toBe('other');
    const a = answerQuestion(index, q);
    expect(a.route).toBe('smalltalk');
    expect(a.caution).toBeUndefined();
  });

  it.each([
    'how do i make egg fried rice',
    '今天上海下雨吗',
    '谢谢你，我想问下提前还款要手续费吗',
    '谢谢，有人让我下载一个会议软件',
  ])('%s → not small talk', (q) => {
    expect(answerQuestion(index, q).route).not.toBe('smalltalk');
  });
});

const prediction = (p: { product: number; smalltalk: number; other: number; fraud: number }): ModelPrediction => ({
  probs: new Float64Array(0),
  topic: new Map(),
  ...p,
});
const probs = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([a, b]) => ({
    smalltalk: a,
    product: (1 - a) * b,
    other: (1 - a) * (1 - b) * 0.5,
    fraud: (1 - a) * (1 - b) * 0.5,
  }));

describe('combineRoute and small talk', () => {
  it('property: a message holding a cue (rules: fraud or product) is never moved to small talk', () => {
    fc.assert(
      fc.property(probs, fc.constantFrom('fraud', 'product') as fc.Arbitrary<'fraud' | 'product'>, (p, route) => {
        const rule = route === 'fraud' ? { route, fraudCue: { kind: 'contact' as const, text: '有人' } } : { route };
        expect(combineRoute(rule, prediction(p), FAQ_DEFAULTS, undefined, true)).not.toBe('smalltalk');
      }),
    );
  });

  it('property: with no cue either way, small talk exactly when chat-shaped and the layer reads it at the knob or above', () => {
    fc.assert(
      fc.property(
        probs,
        fc.constantFrom(undefined, 'product', 'unsure', 'fraud') as fc.Arbitrary<
          'product' | 'unsure' | 'fraud' | undefined
        >,
        fc.boolean(),
        (p, call, chat) => {
          const got = combineRoute({ route: 'other' }, prediction(p), FAQ_DEFAULTS, call, chat);
          expect(got === 'smalltalk').toBe(chat && p.smalltalk >= FAQ_DEFAULTS.modelSmalltalkUncued);
        },
      ),
    );
  });
});
