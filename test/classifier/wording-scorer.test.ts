// The wording scorer reads single units by dense id and English 2- and 3-grams from a small table by their units'
// codes, the rest by a probe of the weights table (wording-model.ts): its sum must be, to the last bit, the sum of
// every feature's weight looked up in that table, in the walk's order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_WORDING_SIGNALS, walkFeatures, wordingLogit } from '../../src/classifier/wording-model.ts';
import { classifier } from '../helpers/content.ts';

const model = classifier.context.wording!;

/** Every weight of a model's table by its key halves. */
function weightsOf(m: typeof model): Map<string, number> {
  const out = new Map<string, number>();
  for (let s = 0; s <= m.mask; s++) if (m.his[s] !== -1) out.set(`${m.his[s]},${m.los[s]}`, m.weights[s]!);
  return out;
}

/** The table's sum over a text's features, each looked up by its key, and their count. */
function referenceSum(weights: Map<string, number>, text: string): { sum: number; n: number } {
  let sum = 0;
  let n = 0;
  walkFeatures(text, {
    feature(hi, lo) {
      n++;
      const w = weights.get(`${hi},${lo | 0}`);
      if (w !== undefined) sum += w;
    },
  });
  return { sum, n };
}

describe('the wording scorer', () => {
  it('sums the same weights in the same order as lookups in the table, on random texts', () => {
    const piece = fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyz',
      ' ',
      '  ',
      '7',
      '2026',
      "'",
      '.',
      ',',
      '\n',
      'é',
      'please verify your account ',
      'transfer the fee ',
      ...'请提供验证码转账客服',
      '\u0000',
    );
    for (const m of [model, model.severity!]) {
      const weights = weightsOf(m);
      let held = 0;
      fc.assert(
        fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
          const text = pieces.join('');
          wordingLogit(m, { text, signals: NO_WORDING_SIGNALS, families: [] });
          const ref = referenceSum(weights, text);
          expect([text, m.scorer.sum, m.scorer.n]).toEqual([text, ref.sum, ref.n]);
          if (ref.sum !== 0) held++;
        }),
        { numRuns: 5_000 },
      );
      expect(held).toBeGreaterThan(4_000);
    }
  });
});
