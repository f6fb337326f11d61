// Step 1 alone: what normalizeQuestion removes and what it keeps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/content/normalize.ts';
import { FILLERS_EN, FILLERS_ZH } from '../../src/faq/lexicon.ts';
import { brandPattern, normalizeQuestion, normalizeQuestionBoth } from '../../src/faq/normalize.ts';

const brand = brandPattern(['安心借', 'AnxinLoan', 'anxinjie', 'anxin', 'axj', '安心']);
const norm = (s: string) => normalizeQuestion(s, { brand });

describe('normalizeQuestion', () => {
  it('folds width, case and traditional characters (with Taiwan phrasing) into one form', () => {
    expect(norm('ＡＰＫ能裝嗎')).toBe(norm('apk能装吗'));
    expect(norm('簡訊裡的連結可以點嗎')).toBe(norm('短信里的链接可以点吗'));
    expect(norm('開螢幕共享')).toBe('开屏幕共享');
    expect(norm('帳戶被凍結')).toBe(norm('账户被冻结'));
    // Taiwan's 私訊 (a direct message) and 安全碼 (the card's security code) are the words content uses.
    expect(norm('私訊要我填安全碼')).toBe(norm('私信要我填cvv码'));
  });

  it('mends homophone typos of the report-and-evidence words (pinyin input picks the wrong character)', () => {
    expect(norm('被片了可以网上报井吗，要准备什么证剧')).toBe(norm('被骗了可以网上报警吗，要准备什么证据'));
  });

  it('drops punctuation and filler words in both languages', () => {
    expect(norm('请问，校园贷要注销吗？是真的吗！')).toBe('校园贷要注销吗');
    expect(norm('Hi there, they want an unfreeze fee, is this legit?')).toBe('they want an unfreeze fee');
    expect(norm('是真的吗')).toBe('');
  });

  it('removes the brand, which every entry is about', () => {
    expect(norm('安心借客服打电话给我')).toBe('客服打电话给我');
    expect(norm('AnxinLoan staff called')).toBe('staff called');
    // A Latin alias only as a whole word.
    expect(norm('anxinjie-like words: anxinjiex')).toContain('anxinjiex');
  });

  it('maps pinyin fragments and shorthand to the words content uses', () => {
    // …and the pinyin word joins the Chinese around it, as if typed in characters.
    expect(norm('zhuxiao 校园贷')).toBe('注销校园贷');
    expect(norm('zhengxin xiufu')).toContain('征信');
    expect(norm('my acct pwd')).toBe('my account password');
    expect(norm('should I set up 2FA')).toBe(norm('should I set up two-factor authentication'));
    expect(norm('customer service centre')).toBe('customer service center');
  });

  it('closes spaces inside Chinese, where they only split words', () => {
    expect(norm('anquan 账户 是什么')).toBe('安全账户是什么');
    expect(norm('转到 安全 账户')).toBe('转到安全账户');
    expect(norm('00 开头 的 电话')).toBe('00 开头的电话');
  });

  it('maps synonyms both ways: content and question meet on one word', () => {
    expect(norm('官方途径有哪些')).toBe(norm('官方渠道有哪些'));
    expect(norm('私人账号')).toBe(norm('个人账户'));
    expect(norm('两步验证')).toBe(norm('二次验证'));
  });

  it("reads Hong Kong's account, credit-report and charge words as the mainland ones; the household register stays", () => {
    expect(norm('佢叫我轉錢去指定戶口')).toBe(norm('他叫我转钱去指定账户'));
    expect(norm('話我涉及案件，仲話我洗黑錢')).toBe(norm('话我涉案，仲话我洗钱'));
    expect(norm('信貸報告有問題')).toBe(norm('征信报告有问题'));
    expect(norm('要带户口本去办吗')).toContain('户口本');
  });

  it('reads "report" next to 征信 as the credit report, elsewhere as the verb (mixed questions)', () => {
    expect(norm('我的征信 report 有逾期吗')).toBe(norm('我的征信报告有逾期吗'));
    expect(norm('查一下征信report')).toBe('查一下征信报告');
    expect(norm('我的信用 report')).toBe('我的信用报告');
    expect(norm('我要 report 这个骗子')).toBe('我要举报这个骗子');
    // …and a synonym spanning the gap a concept word leaves meets the content's word ("zhengxin 洗白" → 征信修复).
    expect(norm('zhengxin 洗白')).toBe(norm('征信修复'));
  });

  it('reads 有人工 as asking for a human agent, never as 有人 (someone)', () => {
    for (const q of ['客服热线几点到几点有人工', '周末有人工吗', '有没有人工客服'])
      expect(norm(q), q).not.toContain('有人');
    expect(norm('有人工作人员打电话给我')).toContain('有人');
  });

  it('leaves words that happen to name object properties alone', () => {
    expect(norm('constructor toString valueOf')).toBe('constructor tostring valueof');
  });

  it('reduces links and foreign-call prefixes to what they mean', () => {
    expect(norm('短信发来的 http://anxin-loan.cc/verify 是你们的网站吗')).toContain('链接');
    expect(norm('is anxin-kefu.top/a your site')).toBe('is link your site');
    expect(norm('+852 6123 4567 打给我')).toMatch(/^00 /);
    expect(norm('加号开头的电话')).toContain('00');
    // +86 is the domestic country code, and 1+1 is arithmetic: neither is a foreign call.
    expect(norm('+86 171 0000 1234')).toBe('171 0000 1234');
    expect(norm('1+1等于几')).not.toContain('00');
  });

  it('always yields lower-case, single-spaced text without punctuation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const out = norm(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s{2}|[\p{P}]/u);
        expect(out).toBe(out.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });

  it('gives both forms in one pass as two calls would (fillers kept and dropped), and normalizeText of the input', () => {
    // Fillers, brand names, pinyin, links and odd spacing beside ordinary words, so each step has work to do; full-width
    // and traditional text, so the normalizeText form is both taken from the pass (NFKC) and computed apart (簡訊).
    const piece = fc.constantFrom(
      ...FILLERS_ZH,
      ...FILLERS_EN,
      '安心借',
      'anxin',
      'ni hao',
      'www.a.top/x',
      '+852',
      '验证码',
      ' ',
      '  ',
      '？',
      'Is this',
      '簡訊',
      'Ａｐｐ',
      '帳戶',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(normalizeQuestionBoth(s, { brand })).toEqual({
          kept: normalizeQuestion(s, { brand, keepFillers: true }),
          dropped: normalizeQuestion(s, { brand }),
          text: normalizeText(s),
        });
      }),
      { numRuns: 300 },
    );
  });
});
