// The variant fold reads a text by a table of the variants by first unit (normalize-message.ts foldByTable), not by
// the alternation compileVariants writes: it must fold every text as the alternation does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileVariants, normalizeMessage } from '../../src/classifier/normalize-message.ts';
import { classifier } from '../helpers/content.ts';

const { variants } = classifier.context.language;
/** The same folder without its table: every text folded by the whole alternation. */
const whole = { ...variants, firsts: undefined };

/** Random texts of the folder's variants (whole, cut, with spaces inside), glued by letters (a variant inside a word is
 *  no variant), digits, white space, punctuation and Chinese characters. */
function texts(keys: readonly string[]) {
  const spaced = (v: string) => fc.integer({ min: 1, max: Math.max(1, v.length - 1) }).map((at) => `${v.slice(0, at)} ${v.slice(at)}`);
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...keys) },
    { weight: 2, arbitrary: fc.constantFrom(...keys).map((v) => v.slice(0, -1)) },
    { weight: 2, arbitrary: fc.constantFrom(...keys).chain(spaced) },
    { weight: 6, arbitrary: fc.constantFrom(' ', '  ', '\u3000', 'a', 'x', '7', '.', ', ', 'please ', 'your ', 'code', '-') },
    { weight: 2, arbitrary: fc.constantFrom('请', '的', '码', '信', '唔') },
  );
  return fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
}

describe('the variant fold by its first-unit table', () => {
  it('folds random texts of the content variants, English and Chinese, as the whole alternation does', () => {
    expect(variants.firsts).toBeDefined();
    const keys = [...variants.canonical.keys()];
    expect(keys.filter((k) => /^[a-z0-9]/.test(k)).length).toBeGreaterThan(20);
    expect(keys.filter((k) => !/^[a-z0-9]/.test(k)).length).toBeGreaterThan(20);
    let folded = 0;
    fc.assert(
      fc.property(texts(keys), (text) => {
        const out = normalizeMessage(text, variants);
        expect([text, out]).toEqual([text, normalizeMessage(text, whole)]);
        if (out !== normalizeMessage(text, { ...variants, pattern: undefined })) folded++;
      }),
      { numRuns: 20_000 },
    );
    // Many of them held a variant the fold rewrote.
    expect(folded).toBeGreaterThan(5_000);
  });

  it('folds a variant added to a file without code: spaced, Latin, ending in a letter, a prefix of another', () => {
    const files = [{ fold: { 验证码: ['yan zheng ma', 'yzm', 'yzma', '验z码'], 微信: ['v x', 'vx号', '薇信'] } }];
    const folder = compileVariants(...files);
    expect(folder.firsts).toBeDefined();
    const alternation = { ...folder, firsts: undefined };
    for (const text of ['请发yzm', 'yzmab', 'ayzm', 'yan  zheng ma', 'yanzhengma给我', 'v xvx号', '验z码 yzma yzm', 'vx号码']) {
      expect(normalizeMessage(text, folder)).toBe(normalizeMessage(text, alternation));
    }
    expect(normalizeMessage('请发yzm给我', folder)).toBe('请发验证码给我');
    fc.assert(
      fc.property(texts([...folder.canonical.keys()]), (text) => {
        expect(normalizeMessage(text, folder)).toBe(normalizeMessage(text, alternation));
      }),
      { numRuns: 5_000 },
    );
  });
});
