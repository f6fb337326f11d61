// Misspelt English (src/faq/spelling.ts): a non-word one edit from a word the FAQ knows becomes that word; real
// English words and pinyin are left alone.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, normalizeQuestion } from '../../src/faq/index.ts';
import { buildSpelling, correctWord } from '../../src/faq/spelling.ts';
import { brand, ROOT } from '../helpers/content.ts';

const faq = createFaq(ROOT, brand);

describe('spelling', () => {
  const spelling = buildSpelling(
    new Map([
      ['refund', 3],
      ['legit', 2],
      ['police', 4],
      ['store', 1],
      ['password', 2],
    ]),
  );

  it.each([
    ['refnud', 'refund'],
    ['legti', 'legit'],
    ['pasword', 'password'],
    ['passwrd', 'password'],
  ])('%s → %s', (typed, word) => {
    expect(correctWord(spelling, typed)).toBe(word);
  });

  it('leaves real English words, known words and short words alone', () => {
    expect(correctWord(spelling, 'policy')).toBeUndefined(); // not a misspelt "police"
    expect(correctWord(spelling, 'story')).toBeUndefined();
    expect(correctWord(spelling, 'refund')).toBeUndefined();
    expect(correctWord(spelling, 'lgit')).toBe('legit');
    expect(correctWord(spelling, 'rfd')).toBeUndefined();
  });

  it('the index corrects with its own vocabulary, but not pinyin in a mixed question', () => {
    const q = (s: string) => normalizeQuestion(s, { spelling: faq.spelling });
    expect(q('unfreez')).toBe(q('unfreeze'));
    expect(q('commision')).toBe(q('commission'));
    expect(q('这个 dian 话')).not.toContain('didn');
  });

  it('a misspelt question reaches the entry the spelt one does', () => {
    const typed = answerQuestion(faq, 'they want my pasword and the otp to refnud me, is this legti??');
    const spelt = answerQuestion(faq, 'they want my password and the otp to refund me, is this legit??');
    expect(typed.match?.id).toBe(spelt.match?.id);
    expect(typed.route).toBe('fraud');
  });
});

describe('the English dictionary is asked last', () => {
  const asked: string[] = [];
  const base = buildSpelling(new Map([['refund', 3]]));
  const isEnglish = (w: string) => {
    asked.push(w);
    return w === 'refind';
  };
  const spelling = { ...base, isEnglish };

  it('only about a word with a clear correction (most words have none, so most questions never load it)', () => {
    expect(correctWord(spelling, 'weather')).toBeUndefined();
    expect(correctWord(spelling, 'xqzvkw')).toBeUndefined();
    expect(asked).toEqual([]);
    expect(correctWord(spelling, 'refnud')).toBe('refund');
    expect(correctWord(spelling, 'refind')).toBeUndefined(); // an English word: left alone
    expect(asked).toEqual(['refnud', 'refind']);
  });
});
