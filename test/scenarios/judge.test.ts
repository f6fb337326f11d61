// The judge: priority order, negation, typo tolerance, official numbers, handed-over data.
import { describe, expect, it } from 'vitest';
import { phoneKey } from '../../src/classifier/phone-key.ts';
import { handedOverData, judgeAnswer, namesOfficialNumber } from '../../src/scenarios/judge.ts';
import { withinOneEdit } from '../../src/classifier/distance.ts';
import { matchPhrase, prepareText } from '../../src/scenarios/match.ts';
import type { IntentLexicon, TurnNode } from '../../src/scenarios/schema.ts';
import { brand } from './helpers.ts';

const intents: IntentLexicon = {
  refuse: { zh: ['不用了', '不给'], en: ['no thanks', 'not interested'], patterns: [] },
  'hang-up': { zh: ['挂了'], en: ['hang up', 'hanging up'], patterns: [] },
  'verify-official': { zh: ['官方客服', '自己打'], en: ['official number', 'verify'], patterns: [] },
  comply: { zh: ['好的', '可以'], en: ['ok', 'sure'], patterns: [] },
  pay: { zh: ['转账'], en: ['transfer', "i'll pay"], patterns: [] },
  'share-screen': { zh: ['共享屏幕'], en: ['share my screen'], patterns: [] },
  hesitate: { zh: ['不太确定', '再想想'], en: ['not sure'], patterns: [] },
};

const node: Pick<TurnNode, 'safe' | 'risky'> = {
  safe: { intents: ['refuse', 'hang-up', 'verify-official'], patterns: [], next: 'end-safe' },
  risky: {
    intents: ['comply', 'pay', 'share-screen'],
    phrases: { zh: ['照你说的'], en: ['as you say'] },
    patterns: ['^嗯+$'],
    next: 'end-fail',
  },
};
const ctx = { intents, officialNumbers: brand.official_numbers.map((n) => n.number) };
const judge = (answer: string) => judgeAnswer(answer, node, ctx);

describe('judge priority order', () => {
  it('1. a verification code, card or ID number is risky whatever the words around it', () => {
    expect(judge('不用了，不给……算了，验证码是 482913')).toMatchObject({
      judgement: 'risky',
      reason: 'hands-over-data',
      data: 'code',
    });
    expect(judge('I refuse. Fine, 4829')).toMatchObject({ judgement: 'risky', data: 'code' });
    expect(judge('卡号 6222 0212 3456 7894')).toMatchObject({ judgement: 'risky', data: 'card' });
    expect(judge('身份证 11010519491231002X，我挂了')).toMatchObject({ judgement: 'risky', data: 'id-number' });
    // 7–8 digits are a code when the answer talks about a code (findSensitive alone would call them a phone).
    expect(judge('the code is 48291372')).toMatchObject({ judgement: 'risky', data: 'code' });
    // Public service numbers are not data handed over.
    expect(judge('我打 96110 问问')).toMatchObject({ judgement: 'unclear' });
  });

  it('2. naming an official number is safe, even with compliant words', () => {
    expect(judge('好的，我打 400-000-0000 问一下')).toMatchObject({ judgement: 'safe', reason: 'official-number' });
    expect(judge('OK I will call 4000000000')).toMatchObject({ judgement: 'safe', reason: 'official-number' });
    expect(judge('我打 021 0000 0000')).toMatchObject({ judgement: 'safe', reason: 'official-number' });
    expect(judge('我打 +86 21 0000 0000')).toMatchObject({ judgement: 'safe', reason: 'official-number' });
    // A lookalike number is not official.
    expect(judge('好的，我打 400-000-0001')).toMatchObject({ judgement: 'risky' });
  });

  it('2. a safe match wins over a risky match in the same answer', () => {
    expect(judge('好的好的，我挂了')).toMatchObject({
      judgement: 'safe',
      reason: 'safe-match',
      hit: { intent: 'hang-up', text: '挂了' },
    });
    expect(judge('OK, I am hanging up')).toMatchObject({ judgement: 'safe', hit: { intent: 'hang-up' } });
  });

  it('3. risky matches by intent, by node phrase and by node pattern', () => {
    expect(judge('好的，怎么弄')).toMatchObject({
      judgement: 'risky',
      reason: 'risky-match',
      hit: { source: 'intent', intent: 'comply' },
    });
    expect(judge('那就照你说的办')).toMatchObject({ judgement: 'risky', hit: { source: 'phrase', text: '照你说的' } });
    expect(judge('Fine, as you say')).toMatchObject({
      judgement: 'risky',
      hit: { source: 'phrase', text: 'as you say' },
    });
    expect(judge('嗯嗯')).toMatchObject({ judgement: 'risky', hit: { source: 'pattern' } });
  });

  it('4. anything else is unclear', () => {
    expect(judge('你是哪位？')).toEqual({ judgement: 'unclear', reason: 'no-match' });
    expect(judge('')).toEqual({ judgement: 'unclear', reason: 'no-match' });
  });

  it('matches both languages whatever the drill locale', () => {
    expect(judge('ok 我考虑')).toMatchObject({ judgement: 'risky' });
    expect(judge('不用了 thanks')).toMatchObject({ judgement: 'safe' });
  });
});

