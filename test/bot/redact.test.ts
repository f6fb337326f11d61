// History masking: only the user's secrets, where they are secrets; everything else exactly as typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../src/bot/brain.ts';
import { MaskedText, storedReplies, storedUserText } from '../../src/bot/redact.ts';
import { freshState } from '../../src/bot/types.ts';
import type { BotReply } from '../../src/bot/types.ts';
import { echoMasker, maskEchoes, maskPhone, maskUserText, readUserNumbers } from '../../src/classifier/user-numbers.ts';
import { indexBrand } from '../../src/classifier/brand-index.ts';
import { phoneKey } from '../../src/classifier/phone-key.ts';
import { brain } from '../helpers/brain.ts';

describe('maskUserText', () => {
  it.each([
    ['00852开头的电话…', '00852开头的电话…'],
    ['还转了5000块，怎么办？', '还转了5000块，怎么办？'],
    ['我只借过5000，没有2万', '我只借过5000，没有2万'],
    ['我身份证尾号不是0312', '我身份证尾号不是0312'],
    ['验证码是 482913，我马上转账', '验证码是 [code]，我马上转账'],
    ['验证码 四八二九一三，能给吗', '验证码 [code]，能给吗'],
    ['他要我的卡号 4111 1111 1111 1111 核对', '他要我的卡号 [card ****1111] 核对'],
    ['身份证 11010519491231002X，被说出来了', '身份证 [id-number]，被说出来了'],
    ['+852 5123 8870 打来的', '+852 51** **70 打来的'],
    ['００８５２ ５１２３ ８８７０ 打来的', '００８５２ ５１** **７０ 打来的'], // full-width digits stay full-width
    ['13812345678 说是客服', '138******78 说是客服'],
    ['the code is 48291372', 'the code is [code]'],
  ])('%s → %s', (input, stored) => {
    expect(maskUserText(input)).toBe(stored);
  });

  it('never rewrites anything but the masked numbers (no NFKC of the rest)', () => {
    // (Circled numbers are digits after NFKC: "①00852" is one number, so they are left out here.)
    const kept = [...'，。！？“”（）：；、ＡＢＣ安心借　'];
    const count = (text: string) => kept.map((c) => text.split(c).length - 1);
    const unit = fc.constantFrom(...kept, ' ', '5000块', '验证码', '482913', '+852 5123 8870', '00852', 'abc');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(count(maskUserText(text))).toEqual(count(text));
        if (!/\d/.test(text)) expect(maskUserText(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the brand\'s official numbers whole', () => {
    expect(storedUserText(brain, '400-000-0000 是官方的吗？13812345678 呢？')).toBe('400-000-0000 是官方的吗？138******78 呢？');
  });

  it('reads numbers in context', () => {
    const roles = (t: string) => readUserNumbers(t.normalize('NFKC')).map((n) => n.role);
    expect(roles('00852 开头')).toEqual(['prefix']);
    expect(roles('还了 3000 元')).toEqual(['amount']);
    expect(roles('尾号不是 0312')).toEqual(['denied']);
    expect(roles('好吧 4829')).toEqual(['secret']);
    expect(roles('验证码不是4829，是4830')).toEqual(['secret', 'secret']);
  });
});

describe('maskPhone', () => {
  it('keeps the international prefix, country code, start and last two digits', () => {
    expect(maskPhone('+852 5123 8870')).toBe('+852 51** **70');
    expect(maskPhone('00852-5123-8870')).toBe('00852-51**-**70');
    expect(maskPhone('+85251238870')).toBe('+85251****70');
    expect(maskPhone('170 2856 3349')).toBe('170 **** **49');
  });
});

describe('bot lines', () => {
  const reply = (text: string): BotReply => ({ kind: 'info', text, simulation: false });

  it('are kept as said unless they quote what the user pasted', () => {
    expect(maskEchoes('来电：+852 5123 8870，请判断真假', '骗局')).toBe('来电：+852 5123 8870，请判断真假');
    expect(maskEchoes('来电：+85251238870（境外）', '00852 5123 8870 是谁')).toBe('来电：+85251****70（境外）');
    expect(maskEchoes('你提到的 482913 是验证码', '482913')).toBe('你提到的 [code] 是验证码');
  });

  it('drill lines and the brand\'s numbers are never masked', () => {
    const drill: BotReply = { kind: 'drill', text: '【模拟诈骗电话】 尾号 0312 对吧？', simulation: true };
    const stored = storedReplies(brain, [drill, reply('热线 400-000-0000；你问的 13812345678 不是官方号码。')], '13812345678 和 0312');
    expect(stored[0]).toBe(drill);
    expect(stored[1]!.text).toBe('热线 400-000-0000；你问的 138******78 不是官方号码。');
  });

  it('skip masking a message with nothing to mask, and store exactly what masking gives for any message', () => {
    // The brain's screen (NFKC leaves the text alone, no sensitive span) against the classifier's masking itself:
    // full-width and circled digits, combining marks, Chinese numerals beside code words, the brand's number.
    const unit = fc.constantFrom(
      '验证码', '四八二九', '①②', '０８５２', 'é', 'e\u0301', 'ﬁ', '　', '，', '482913', '+852 5123 8870', '400-000-0000',
      '13812345678', '安心借', 'code', ' ', 'abc',
    );
    const official = indexBrand(brain.brand).numberKeys;
    const opts = { keepPhone: (s: { text: string }) => official.has(phoneKey(s.text).key) };
    const quoted = reply('你提到的 482913、13812345678、+85251238870 和 ①② 都不是官方号码。');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(storedUserText(brain, text)).toBe(maskUserText(text, opts));
        const mask = echoMasker(text, opts);
        expect(storedReplies(brain, [quoted], text)[0]!.text).toBe(mask(quoted.text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('MaskedText (one turn\'s message, masked once)', () => {
  it('stores what storedUserText stores, masks echoes as the text would, and masks another text on its own', () => {
    const text = '  验证码是 482913，13812345678 打来的  ';
    const m = new MaskedText(brain, text);
    expect(m.stored).toBe(storedUserText(brain, text));
    expect(m.plain).toBe(false);
    expect(m.storedFor(text.trim())).toBe(storedUserText(brain, text.trim()));
    const quoted: BotReply = { kind: 'info', text: '你提到的 482913、13812345678 都不是官方号码。', simulation: false };
    expect(storedReplies(brain, [quoted], m)).toEqual(storedReplies(brain, [quoted], text));
    expect(new MaskedText(brain, '怎么办 被骗了').plain).toBe(true); // nothing NFKC changes, no number
  });

  it('a turn stores the trimmed question in its FAQ event and the message as typed in its chat line, both masked', () => {
    const text = '  有人问我要验证码 482913 怎么办？ ';
    const r = handleTurn(brain, freshState(), { text, now: 1 });
    const faq = r.events.find((e) => e.type === 'faq');
    expect(faq && 'question' in faq ? faq.question : undefined).toBe(storedUserText(brain, text.trim()));
    expect(r.lines[0]!.text).toBe(storedUserText(brain, text));
    expect(r.lines[0]!.text).not.toContain('482913');
  });
});
