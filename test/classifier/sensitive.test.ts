import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSensitive, isChineseIdNumber, redact, redactSecrets } from '../../src/classifier/sensitive.ts';

describe('redaction before logging or storing', () => {
  it.each([
    ['验证码是 482913，我马上转账', '验证码是 [code],我马上转账'],
    ['card 4111 1111 1111 1111 please', 'card [card ****1111] please'],
    ['身份证 11010519491231002X', '身份证 [id-number]'],
    ['call me on 138 1234 5678', 'call me on [phone 138****78]'],
    ['打 96110 求助', '打 96110 求助'],
    // spelled digit by digit in Chinese numerals
    ['验证码 四八二九一三，我马上转账', '验证码 [code],我马上转账'],
    ['验证码是四八二九', '验证码是[code]'],
    ['卡号 四一一一 一一一一 一一一一 一一一一', '卡号 [card ****1111]'],
    ['身份证 一一〇一〇五一九四九一二三一〇〇二X', '身份证 [id-number]'],
    ['回电 零零八五二 五一二三 八八七零', '回电 [phone 008****70]'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('returns text with nothing to hide exactly as written', () => {
    expect(redact('是客服，是真的吗？①②')).toBe('是客服，是真的吗？①②');
    const prose = '三五天后再说，我已经忘得七七八八，二〇二四年的事';
    expect(redact(prose)).toBe(prose);
  });

  it('keeps the spans the caller allows', () => {
    expect(redact('热线 400-000-0000，来电 13812345678', (s) => s.text.startsWith('400'))).toBe('热线 400-000-0000,来电 [phone 138****78]');
  });

  it('checks the ID number checksum', () => {
    expect(isChineseIdNumber('11010519491231002X')).toBe(true);
    expect(isChineseIdNumber('110105194912310021')).toBe(false);
  });

  it('never leaves a 16-digit Luhn card number or a code after a code word, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), fc.integer({ min: 100000, max: 999999 }), (a, b, code) => {
        const out = redact(`${a} 4111111111111111 ${b} 验证码 ${code} `);
        expect(out).not.toContain('4111111111111111');
        expect(out).not.toContain(String(code));
      }),
    );
  });

  it('in a checked message hides codes but keeps the phone numbers being asked about', () => {
    const out = redactSecrets('验证码 482913，来电 00852 5123 8870');
    expect(out).toContain('00852 5123 8870');
    expect(out).not.toContain('482913');
    expect(findSensitive('00852 5123 8870').map((s) => s.kind)).toEqual(['phone']);
    const spelled = redactSecrets('验证码 四八二九一三，来电 零零八五二 五一二三 八八七零');
    expect(spelled).toContain('零零八五二 五一二三 八八七零');
    expect(spelled).not.toContain('四八二九一三');
    expect(findSensitive('来电 零零八五二 五一二三 八八七零')).toEqual([
      { kind: 'phone', start: 3, end: 18, text: '00852 5123 8870' },
    ]);
  });
});
