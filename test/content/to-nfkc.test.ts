// toNfkc skips NFKC for a text of PLAIN_BITS units: such a text must be its own NFKC form, and toNfkc must give what
// NFKC gives on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasBit } from '../../src/content/char-bits.ts';
import { isPlain, PLAIN_BITS, toNfkc } from '../../src/content/normalize.ts';

describe('toNfkc', () => {
  it('plain units are their own NFKC form, alone, doubled and after a letter (they compose with nothing)', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (!hasBit(PLAIN_BITS, c)) continue;
      const u = String.fromCharCode(c);
      expect([c, u.normalize('NFKC'), (u + u).normalize('NFKC'), `e${u}`.normalize('NFKC')]).toEqual([c, u, u + u, `e${u}`]);
    }
  });

  it('gives what NFKC gives on random texts of plain and other units', () => {
    // ASCII, simplified and traditional characters, Chinese punctuation, full-width forms, invisible characters,
    // combining marks and kana (which compose with what comes before them), compatibility forms.
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
        expect([text, toNfkc(text)]).toEqual([text, text.normalize('NFKC')]);
        // A plain text (check.ts skips its words' NFKC pass) is its own NFKC form, and so is its lower case.
        if (isPlain(text)) expect([text, text.toLowerCase().normalize('NFKC')]).toEqual([text.normalize('NFKC'), text.toLowerCase()]);
      }),
      { numRuns: 50_000 },
    );
  });
});
