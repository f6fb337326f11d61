// Every bitmap a hot path screens with must hold exactly the units of the regular-expression class it stands for.
import { describe, expect, it } from 'vitest';
import { type CharBits, hasBit, SPACE_BITS, spacesToTidy } from '../../src/content/char-bits.ts';
import { INVISIBLE_BITS } from '../../src/content/normalize.ts';
import { ZERO_WIDTH_BITS } from '../../src/classifier/extract.ts';
import { GAP_BITS } from '../../src/classifier/normalize-message.ts';
import { NUMERAL_BITS } from '../../src/classifier/numerals.ts';
import { OPENING_MARK_BITS } from '../../src/classifier/quoted.ts';

function unitsOf(bits: CharBits): number[] {
  const out: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (hasBit(bits, c)) out.push(c);
  return out;
}
function unitsMatching(cls: RegExp): number[] {
  const out: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (cls.test(String.fromCharCode(c))) out.push(c);
  return out;
}

describe('character bitmaps', () => {
  it.each([
    ['\\s', SPACE_BITS, /^\s$/],
    ['invisible formatting', INVISIBLE_BITS, /^[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]$/],
    ['zero width', ZERO_WIDTH_BITS, /^[\u200b-\u200f\u2060\ufeff]$/],
    // No double quote: it marks quoted words (src/classifier/quoted.ts).
    ['gap between Chinese characters', GAP_BITS, /^[\s\-_*·.~|/\\^+=#'`]$/],
    ['opening quotation marks', OPENING_MARK_BITS, /^[“「『"‘]$/],
    ['Chinese numerals', NUMERAL_BITS, /^[零〇○一幺二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]$/],
  ])('%s: the same units as the class', (_name, bits, cls) => {
    expect(unitsOf(bits)).toEqual(unitsMatching(cls));
  });

  it('says when spaces need tidying exactly when the replacement would change the text', () => {
    const units = [' ', '  ', '\t', '\n', '\u3000', '\u00a0', 'a', '中', ',', '\u2028'];
    const texts = [''];
    for (const a of units) for (const b of units) for (const c of units) texts.push(a + b + c, `x${a}y${b}`);
    for (const t of texts) expect([t, spacesToTidy(t)]).toEqual([t, t.replace(/\s+/g, ' ') !== t]);
  });
});
