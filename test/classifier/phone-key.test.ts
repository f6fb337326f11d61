// digitsOf stands for `s.replace(/\D/g, '')` on the number path: the same string for every text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsOf } from '../../src/classifier/phone-key.ts';

describe('digitsOf', () => {
  it('keeps exactly the ASCII digits, in order', () => {
    const unit = fc.constantFrom(...'0123456789 +-()·.x', '１', '٣', '零', '中');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const s = units.join('');
        expect([s, digitsOf(s)]).toEqual([s, s.replace(/\D/g, '')]);
      }),
      { numRuns: 20_000 },
    );
  });
});
