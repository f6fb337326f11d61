// Session 22 (issue 11): a scam word typed with a wrong character of the same sound (验正码, 理陪, 兼值 — the IME
// offered the neighbour) reads as the word (src/content/pinyin.ts foldHomophones, the index's `homophones`), so a
// typo no one listed meets the cues and entries the clean word meets. Real words stay (片子, 我的额度, 店家客服), and
// no product word is a target (a guess must never move a question toward the product reply). Lines written for this
// test, never from the field corpus; both brands.
import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { foldHomophones } from '../../src/content/pinyin.ts';
import { answerQuestion, loadFaq } from '../../src/faq/index.ts';
import { questionForms } from '../../src/faq/search.ts';
import { cutWords } from '../../src/faq/segment.ts';
import { ROOT } from '../helpers/content.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';

const faq = loadFaq(ROOT);
const indexes = bothBrandIndexes();
const index0 = indexes[0]![1];
const table = index0.homophones;
const fold = (s: string) => foldHomophones(s, table);
const topicOf = (a: ReturnType<typeof answerQuestion>) => a.match?.topics[0];

describe('the homophone reading of the cue words', () => {
  it.each([
    ['客服让我把验正码告诉他', '验证码'],
    ['他让我装个会义软件', '会议软件'],
    ['说要给我理陪', '理赔'],
    ['做兼值刷单', '兼职'],
    ['说我涉嫌洗前', '洗钱'],
    ['对方说是检查院的', '检察院'],
  ])('reads the word in %s', (typed, word) => {
    expect(typed).not.toContain(word);
    expect(fold(typed)).toContain(word);
    expect(questionForms(index0, typed).cued).toContain(word);
  });

  it.each([
    '我在家看片子', // a film, not 骗子
    '我的额度为什么降了', // 的额 is no 提额 across the word 额度
    '店家客服说可以退货', // 家客服 inside 店家客服 is no 假客服
    '他叫我明天去银行', // 叫我 is a word pair, 教我 a cue phrase (never a target)
    'my bank texted me a code', // Latin text is never touched
  ])('leaves real words alone: %s', (q) => {
    expect(fold(q)).toBe(q);
  });

  it('never takes a product word as the target (催收, 还款 typed wrong stay as typed)', () => {
    for (const typed of ['吹收', '环款']) expect(fold(`他说${typed}的事`)).toBe(`他说${typed}的事`);
    const product = new Set([...faq.routes!.product.cues.zh, ...faq.routes!.product.own.zh]);
    for (const word of table.keys.values()) expect(product.has(word)).toBe(false);
  });

  it('property: length and every non-Chinese character are kept', () => {
    const chars = fc.constantFrom(...'验正码征信公按洗前兼值理陪片子的额度a1 ，?我他说要');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }), (cs) => {
        const s = cs.join('');
        const out = fold(s);
        expect(out.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) if (!/[\u3400-\u9fff]/.test(s[i]!)) expect(out[i]).toBe(s[i]);
      }),
    );
  });

  it('property: a cue word with one character swapped for a same-sound non-word reads as the word again', () => {
    const usual = (ch: string) => pinyin(ch, { toneType: 'none', v: true });
    const keyOf = (w: string) => [...w].map(usual).join('|');
    // Same-sound characters drawn from the table's own words; words whose characters' usual readings are the word's
    // own (还款 reads hai·kuan char by char: a user typing huan·kuan wrong is out of this property's reach).
    const byReading = new Map<string, string[]>();
    for (const w of table.keys.values())
      for (const ch of w) byReading.set(usual(ch), [...(byReading.get(usual(ch)) ?? []), ch]);
    const words = [...table.keys.values()].filter((w) => table.keys.get(keyOf(w)) === w);
    let checked = 0;
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.nat(), fc.nat(), (word, at, pick) => {
        const i = at % word.length;
        const same = (byReading.get(usual(word[i]!)) ?? []).filter((c) => c !== word[i]);
        if (!same.length) return;
        const typo = word.slice(0, i) + same[pick % same.length] + word.slice(i + 1);
        if (cutWords(typo).length === 1) return; // a word of its own is left alone (片子)
        checked++;
        expect(fold(typo)).toBe(word);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(0);
  });
});

describe.each(indexes)('a typed-wrong scam word is answered as the clean one (%s)', (_, index) => {
  it.each([
    [
      '客服让我把验正码告诉他，能给吗',
      'the support guy wants me to tell him the verification code, ok?',
      'verification-code',
    ],
    [
      '客服说要给我理陪，让我下一个app',
      'support says they will pay compensation for the lost package, i just need to download an app',
      'refund-scam',
    ],
    ['兼值刷单要先垫钱，正常吗', 'a part-time order brushing job wants me to pay first, normal?', 'task-scam'],
  ])('%s — as its English twin %s', (zh, en, topic) => {
    const a = answerQuestion(index, zh);
    expect(a.route).toBe('fraud');
    expect(topicOf(a)).toBe(topic);
    expect(a.confidence).toBe('high');
    expect(topicOf(answerQuestion(index, en))).toBe(topic);
  });
});

// Small talk typed by sound: a message that is small talk once the small-talk phrases' homophone typos are read as
// the phrases (在马 → 在吗, 机气人 → 机器人) gets the friendly reply; a longer message or one with a cue is read as before.
describe.each(indexes)('small talk typed by sound (%s)', (_, index) => {
  it.each(['在马', '再吗再吗', '你是机气人吗', '你是AI吗', 'are you an ai', 'gm', 'thnks'])('small talk: %s', (q) => {
    expect(answerQuestion(index, q).route).toBe('smalltalk');
  });

  it.each(['在马路上有人让我扫码', '你是AI吗 我被骗了怎么办', 'are you an ai? someone wants my otp'])(
    'not small talk: %s',
    (q) => {
      expect(answerQuestion(index, q).route).toBe('fraud');
    },
  );

  it('property: small-talk phrases typed by sound stay small talk; a scam cue after them never does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('在马', '再吗', '你好', '你是机气人吗', '谢谢'),
        fc.constantFrom('', '有人让我转账', '验证码给了他'),
        (chat, cue) => {
          expect(answerQuestion(index, chat + cue).route).toBe(cue ? 'fraud' : 'smalltalk');
        },
      ),
    );
  });
});
