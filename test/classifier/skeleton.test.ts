// skeleton() skips the Unicode steps for plain lower-case ASCII labels: those steps must leave such labels unchanged.
import { remove as removeConfusables } from 'confusables';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skeleton } from '../../src/classifier/skeleton.ts';

const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789.-'), minLength: 1, maxLength: 20 });

describe('skeleton of plain labels', () => {
  it('the Unicode steps leave plain lower-case ASCII labels as they are', () => {
    fc.assert(
      fc.property(label, (l) => {
        expect(removeConfusables(l.normalize('NFKC')).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()).toBe(l);
      }),
      { numRuns: 5000 },
    );
  });

  it('folds ASCII lookalikes in one pass as the eight replacements in turn do', () => {
    const folds: [RegExp, string][] = [
      [/rn/g, 'm'],
      [/vv/g, 'w'],
      [/cl/g, 'd'],
      [/[0]/g, 'o'],
      [/[1il|!]/g, 'l'],
      [/5/g, 's'],
      [/8/g, 'b'],
      [/_/g, '-'],
    ];
    const tricky = fc.string({ unit: fc.constantFrom(...'rnvcl01il|!58_-.abmdw'), maxLength: 16 });
    fc.assert(
      fc.property(tricky, (l) => {
        const expected = folds.reduce((s, [re, to]) => s.replace(re, to), l);
        expect([l, skeleton(l)]).toEqual([l, expected]);
      }),
      { numRuns: 30_000 },
    );
  });

  it('still folds lookalikes', () => {
    expect(skeleton('anxinjie')).toBe(skeleton('аnxinjie'));
    expect(skeleton('rnail0')).toBe(skeleton('mail0'));
  });
});
