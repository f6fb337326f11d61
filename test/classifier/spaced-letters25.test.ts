// A word typed one letter at a time to slip past filters (session 25): "tell me the c o d e", "read me the o t p",
// "the 6 d i g i t s". The normaliser joins three or more single letters one space apart into the word, so the code
// families meet it: dangerous by the rules alone. Counter-properties: English with one-letter words and lists (a, i,
// "plan b"), spaced digits of a reference, a genuine OTP that says never to share the spaced-out word. Both brands;
// texts written for this test.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { normalizeMessage } from '../../src/classifier/normalize-message.ts';
import { rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const EN = fc
  .tuple(
    pick(['This is your bank. ', 'Support here, ', '']),
    pick(['tell me the ', 'read me the ', 'send me the ', 'text me the ']),
    pick(['c o d e', 'o t p', 'p i n', '6 d i g i t s', 'c o d e']),
    pick([' we just sent you.', ' on your screen, quick.', '.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  'Your O T P is 482913. Never share it with anyone, not even our staff.',
  'Plan B for Saturday: if it rains we meet at the cafe, a table for 6.',
  'Your reference is 4 8 2 9 1 3, quote it when you call us.',
  'I am at the station, see you in 5.',
];

describe('letters typed one at a time (normaliser)', () => {
  it('joins three or more single letters, not fewer, not words', () => {
    const variants = rulesAloneByBrand()[0]!.rules.context.language.variants;
    expect(normalizeMessage('the c o d e', variants)).toBe('the code');
    expect(normalizeMessage('plan a b', variants)).toBe('plan a b');
    expect(normalizeMessage('a cat is a pet', variants)).toBe('a cat is a pet');
  });
});

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a code asked for in spaced letters (${brandName}, rules alone)`, () => {
    it('en is dangerous', () => {
      fc.assert(
        fc.property(EN, (text) => {
          expect(verdict(text), text).toBe('dangerous');
        }),
        { numRuns: 40 },
      );
    });
    it.each(GENUINE)('is not flagged: %s', (text) => {
      expect(['unknown', 'official']).toContain(verdict(text));
    });
  });
}
