// normalizeTextQuick's one-pass branch (a text of PLAIN_BITS units) must give what its full steps give: NFKC, lower
// case, invisible characters dropped, OpenCC when a character is traditional, spaces tidied, trimmed; and toNfkc
// what NFKC gives.
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { hasBit } from '../../src/content/char-bits.ts';
import { normalizeTextQuick, PLAIN_BITS, toNfkc } from '../../src/content/normalize.ts';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** The full steps, written out (normalize.ts before its one-pass branch). */
function reference(input: string): string {
  let s = input.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g, '');
  if ([...s].some((ch) => isCjk(ch.charCodeAt(0)) && toSimplified(ch) !== ch)) s = toSimplified(s);
  return s.replace(/\s+/g, ' ').trim();
}

describe('normalizeTextQuick and toNfkc, one pass over plain texts', () => {
  it('plain units are their own NFKC form, alone, doubled and after a letter (they compose with nothing)', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (!hasBit(PLAIN_BITS, c)) continue;
      const u = String.fromCharCode(c);
      expect([c, u.normalize('NFKC'), (u + u).normalize('NFKC'), `e${u}`.normalize('NFKC')]).toEqual([c, u, u + u, `e${u}`]);
    }
  });

  it('gives the full steps’ result on random texts of plain and other units', () => {
    // ASCII letters of both cases and every kind of space, simplified and traditional characters (and OpenCC's
    // phrase-level ones), Chinese punctuation, full-width forms, invisible characters, combining marks, kana.
    const unit = fc.constantFrom(
      ...'aZqQ09 ,.!?-_/\t\n\r\u000b\u000c  ',
      ...'请提供验证码注销账户微信转账安全',
      ...'註銷螢幕分享帳戶轉賬驗證碼頭髮後台',
      ...'、。《》「」【】〔〕“”‘’—–·…¥£€',
      ...'，：（）！？１Ａ\u3000\u00a0\u200b\ufeff\u00ad\u0301\u0308か\u3099ﬁ²',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
        const text = units.join('');
        expect([text, normalizeTextQuick(text), toNfkc(text)]).toEqual([text, reference(text), text.normalize('NFKC')]);
      }),
      { numRuns: 50_000 },
    );
  });
});
