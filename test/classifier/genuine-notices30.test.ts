// Session 30 (issue 10, precision): the genuine notices of genuine-notices30.ts — both brands' own notices, lawful
// collectors, bank fraud alerts, codes, couriers, tax, visa, health, carriers, broadcasts of several countries — are
// none flagged, for both brand files, with and without the wording model; the brand's own notices naming only its
// official contacts are `official`; the scams that borrow their words stay flagged.
import { describe, expect, it } from 'vitest';
import { maskedPrefixes } from '../../src/classifier/masked-prefix.ts';
import { leadingCallingCode } from '../../src/classifier/phone-parse.ts';
import { describeGenuineForms } from '../helpers/classifier.ts';
import { GENUINE_NOTICES_30, SCAM_COUNTERS_30 } from './genuine-notices30.ts';

describeGenuineForms('genuine notices 30', GENUINE_NOTICES_30, SCAM_COUNTERS_30, 0);

describe('a bare calling code counts only when the metadata knows it (phone-parse.ts leadingCallingCode)', () => {
  it.each([
    ['855', '855'],
    ['44', '44'],
    ['1', '1'],
    ['8551', '855'],
    ['999', undefined],
    ['000', undefined],
    ['85', undefined],
  ])('%s → %s', (digits, code) => {
    expect(leadingCallingCode(digits)).toBe(code);
  });

  it('a masked or bare "+NNN" that is no country\'s is no item', () => {
    expect(maskedPrefixes('+999 来电，自称安心借客服', [])).toEqual([]);
    expect(maskedPrefixes('a call from a +000 number saying they are AnxinLoan', [])).toEqual([]);
    expect(maskedPrefixes('+855 来电，自称安心借客服', []).map((f) => f.raw)).toEqual(['+855']);
    expect(maskedPrefixes('+8551xx打来，自称安心借客服', []).map((f) => f.raw)).toEqual(['+855']);
  });
});
