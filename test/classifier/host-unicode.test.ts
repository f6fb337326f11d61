// hostToUnicode skips domainToUnicode for plain ASCII hosts: it must answer exactly as domainToUnicode (with the
// host itself where that gives nothing) for every host, plain or not.
import { domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostToUnicode } from '../../src/classifier/link.ts';

const label = fc.string({ unit: fc.constantFrom(...'abcxyz0129-_.'), minLength: 0, maxLength: 12 });
const odd = fc.constantFrom('xn--', 'xn--fiqs8s', 'xn--abc', '0x1f', '08', '1', '中国', 'é', 'A', '%', ' ', '..');

describe('hosts in Unicode', () => {
  it('agrees with domainToUnicode on plain and odd hosts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(label, odd), { minLength: 1, maxLength: 5 }), (labels) => {
        const host = labels.join('.');
        expect([host, hostToUnicode(host)]).toEqual([host, domainToUnicode(host) || host]);
      }),
      { numRuns: 20_000 },
    );
  });
});
