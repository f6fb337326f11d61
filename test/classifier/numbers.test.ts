// Numbers read in context (issue 10): amounts, dates, times, card numbers and ids are never phone numbers; runs of
// several numbers are split, each keeping its prefix; the same item is reported once; and the domain facts of
// issue 16 (106 senders, long 95 numbers, incoming 110/400 displays, "+86 10" Beijing landlines).
import { describe, expect, it } from 'vitest';
import type { ReasonCode } from '../../src/classifier/reasons.ts';
import { classifier } from '../helpers/content.ts';

const phones = (input: string) => classifier.check(input).items.filter((i) => i.kind === 'phone');
const codes = (input: string) => phones(input).flatMap((i) => i.reasons.map((r) => r.code));

describe('digit runs that are not phone numbers', () => {
  it.each([
    // amounts: separators, decimals, currency signs and words, 元/块/万
    '您已成功借款5,000.00元，请按时还款',
    'CNY 10,000 has been paid out to your card',
    '本期应还¥20,000，请于月底前还款',
    '您的额度已提升至 50000 元',
    '借款 30000，分 12 期',
    '到账金额：RMB 12,345.67',
    '您借的 1.5万 已放款',
    'Your payout of $1,200.50 is on its way',
    '还款 8000 块就行',
    // dates and times
    '2024-05-01 12:30 放款成功',
    '请于2024年5月20日前还款',
    '账单日 20240520，还款日 20240605',
    '5月20日 14:00-15:00 停机维护',
    '预约时间 2024/06/01 09:30',
    // cards, tracking, order, meeting, QQ, account ids
    '您尾号 6222 0212 3456 7894 的卡已绑定',
    '卡号 6222 0000 1111 2222 已冻结',
    '您的快递 SF1234567890123 已签收',
    '运单号：773012345678901，请查收',
    '订单号 12345678901 已发货',
    '腾讯会议 会议号：123 456 789 主题：周会',
    'Meeting ID: 845 1234 5678 Passcode: 123456',
    '我的QQ：123456789',
    'Your tracking number is 9400 1000 0000 0000 0000 00',
    // the rest of an id whose head mixes capitals and digits
    'Your parcel 7RTK2 0044 1830 arrives on Friday',
    '包裹 JD88AB 0085 2512 3456 已到驿站',
    '合同编号 202405010001',
    '您的验证码为 482913，5分钟内有效',
    // not a valid mainland number inside a message: a number abroad or an id, not one to warn about
    'Clinic reminder: call 2345 6789 to reschedule',
    // a country prefix named on its own
    '“00852”“+63”等开头的来电要警惕',
    'Dial in: +1 929-555-0142,,123456789#',
  ])('%s', (input) => {
    expect(phones(input).map((p) => p.raw)).toEqual([]);
  });
});

describe('phone numbers in messages are still found', () => {
  it.each([
    ['请回电 13812345678', 'MOBILE_NUMBER'],
    ['有事打 010-8765-4321', 'FIXED_LINE_NUMBER'],
    ['于2024-05-01借款5,000元，客服电话 00852 5123 8870', 'INTERNATIONAL_PREFIX'],
    ['CNY 10,000 paid; questions? call +852 6123 4567', 'INTERNATIONAL_PREFIX'],
    // … a chat id in lower case is no id head: the number after it is still a number
    ['Add me: kefu88 0085 2512 3456', 'INTERNATIONAL_PREFIX'],
  ] as [string, ReasonCode][])('%s → %s', (input, code) => {
    expect(codes(input)).toContain(code);
  });

  it('"+86 00852 …" is the overseas number, not +86', () => {
    expect(phones('客服来电 +86 00852 5123 8870').map((p) => p.normalized)).toEqual(['+85251238870']);
  });

  it('keeps the prefix of each spaced international number in one run', () => {
    const found = phones('00852 5123 8870 00852 6123 4567');
    expect(found.map((p) => p.normalized)).toEqual(['+85251238870', '+85261234567']);
    for (const p of found) expect(p.reasons.map((r) => r.code)).toContain('INTERNATIONAL_PREFIX');
  });

  it('splits two mobiles written in one run', () => {
    expect(phones('联系 138 1234 5678 139 8765 4321').map((p) => p.normalized)).toEqual(['+8613812345678', '+8613987654321']);
  });

  it('reports the same number or link once, however often it is pasted', () => {
    const r = classifier.check('请拨 13812345678 或访问 anxin-kefu.top/a '.repeat(200));
    expect(r.items.map((i) => i.kind)).toEqual(['phone', 'url']);
  });
});

describe('domain facts (issue 16)', () => {
  it('"+86 10 …" and "010-…" are Beijing landlines, not 106 ports', () => {
    for (const input of ['+86 10 6123 4567', '0086 10 6123 4567', '010-6123-4567', '来电 +86 10 8765 4321']) {
      expect(codes(input), input).toContain('FIXED_LINE_NUMBER');
      expect(codes(input), input).not.toContain('BULK_SMS_PORT_106');
    }
  });

  it('a 106 sender alone raises no verdict', () => {
    expect(classifier.check('10690123456789').verdict).toBe('unknown');
    expect(classifier.check('1069012345678995588：您的信用卡本期账单已出').verdict).toBe('unknown');
  });

  it("the brand's own sender, naming only official contacts and asking nothing, is official", () => {
    const r = classifier.check(
      '1069000000000：【安心借】您本期账单1,234.56元，请于2024-06-15前在App内还款。客服热线400-000-0000，官网 anxinjie.example',
    );
    expect(r.verdict).toBe('official');
    expect(r.items.map((i) => i.reasons[0]!.code)).toEqual(['OFFICIAL_SMS_SENDER', 'OFFICIAL_NUMBER', 'OFFICIAL_DOMAIN']);
  });

  it('95 numbers longer than 5 digits are not suspect by length alone', () => {
    expect(classifier.check('9501 2345').verdict).toBe('unknown');
    expect(codes('9501 2345')).toContain('LONG_95_NUMBER');
  });

  it('an incoming call showing 110 or a 400 line (the brand’s too) is a spoofing warning, never official', () => {
    for (const input of ['110 打来电话说我涉嫌洗钱', '刚才400-000-0000给我来电', 'I got a call from 400-123-4567']) {
      expect(codes(input), input).toContain('CALL_FROM_INBOUND_LINE');
      expect(classifier.check(input).verdict, input).not.toBe('official');
    }
    // Naming the hotline to call is not an incoming call.
    expect(classifier.check('有问题请拨打客服热线 400-000-0000').verdict).toBe('official');
  });
});
