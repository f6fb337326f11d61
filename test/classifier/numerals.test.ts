import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRuns, spelledDigits } from '../../src/classifier/numerals.ts';
import { CODE_WORDS } from '../../src/classifier/sensitive.ts';
import { classifier } from '../helpers/content.ts';

describe('numbers spelled in Chinese numerals', () => {
  it('become ASCII digits at the same positions', () => {
    const text = '请回电 零零八五二 五一二三 八八七零，或 幺三八一二三四五六七八';
    const spelled = spelledDigits(text);
    expect(spelled.text).toBe('请回电 00852 5123 8870，或 13812345678');
    expect(spelled.spans.map(([a, b]) => text.slice(a, b))).toEqual([
      '零零八五二 五一二三 八八七零',
      '幺三八一二三四五六七八',
    ]);
  });

  it('include the financial forms (大写数字), but not amounts written with units', () => {
    expect(spelledDigits('联系 壹叁捌 壹贰叁肆 伍陆柒捌').text).toBe('联系 138 1234 5678');
    const [item] = classifier.check('客服专线：零零捌伍贰 伍壹贰叁 捌捌柒零').items;
    expect(item).toMatchObject({ raw: '零零捌伍贰 伍壹贰叁 捌捌柒零', normalized: '+85251238870', verdict: 'dangerous' });
    expect(item!.reasons.map((r) => r.code)).toContain('NUMBER_IN_WORDS');
    for (const text of ['金额壹万贰仟元整', '人民币伍佰元', '叁拾伍天']) {
      expect(spelledDigits(text), text).toEqual({ text, spans: [] });
      expect(classifier.check(text).items, text).toEqual([]);
    }
  });

  it('leave prose alone: too few numerals, counting, a word after digits', () => {
    for (const text of ['三五天', '一一对应', '第一二章', '七七八八', '二〇二四年', '一二三四五六七八九十']) {
      expect(spelledDigits(text), text).toEqual({ text, spans: [] });
      expect(classifier.check(text).items, text).toEqual([]);
    }
    for (const text of ['138 1234 5678 三五天', '13812345678一一核对'])
      expect(spelledDigits(text), text).toEqual({ text, spans: [] });
  });

  it('keep the text as written in the item, classify the digits', () => {
    const [item] = classifier.check('客服电话 00八五二-5123-8870').items;
    expect(item).toMatchObject({ raw: '00八五二-5123-8870', normalized: '+85251238870', verdict: 'dangerous' });
  });

  it('are never items when they are a code, a card or an ID number', () => {
    for (const text of [
      '验证码 四八二九一三',
      '您的动态码是五七三一二八',
      '卡号 四一一一 一一一一 一一一一 一一一一',
      '身份证 一一〇一〇五一九四九一二三一〇〇二X',
    ]) {
      const r = classifier.check(text);
      expect(r.items, text).toEqual([]);
      expect(r.input, text).toMatch(/\[(code|card \*{4}1111|id-number)\]/);
    }
  });

  it('keep length and positions for any text', () => {
    const unit = fc.constantFrom(...'零〇○一幺二三四五六七八九两十0123456789 -+天号码');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        const spelled = spelledDigits(s);
        expect(spelled.text.length).toBe(s.length);
        for (const [a, b] of spelled.spans) expect(spelled.text.slice(a, b)).toMatch(/^\+?[\d -]+$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('its screens turn away only texts it would leave as they are (the reading without them, 20,000 random texts)', () => {
    const unit = fc.constantFrom(...'0123456789零〇○一幺二三四五六七八九壹贰叁肆伍陆柒捌玖 - +验证码是的天下元位，。abc'.split(''));
    let rewritten = 0;
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.boolean(), (units, withWords) => {
        // (Code words before the reading: a 4-numeral code counts only after them.)
        const text = (withWords ? '验证码' : '') + units.join('');
        const options = withWords ? { codeWords: CODE_WORDS } : {};
        const screened = spelledDigits(text, options);
        expect(screened).toEqual(readRuns(text, options));
        if (screened.spans.length) rewritten++;
      }),
      { numRuns: 20_000, seed: 10 },
    );
    // (Not vacuous: many random texts hold a reading.)
    expect(rewritten).toBeGreaterThan(1_000);
  });
});
