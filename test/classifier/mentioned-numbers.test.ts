// A number a warning names as one to distrust is an example, not a contact (mentioned-numbers.ts): it keeps its own
// reasons, is marked NAMED_IN_WARNING and has no vote in the message's verdict. A number the sentence gives to call
// or add counts however the sentence is worded; so does every number outside a warning.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const check = (input: string) => classifier.check(input);
const codesOf = (input: string, raw: string) =>
  check(input)
    .items.find((i) => i.raw === raw)
    ?.reasons.map((r) => r.code);

describe('numbers named in a warning', () => {
  it.each([
    ['若来电显示+86 10 96110，请立即挂断，公安机关不会用这种号码联系您。', '+86 10 96110', 'FAKE_96110'],
    ['骗子常用改号软件把来电显示改成110，接到后挂断再自己回拨核实。', '110', 'CALL_FROM_INBOUND_LINE'],
    ['凡是用 00852 5123 8870 这类境外号码自称客服的，都是诈骗。', '00852 5123 8870', 'INTERNATIONAL_PREFIX'],
  ])('keep their reasons but do not flag the message: %s', (text, raw, reason) => {
    expect(codesOf(text, raw)).toEqual(expect.arrayContaining([reason, 'NAMED_IN_WARNING']));
    expect(['unknown', 'official']).toContain(check(text).verdict);
  });

  it.each([
    // a warning-shaped sentence that gives the number to call: a contact
    '谨防诈骗，请认准官方客服 00852 5123 8870，其他号码都是假的。',
    '凡是自称客服的都是诈骗，有问题请拨打 +63 917 555 0134 核实。',
    // no warning at all
    '您的借款账户异常，请回电 00852 5123 8870 处理。',
  ])('still count when given as a contact or outside a warning: %s', (text) => {
    expect(check(text).verdict).toBe('dangerous');
    expect(check(text).items.flatMap((i) => i.reasons.map((r) => r.code))).not.toContain('NAMED_IN_WARNING');
  });
});

describe('numbers explained, not given', () => {
  it('"区号+96110" is the area code plus the anti-fraud line, "+96110" alone a fake', () => {
    expect(codesOf('接到区号+96110的来电，请一定接听。', '96110')).toContain('NATIONAL_ANTI_FRAUD_LINE');
    expect(check('接到区号+96110的来电，请一定接听。').verdict).toBe('official');
    expect(codesOf('刚才+96110打来说我涉嫌洗钱', '+96110')).toContain('FAKE_96110');
  });

  it('a prefix or segment followed by 开头/号段 is no number', () => {
    expect(check('诈骗常用 1700 1234 开头的号码，请留意。').items).toEqual([]);
  });

  it('"打110" is the number to call, "110打来" an incoming call', () => {
    expect(codesOf('妈，那种电话直接挂掉，真有事打110。', '110')).not.toContain('CALL_FROM_INBOUND_LINE');
    expect(codesOf('刚才110打来说我的卡涉案', '110')).toContain('CALL_FROM_INBOUND_LINE');
  });

  it('a 12381 warning may name the national public lines, not other numbers', () => {
    const genuine = '【12381】公安机关不会通过电话办案，请勿转账，如有疑问拨打96110。';
    expect(check(genuine).verdict).not.toBe('dangerous');
    expect(codesOf('【12381】您的账户涉案，请致电 021-6123 4567 配合调查。', '021-6123 4567')).toContain('LINK_IN_12381_TEXT');
  });
});
