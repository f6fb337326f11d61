// detectLocale: Chinese as soon as the text holds Chinese characters, English when one of its words is a common
// English word, else the caller's fallback. Its word scan must read the words /[a-z']+/g reads in the lower-cased text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLocale, ENGLISH_WORDS } from '../../src/content/lang.ts';

/** The reading the scan replaced: every /[a-z']+/g match of the lower-cased text looked up. */
function byPattern(text: string, fallback: 'zh' | 'en'): 'zh' | 'en' {
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return 'zh';
  for (const [w] of text.toLowerCase().matchAll(/[a-z']+/g)) if (ENGLISH_WORDS.has(w)) return 'en';
  return fallback;
}

describe('detectLocale', () => {
  it('reads the language from the words', () => {
    expect(detectLocale('Hello, is this legit?')).toBe('en');
    expect(detectLocale('PLEASE CALL ME')).toBe('en');
    expect(detectLocale("don't")).toBe('en');
    expect(detectLocale('请 call 我')).toBe('zh');
    expect(detectLocale('<img src=x>')).toBe('zh');
    expect(detectLocale('<img src=x>', 'en')).toBe('en');
    expect(detectLocale('13800138000')).toBe('zh');
    // A word is a whole run of letters and apostrophes: "xcall", "calls'" and "'call" are not "call".
    expect(detectLocale("xcall calls' 'call", 'zh')).toBe('zh');
    expect(detectLocale('https://example.com/it', 'zh')).toBe('en');
  });

  it("gives the pattern's reading on random texts", () => {
    // Words of the lexicon and not, glued by letters, apostrophes, spaces, digits, capitals, accented letters and a
    // unit whose lower case is two units (İ → i̇).
    const piece = fc.constantFrom('call', "don't", 'i', 'my', 'x', 'qz', "'", ' ', '.', '7', 'CALL', 'İ', 'Hi', 'é', 'ǅ', '\u212a', '请');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom('zh' as const, 'en' as const), (pieces, fallback) => {
        const text = pieces.join('');
        expect([text, detectLocale(text, fallback)]).toEqual([text, byPattern(text, fallback)]);
      }),
      { numRuns: 20_000 },
    );
  });
});
