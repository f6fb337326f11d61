// The cheap test session 32 tightened in front of the masked calling code scan (speed only: docs/performance.md,
// sixteenth round). It is a necessary condition of the scan's match, so a text it turns away is one the scan finds
// nothing in: held here on seeded random texts built from the units the pattern reads (digits, plus signs, masks,
// Chinese and English call words, list separators), and on a few written lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAY_MASK, maskedPrefixes } from '../../src/classifier/masked-prefix.ts';

const SEED = { seed: 20261204, numRuns: 4000 };
const text = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('the masked calling code scan is screened by MAY_MASK', () => {
  const pieces = ['+', '00', '0', '1', '5', '8', '6', '855', '86', '852', ' ', 'x', 'xx', '*', '…', '来电', '号码', '打来', 'number', ' calls', 'from ', 'a', '、', 'or '];
  it('a text MAY_MASK turns away holds no masked code', () => {
    fc.assert(
      fc.property(text(pieces), (t) => {
        if (!MAY_MASK.test(t)) expect(maskedPrefixes(t, [])).toEqual([]);
      }),
      SEED,
    );
  });
  it('written lines: an amount is turned away, a reported code is not', () => {
    expect(MAY_MASK.test('repay 5000 yuan by Friday, ref 2024100')).toBe(false);
    expect(MAY_MASK.test('a call from +855 saying they are support')).toBe(true);
    expect(maskedPrefixes('a call from +855 saying they are support', []).map((f) => f.raw)).toEqual(['+855']);
    expect(MAY_MASK.test('00852 的号码打来')).toBe(true);
  });
});
