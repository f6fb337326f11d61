// The screen in front of the content's patterns (src/classifier/required-text.ts) may only skip a pattern that
// cannot match: checked on the shipped patterns against generated texts built from their own words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEGATION } from '../../src/classifier/phrases.ts';
import { requiredText, Screen, ScreenTable } from '../../src/classifier/required-text.ts';
import { classifier } from '../helpers/content.ts';

const need = (source: string) => requiredText(source)?.clauses.map((c) => c.strings);

describe('what a pattern requires', () => {
  it.each([
    ['安全账户|监管账户', [['安全账户', '监管账户']]],
    ['(提供|告诉)(一下)?.{0,6}(验证码|密码)', [['验证码', '密码'], ['提供', '告诉']]],
    ['\\bscan\\b.{0,12}\\bqr\\b', [['scan'], ['qr']]],
    ['先(借|贷).{0,10}(再)?(转|汇)', [['先'], ['借', '贷'], ['转', '汇']]],
    ['(?:abc)d', [['abcd']]],
    ['(ab|c(d|e))x', [['x'], ['ab', 'c']]],
  ])('%s needs one of each of %j', (source, strings) => {
    expect(need(source)).toEqual(strings);
  });

  it.each([['.{0,3}'], ['(a|.)b?'], ['[^a]'], ['\\s+'], ['a?'], ['(?=abc)'], ['\\p{L}+'], ['(a?)b?\\1']])('%s needs nothing (always run)', (source) => {
    expect(need(source)).toBeUndefined();
  });
});

const language = classifier.context.language;
const patterns: RegExp[] = [
  ...language.phrases.rules.flatMap((r) => [...r.patterns, ...r.unless]),
  ...language.phrases.warnings,
  NEGATION,
  ...(language.variants.pattern ? [language.variants.pattern] : []),
];

// Texts made of the patterns' own literal pieces (so they often match), glued with filler.
const pieces = [...new Set(patterns.flatMap((re) => re.source.split(/[|()[\]?*+{}.\\^$]+/).filter((p) => p && p.length < 8)))];
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '，', '的', 'a', '12', '你'), fc.string({ maxLength: 3 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('the screen never skips a pattern that matches', () => {
  it(`holds for ${patterns.length} shipped patterns on generated texts`, () => {
    const screen = new Screen();
    const screens = patterns.map((re) => ({ re: new RegExp(re.source, re.flags.replace('g', '')), required: requiredText(re.source) }));
    const table = new ScreenTable(screens.map((s) => s.required));
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        screen.of(t);
        screens.forEach(({ re, required }, i) => {
          // The flat table and the per-pattern screen agree.
          expect(screen.allowsIn(table, i)).toBe(screen.allows(required));
          if (!re.test(t)) return;
          matched++;
          expect(screen.allows(required), `${re.source} on ${t}`).toBe(true);
        });
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(300);
  });

  it('skips most patterns on a message that needs few', () => {
    const screen = new Screen().of('您的快递已到驿站，请凭取件码领取');
    const run = language.phrases.rules.flatMap((r) => r.needs).filter((n) => screen.allows(n)).length;
    expect(run).toBeLessThan(language.phrases.rules.flatMap((r) => r.needs).length / 4);
  });
});