describe('digits read in context', () => {
  it.each([
    ['我只借过5000，没有2万', 'amount'],
    ['还转了5000块', 'amount'],
    ['I only borrowed 5000', 'amount'],
    ['欠款 ¥3000 我下周还', 'amount'],
    ['我身份证尾号不是0312', 'denial'],
    ["my ID doesn't end in 0312", 'denial'],
    ['00852开头的电话我不接', 'prefix'],
  ])('%s (%s) hands nothing over', (answer) => {
    expect(handedOverData(answer)).toBeUndefined();
    expect(judge(answer).reason).not.toBe('hands-over-data');
  });

  it.each([
    ['验证码不是4829，是4830', 'code'], // a code word wins over the negation
    ['借款验证码 482913', 'code'], // …and over a money word
    ['好吧 4829', 'code'],
    ['我卡号不是 6222 0212 3456 7894', 'card'], // a whole card number is handed over even in a denial
  ])('%s still hands over a %s', (answer, kind) => {
    expect(handedOverData(answer)).toBe(kind);
    expect(judge(answer)).toMatchObject({ judgement: 'risky', reason: 'hands-over-data' });
  });
});

describe('hesitation', () => {
  it('is unclear, even when it names what the caller asks for', () => {
    expect(judge('可是转账这个……我不太确定')).toMatchObject({
      judgement: 'unclear',
      reason: 'hesitant',
      hit: { intent: 'hesitate' },
    });
    expect(judge("OK, but I'm not sure about the transfer")).toMatchObject({ judgement: 'unclear', reason: 'hesitant' });
  });

  it('loses to a refusal and to data handed over', () => {
    expect(judge('我不太确定，我挂了')).toMatchObject({ judgement: 'safe' });
    expect(judge('我不太确定，验证码是 482913')).toMatchObject({ judgement: 'risky', reason: 'hands-over-data' });
  });
});

describe('negation', () => {
  it.each([
    ['我不会转账', 'unclear'],
    ['我不转账', 'unclear'],
    ['我绝不转账', 'unclear'],
    ['别转账', 'unclear'],
    ['我不会给你转账', 'unclear'],
    ['没转账', 'unclear'],
    ['不要共享屏幕', 'unclear'],
    ['不，我转账', 'risky'], // the negation belongs to another clause
    ['没问题我转账', 'risky'],
    ["I won't transfer", 'unclear'],
    ['I will not transfer anything', 'unclear'],
    ["I'm not going to transfer", 'unclear'],
    ["I don't want to share my screen", 'unclear'],
    ['I never transfer to strangers', 'unclear'],
    ['I cant transfer', 'unclear'],
    ['no transfer', 'unclear'],
    ['No, I will transfer', 'risky'],
    ['no I will transfer', 'risky'], // "no" negates only the next word
    ['not ok', 'unclear'],
  ])('%s → %s', (answer, want) => {
    expect(judge(answer).judgement).toBe(want);
  });

  it('a negated safe phrase does not count either', () => {
    expect(judge('我不会挂了的，好的').judgement).toBe('risky');
  });
});

