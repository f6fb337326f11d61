// The variant fold reads a text holding no first unit of a non-Latin variant with the alternation's Latin group
// alone (normalize-message.ts foldPattern): it must fold every text as the whole alternation does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeMessage } from '../../src/classifier/normalize-message.ts';
import { holdsAny } from '../../src/content/char-bits.ts';
import { classifier } from '../helpers/content.ts';

const { variants } = classifier.context.language;
/** The same folder without the Latin group's own pattern: every text folded by the whole alternation. */
const whole = { ...variants, latinPattern: undefined };

describe('the variant fold by the Latin group alone', () => {
  it('folds random texts of variants, English and Chinese as the whole alternation does', () => {
    const keys = [...variants.canonical.keys()];
    const latin = keys.filter((k) => /^[a-z0-9]/.test(k));
    const other = keys.filter((k) => !/^[a-z0-9]/.test(k));
    expect(latin.length).toBeGreaterThan(20);
    expect(other.length).toBeGreaterThan(20);
    // Latin variants whole and cut, glued by letters (a variant inside a word is no variant), digits, spaces and
    // punctuation; now and then a Chinese variant or character, which sends the text to the whole alternation.
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...latin) },
      { weight: 2, arbitrary: fc.constantFrom(...latin).map((v) => v.slice(0, -1)) },
      { weight: 6, arbitrary: fc.constantFrom(' ', 'a', 'x', '7', '.', ', ', 'please ', 'your ', 'code', '-') },
      { weight: 1, arbitrary: fc.constantFrom(...other) },
      { weight: 1, arbitrary: fc.constantFrom('请', '的', '码') },
    );
    let latinOnly = 0;
    let folded = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        const out = normalizeMessage(text, variants);
        expect([text, out]).toEqual([text, normalizeMessage(text, whole)]);
        if (!holdsAny(text, variants.otherStarts!)) {
          latinOnly++;
          if (out !== normalizeMessage(text, { ...variants, pattern: undefined })) folded++;
        }
      }),
      { numRuns: 20_000 },
    );
    // The Latin group alone read many of them, and folded a variant in many of those.
    expect(latinOnly).toBeGreaterThan(5_000);
    expect(folded).toBeGreaterThan(1_000);
  });
});
