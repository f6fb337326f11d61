// osaDistance (capped, rows in one typed array) against the textbook optimal-string-alignment distance: the same up
// to the cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { osaDistance } from '../../src/classifier/distance.ts';

function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom(...'anxijeo01-'), maxLength: 12 });

describe('osaDistance', () => {
  it('is the optimal-string-alignment distance, capped', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, cap) => {
        // Callers ask "within cap edits?": above the cap only "more than cap" is promised.
        expect(Math.min(osaDistance(a, b, cap), cap + 1)).toBe(Math.min(reference(a, b), cap + 1));
      }),
      { numRuns: 5000 },
    );
  });
});