describe('typo tolerance (en words of 5+ letters)', () => {
  it.each([
    ['I will tranfer', 'risky'],
    ['I will transfre', 'risky'],
    ['I will transferr', 'risky'],
    ['call the oficial number', 'safe'],
    ['let me verfy', 'safe'],
    ['oj', 'unclear'], // short words must match exactly
    ['I will wire it', 'unclear'], // not in the lexicon
  ])('%s → %s', (answer, want) => {
    expect(judge(answer).judgement).toBe(want);
  });

  it('withinOneEdit', () => {
    expect(withinOneEdit('transfer', 'transfer')).toBe(true);
    expect(withinOneEdit('transfer', 'trasnfer')).toBe(true);
    expect(withinOneEdit('transfer', 'tansfer')).toBe(true);
    expect(withinOneEdit('transfer', 'transfers')).toBe(true);
    expect(withinOneEdit('transfer', 'tranfsre')).toBe(false);
    expect(withinOneEdit('police', 'polish')).toBe(false);
  });
});

describe('phrase matching', () => {
  const m = (text: string, phrase: string, locale: 'zh' | 'en') =>
    matchPhrase(prepareText(text), phrase, locale, { negation: true });

  it('en phrases are whole words, case- and apostrophe-insensitive', () => {
    expect(m('OKAY then', 'ok', 'en')).toBe(false);
    expect(m('Ok then', 'ok', 'en')).toBe(true);
    expect(m('Ill pay now', "i'll pay", 'en')).toBe(true);
    expect(m('I’ll pay now', "i'll pay", 'en')).toBe(true);
    expect(m('a scammers trick', 'scam', 'en')).toBe(false);
    expect(m('hang, up', 'hang up', 'en')).toBe(false); // a phrase does not span clauses
  });

  it('zh phrases are substrings after normalisation (full-width, traditional, spaces)', () => {
    expect(m('我掛了', '挂了', 'zh')).toBe(true);
    expect(m('官方 APP 里看', '官方app', 'zh')).toBe(true);
    expect(m('ＯＫ，好的', '好的', 'zh')).toBe(true);
  });

  it('digits in zh phrases do not match inside longer numbers', () => {
    expect(m('我打110报警', '110', 'zh')).toBe(true);
    expect(m('他的号码13811012345', '110', 'zh')).toBe(false);
  });
});

describe('helpers', () => {
  it('official numbers are compared by phone key: country code and trunk zero do not matter', () => {
    expect(phoneKey('+86 21 0000 0000').key).toBe(phoneKey('021-0000-0000').key);
    expect(phoneKey('0086 400 000 0000').key).toBe(phoneKey('400-000-0000').key);
    expect(namesOfficialNumber('打 0086 400 000 0000 问问', ctx.officialNumbers)).toBe(true);
    expect(namesOfficialNumber('call +86 400-000-0000', ctx.officialNumbers)).toBe(true);
  });

  it('namesOfficialNumber ignores numbers that merely contain an official one', () => {
    expect(namesOfficialNumber('call 400-000-0000', ctx.officialNumbers)).toBe(true);
    expect(namesOfficialNumber('call 1400-000-00001', ctx.officialNumbers)).toBe(false);
  });

  it('handedOverData', () => {
    expect(handedOverData('验证码是４８２９１３')).toBe('code'); // full-width digits
    expect(handedOverData('我的电话 13812345678')).toBeUndefined();
    expect(handedOverData('no code for you')).toBeUndefined();
  });
});
