import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MAX_CHECKED_CHARS } from '../../src/classifier/index.ts';
import { VERDICTS } from '../../src/classifier/types.ts';
import { brand, classifier } from '../helpers/content.ts';

// Thousands of checks per property: give them room on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

describe('the classifier never throws', () => {
  it('on any string: unicode, binary, control and astral characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: fc.constantFrom('\u0000', '\u202e', '\ud83d', '\udca9', '😀', '：', '。', '+', '0', '@', '/', '.'), maxLength: 100 }),
        ),
        (s) => {
          const r = classifier.check(s);
          expect(VERDICTS).toContain(r.verdict);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on scam-shaped noise mixing digits, links and Chinese', () => {
    const piece = fc.constantFrom('00852', '+', '400-000-0000', 'anxinjie', '.example', '.top', '验证码', '转账', 'http://', '@', '１２３', '。', ' ', '-', '96110');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        expect(VERDICTS).toContain(classifier.check(parts.join('')).verdict);
      }),
      { numRuns: 500 },
    );
  });

  it('on a 1 MB input, checking only a bounded prefix', () => {
    const big = `${'请把验证码告诉我 anxin-kefu.top 00852 5123 8870 '.repeat(30_000)}`.slice(0, 1_000_000);
    const r = classifier.check(big);
    expect(r.verdict).toBe('dangerous');
    expect(r.input.length).toBeLessThanOrEqual(MAX_CHECKED_CHARS + 100);
  });
});

describe('lookalikes of an official domain are never official', () => {
  const alphabet = [...'abcdefghijklmnopqrstuvwxyz0123456789-', 'а', 'ο', 'і', 'е', 'ı'];
  const mutate = (d: string, op: number, at: number, ch: string): string => {
    const i = at % d.length;
    switch (op) {
      case 0:
        return d.slice(0, i) + ch + d.slice(i + 1); // replace
      case 1:
        return d.slice(0, i) + ch + d.slice(i); // insert
      case 2:
        return d.slice(0, i) + d.slice(i + 1); // remove
      default: {
        const j = Math.min(i, d.length - 2);
        return d.slice(0, j) + d[j + 1] + d[j] + d.slice(j + 2); // swap neighbours
      }
    }
  };
  it('with any single character replaced, inserted, removed or swapped', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...brand.official_domains),
        fc.integer({ min: 0, max: 3 }),
        fc.nat(),
        fc.constantFrom(...alphabet, '.'),
        (domain, op, at, ch) => {
          const mutated = mutate(domain, op, at, ch);
          // Same host after case folding, or a leading/trailing dot (the same DNS name), is not a lookalike.
          fc.pre(mutated.toLowerCase() !== domain && !mutated.startsWith('.') && !mutated.endsWith('.'));
          fc.pre(!brand.official_domains.includes(mutated.toLowerCase()));
          const r = classifier.check(`https://${mutated}/login`);
          expect(r.verdict, mutated).not.toBe('official');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('official numbers in any formatting are official', () => {
  const fullWidth = (s: string) => s.replace(/[0-9+\-()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  it('with spaces, dashes, brackets, full-width digits and country prefixes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...brand.official_numbers.map((n) => n.number)),
        fc.array(fc.constantFrom('', '', ' ', '-'), { minLength: 16, maxLength: 16 }),
        fc.boolean(),
        fc.constantFrom('', '+86 ', '0086 ', '+86'),
        (number, seps, wide, prefix) => {
          const digits = number.replace(/\D/g, '');
          // National form: a landline keeps its trunk 0 when written without a country prefix.
          const national = digits.startsWith('86') ? digits.slice(2) : digits;
          const body = prefix ? national : national.startsWith('4') ? national : `0${national}`;
          const formatted = prefix + [...body].map((d, i) => (i ? seps[i % seps.length] : '') + d).join('');
          const input = wide ? fullWidth(formatted) : formatted;
          const r = classifier.check(input);
          expect(r.verdict, input).toBe('official');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('official numbers spelled in Chinese numerals are never official', () => {
  const numerals: Record<string, string[]> = {
    '0': ['零', '〇', '○'],
    '1': ['一', '幺'],
    '2': ['二'],
    '3': ['三'],
    '4': ['四'],
    '5': ['五'],
    '6': ['六'],
    '7': ['七'],
    '8': ['八'],
    '9': ['九'],
  };
  it('whichever numerals, separators and country prefix', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...brand.official_numbers.map((n) => n.number)),
        fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
        fc.array(fc.constantFrom('', '', ' ', '-'), { minLength: 16, maxLength: 16 }),
        fc.constantFrom('', '+八六 ', '零零八六 ', '+86 '),
        fc.constantFrom('', '请回电 ', 'Call back on '),
        (number, picks, seps, prefix, before) => {
          const digits = number.replace(/\D/g, '');
          const national = digits.startsWith('86') ? digits.slice(2) : digits;
          const body = prefix ? national : national.startsWith('4') ? national : `0${national}`;
          const spelled = [...body]
            .map((d, i) => {
              const options = numerals[d]!;
              return (i ? seps[i % seps.length] : '') + options[picks[i % picks.length]! % options.length]!;
            })
            .join('');
          const input = before + prefix + spelled;
          const r = classifier.check(input);
          expect(r.verdict, input).not.toBe('official');
          expect(['suspicious', 'dangerous'], input).toContain(r.verdict);
          expect(r.items.flatMap((i) => i.reasons.map((x) => x.code)), input).toContain('NUMBER_IN_WORDS');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('links under Chinese top-level domains', () => {
  // Words free of link cues (访问, 登录, 网址 …), some of them Chinese TLDs.
  const word = fc.constantFrom('我', '在', '中国', '公司', '很好', '今天', '加班', '网络', '信息', '商城', '价格', '是', '3.5', '元', '我们', '业务', '安心借');
  const prose = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(''));
  const han = /^[\u3400-\u9fff]/;
  it('Chinese prose with a dot glued to Chinese on both sides has no link', () => {
    fc.assert(
      fc.property(prose, fc.constantFrom('中国', '公司', '网址', '在线', '信息'), prose, (before, tld, after) => {
        fc.pre(han.test(after) && han.test(before.slice(-1)));
        const r = classifier.check(`${before}.${tld}${after}`);
        expect(r.items.filter((i) => i.kind === 'url'), `${before}.${tld}${after}`).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a link after a cue or a space is found with its exact edges, whatever Chinese surrounds it', () => {
    const host = fc.constantFrom('安心借客服.中国', '安心借.网址', 'anxinjie.公司', 'kefu.安心借.在线', 'anxin-kefu.中国/a');
    fc.assert(
      fc.property(prose, fc.constantFrom('请登录', '点击', '访问 ', '：', ' '), host, fc.constantFrom('', ' ', '，', '处理', ' 处理'), (before, cue, link, after) => {
        // Chinese glued after the TLD is cut off only after a cue; after a colon or a space the host must end cleanly.
        fc.pre(!(after === '处理' && /^[ ：]$/.test(cue)));
        const input = `${before}${cue}${link}${after}`;
        const r = classifier.check(input);
        expect(r.items.map((i) => i.raw), input).toContain(link);
        expect(r.verdict, input).toBe('dangerous');
      }),
      { numRuns: 500 },
    );
  });
});
