// Pinyin typed without an IME: the FAQ's own words typed as toneless pinyin become the words (src/content/pinyin.ts).
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, normalizeQuestion, routeQuestion } from '../../src/faq/index.ts';
import { resolve } from 'node:path';
import { loadBrand } from '../../src/content/brand.ts';
import { pinyinShaped, pinyinShapedAt, pinyinTable } from '../../src/content/pinyin.ts';
import { mulberry32 } from '../../src/content/prng.ts';
import { brand, ROOT } from '../helpers/content.ts';

const faq = createFaq(ROOT, brand);

describe('pinyin table', () => {
  const table = pinyinTable(['个人账户', '还款', '我们', '绿色'], new Set(['women']));

  it('keys every reading of a polyphone, ü as v or u; English words stay English', () => {
    expect(table.get('gerenzhanghu')).toBe('个人账户');
    expect(table.get('huankuan')).toBe('还款');
    expect(table.get('haikuan')).toBe('还款');
    expect(table.get('lvse')).toBe('绿色');
    expect(table.get('luse')).toBe('绿色');
    expect(table.has('women')).toBe(false);
  });

  it('knows a pinyin-shaped word', () => {
    expect(['zhanghu', 'geren', 'xiang', 'nv'].every(pinyinShaped)).toBe(true);
    expect(['account', 'my', 'is', 'frozen'].some(pinyinShaped)).toBe(false);
  });

  it('reads a word in place as it reads the word alone (pinyinShapedAt, the classifier\'s pinyin test)', () => {
    const rand = mulberry32(20261202);
    const letters = 'aeiounghzcsxqjv' + 'abcdefghijklmnopqrstuvwxyz';
    const random = () => Array.from({ length: 1 + Math.floor(rand() * 22) }, () => letters[Math.floor(rand() * letters.length)]).join('');
    const words = ['zhanghu', 'geren', 'xiang', 'nv', 'account', 'my', 'frozen', 'zhuangzhuangzhuangzhuang', 'a', 'er', 'ng'];
    for (let k = 0; k < 2000; k++) words.push(random());
    const text = words.join(rand() < 0.5 ? ' ' : '1,');
    let shaped = 0;
    for (let i = 0; i < text.length; ) {
      if (!/[a-z]/.test(text[i]!)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && /[a-z]/.test(text[j]!)) j++;
      const word = text.slice(i, j);
      expect(pinyinShapedAt(text, i, j), word).toBe(pinyinShaped(word));
      if (pinyinShaped(word)) shaped++;
      i = j;
    }
    // Both answers occur among the words read.
    expect(shaped).toBeGreaterThan(10);
    expect(shaped).toBeLessThan(words.length - 10);
  });

  it('joins syllables typed apart into the word, only in text that is mostly pinyin', () => {
    const q = (s: string) => normalizeQuestion(s, { pinyin: table });
    expect(q('zhuan dao ge ren zhang hu')).toContain('个人账户');
    expect(q('geren zhanghu')).toBe('个人账户');
    expect(q('the geren zhanghu page of my account')).not.toContain('个人账户');
  });
});

describe('pinyin questions meet the same cues and entries as characters', () => {
  it.each([
    ['ta rang wo ba qian zhuan dao geren zhanghu', 'fraud'],
    ['yuqi le hui shang zhengxin ma', 'product'],
    ['mima shuru cuowu zhanghu bei dongjie le', 'product'],
  ] as const)('%s → %s', (q, route) => {
    expect(routeQuestion(faq.router!, q).route).toBe(route);
  });

  it('ranks a pinyin question like the same question in characters', () => {
    const typed = answerQuestion(faq, 'kefu rang wo xiazai huiyi ruanjian gongxiang pingmu');
    const written = answerQuestion(faq, '客服让我下载会议软件共享屏幕');
    expect(typed.match?.id).toBe(written.match?.id);
    expect(written.match?.topics).toContain('screen-sharing');
  });
});

describe('a whole question in pinyin', () => {
  it('reads its syllables as Chinese and is matched and answered in Chinese', () => {
    const a = answerQuestion(faq, 'you ren shuo wo de xiaoyuandai zhanghu yao zhuxiao, shi zhen de ma');
    expect(a).toMatchObject({ locale: 'zh', route: 'fraud' });
    expect(a.match?.topics).toContain('account-cancellation');
  });

  it('leaves single syllables alone in English text', () => {
    expect(normalizeQuestion('you can ask him', { pinyin: faq.pinyin })).toBe('you can ask him');
  });
});

describe('pinyin typed whole reads as Chinese for the regional synonyms and concepts too', () => {
  const brandB = loadBrand(resolve(ROOT, 'test/field/brand-b.yaml'));
  const both = [faq, createFaq(ROOT, brandB)];

  it('meets the synonym the characters meet ("ge ren ka" → 个人卡 → 个人银行卡)', () => {
    const typed = normalizeQuestion('cui shou rang wo zhuan zhang dao ta ge ren ka', { pinyin: faq.pinyin });
    const written = normalizeQuestion('催收让我转账到他个人卡', { pinyin: faq.pinyin });
    expect(written).toContain('个人银行卡');
    expect(typed).toBe(written);
  });

  it.each(both.map((f) => [f.brand.name?.zh, f] as const))(
    'routes a collector asking for his own card as fraud (%s)',
    (_, f) => {
      const a = answerQuestion(f, 'cui shou de rang wo zhuan zhang dao ta ge ren ka shang ke yi ma');
      expect(a.route).toBe('fraud');
      expect(a.match?.topics).toContain('debt-collection-impersonation');
    },
  );

  it('leaves English text to the English concepts', () => {
    expect(normalizeQuestion('send it to his personal card', { pinyin: faq.pinyin })).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
