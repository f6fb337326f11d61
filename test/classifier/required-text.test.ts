// The screen in front of the content's patterns (src/classifier/required-text.ts) may only skip a pattern that
// cannot match: checked on the shipped patterns against texts generated to match each (fast-check, fixed seed), and
// on the counterexamples it found when the screen was broken on purpose.
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatedPatterns, NEGATION } from '../../src/classifier/phrases.ts';
import { requiredText, Screen, ScreenTable } from '../../src/classifier/required-text.ts';
import { classifier } from '../helpers/content.ts';

const need = (source: string) => requiredText(source)?.clauses.map((c) => c.strings);

describe('what a pattern requires', () => {
  it.each([
    ['安全账户|监管账户', [['安全账户', '监管账户']]],
    [
      '(提供|告诉)(一下)?.{0,6}(验证码|密码)',
      [
        ['验证码', '密码'],
        ['提供', '告诉'],
      ],
    ],
    ['\\bscan\\b.{0,12}\\bqr\\b', [['scan'], ['qr']]],
    ['先(借|贷).{0,10}(再)?(转|汇)', [['先'], ['借', '贷'], ['转', '汇']]],
    ['(?:abc)d', [['abcd']]],
    ['(ab|c(d|e))x', [['x'], ['ab', 'c']]],
  ])('%s needs one of each of %j', (source, strings) => {
    expect(need(source)).toEqual(strings);
  });

  it.each([['.{0,3}'], ['(a|.)b?'], ['[^a]'], ['\\s+'], ['a?'], ['(?=abc)'], ['\\p{L}+'], ['(a?)b?\\1']])(
    '%s needs nothing (always run)',
    (source) => {
      expect(need(source)).toBeUndefined();
    },
  );
});

const language = classifier.context.language;
const patterns: RegExp[] = [
  ...language.phrases.rules.flatMap((r) => [...r.patterns, ...r.unless]),
  ...language.phrases.warnings,
  NEGATION,
  ...(language.variants.pattern ? [language.variants.pattern] : []),
  // The layers' fixed patterns screened with the rules (phrases.ts textGate), NEGATION among them.
  ...gatedPatterns().filter((re) => re !== NEGATION && !re.flags.includes('i')),
];
const screens = patterns.map((re) => ({
  re: new RegExp(re.source, re.flags.replace('g', '')),
  required: requiredText(re.source),
}));
const table = new ScreenTable(screens.map((s) => s.required));
const screen = new Screen();

/** The first shipped pattern that matches `text` while the screen (or the table) would skip it. */
function skipped(text: string): string | undefined {
  screen.of(text);
  for (const [i, { re, required }] of screens.entries()) {
    // The flat table and the per-pattern screen agree.
    if (screen.allowsIn(table, i) !== screen.allows(required)) return `table and screen disagree on ${re.source}`;
    if (re.test(text) && !screen.allows(required)) return re.source;
  }
  return undefined;
}
const matching = (text: string) => screens.filter(({ re }) => re.test(text)).length;

/** A pattern with its lookarounds dropped and each \b as an optional space: fast-check's stringMatching cannot
 *  generate those, and a text made from the relaxed form usually matches the real pattern. */
function relaxed(source: string): string {
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });
  const cuts: { start: number; end: number; put: string }[] = [];
  visitRegExpAST(ast, {
    onAssertionEnter(a) {
      if (a.kind === 'start' || a.kind === 'end') return;
      cuts.push({ start: a.start, end: a.end, put: a.kind === 'word' && !a.negate ? ' ?' : '' });
    },
  });
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) continue; // inside a lookaround already dropped
    out += source.slice(at, cut.start) + cut.put;
    at = cut.end;
  }
  return out + source.slice(at);
}

// Filler made of the patterns' own literal pieces, so a text also brings other patterns near a match.
const pieces = [
  ...new Set(patterns.flatMap((re) => re.source.split(/[|()[\]?*+{}.\\^$]+/).filter((p) => p && p.length < 8))),
];
const filler = fc
  .array(
    fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(' ', '，', '的', 'a', '12', '你'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
/** Texts aimed at one pattern: a string its relaxed form matches, between punctuation, then filler. */
const aimedAt = (re: RegExp) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '，'),
      fc.stringMatching(new RegExp(relaxed(re.source), 'u')),
      fc.constantFrom('', ' ', '。'),
      fc.option(filler, { nil: '' }),
    )
    .map((parts) => parts.join(''));

const SEED = 20261130;
// Twelve texts a pattern: at six, session 36's new patterns (look-behind guards that texts built from the relaxed form
// rarely satisfy) left the runs reaching 193 of 229 patterns, under the 85 % asked below; twelve reach 214.
const RUNS_PER_PATTERN = 12;

describe('the screen never skips a pattern that matches', () => {
  // Counterexamples fast-check shrank to when the screen was broken on purpose, one way a row (kept so each break
  // fails here at once, whatever the generated runs).
  it.each([
    ['arrest warrant别', 'the table missed a one-character string at the last position'],
    ['汇入个人账户发给', 'the table missed a one-character string at the last position'],
    ['告诉动态密码', 'a string ending the text was not found'],
    ['往支付宝转', 'an optional part counted as required'],
    ['截图短信码', 'an optional part counted as required'],
    ['密码报给', "a string's last pair was taken one unit too far"],
    ['flight cancelled compensation', 'a repeated character (l+) counted as one fixed character'],
  ])('%j: every pattern that matches it runs (found when %s)', (text) => {
    expect(matching(text)).toBeGreaterThan(0);
    expect(skipped(text)).toBeUndefined();
  });

  it(`holds for ${patterns.length} shipped patterns on texts aimed at each (${RUNS_PER_PATTERN} runs each, fixed seed)`, () => {
    const hit = new Set<number>();
    for (const [k, re] of patterns.entries()) {
      fc.assert(
        fc.property(aimedAt(re), (text) => {
          const wrong = skipped(text);
          if (wrong) throw new Error(`the screen skips ${wrong} on ${JSON.stringify(text)}`);
          for (const [i, s] of screens.entries()) if (s.re.test(text)) hit.add(i);
        }),
        { numRuns: RUNS_PER_PATTERN, seed: SEED + k },
      );
    }
    // The runs reach nearly every pattern (with texts glued from pieces alone, about a third).
    expect(hit.size).toBeGreaterThan(0.85 * patterns.length);
  });

  it('finds one-, two- and longer strings at every place, the last units of the text too', () => {
    // Strings of three units and more are looked up by their first three, two-unit ones by their pair, one-unit
    // ones by their unit: each at the start, in the middle and at the very end, beside a string sharing its start.
    const own = new ScreenTable(['转账', '转账户', 'code', '码'].map((source) => requiredText(source)));
    const allowed = (text: string) => [0, 1, 2, 3].filter((i) => own.allows(text, i));
    expect(allowed('转账户')).toEqual([0, 1]);
    expect(allowed('请转账')).toEqual([0]);
    expect(allowed('请转账户')).toEqual([0, 1]);
    expect(allowed('the code')).toEqual([2]);
    expect(allowed('the cod')).toEqual([]);
    expect(allowed('code 码')).toEqual([2, 3]);
    expect(allowed('转')).toEqual([]);
  });

  it('reads strings sharing their first three units as the one-pattern screen does (the fourth unit tested first)', () => {
    // Three letters make the three-unit groups collide often: "abc", "abca", "abcb", "abcab" share a group, and a
    // string of four runs past the text's end where one of three fits (the fourth unit's test reads no unit there).
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 3, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 24 }),
        (lists, text) => {
          const required = lists.map((list) => requiredText(list.join('|')));
          const own = new ScreenTable(required);
          const one = new Screen().of(text);
          for (const [i, r] of required.entries()) expect(own.allows(text, i)).toBe(one.allows(r));
        },
      ),
      { numRuns: 2000, seed: 20261205 },
    );
  });

  it('reads one-, two- and longer strings sharing their first units as the one-pattern screen does, text after text', () => {
    // Strings of one to five units over three letters: a pair starts two-unit strings and longer ones alike (one bitmap
    // of pair slots turns a position away for both), and the table numbers its strings group by group; several texts
    // read in turn by one table (each read marks afresh).
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 16 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (lists, texts) => {
          const required = lists.map((list) => requiredText(list.join('|')));
          const own = new ScreenTable(required);
          for (const text of texts) {
            const one = new Screen().of(text);
            for (const [i, r] of required.entries()) expect(own.allows(text, i)).toBe(one.allows(r));
          }
        },
      ),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('skips most patterns on a message that needs few', () => {
    const screen = new Screen().of('您的快递已到驿站，请凭取件码领取');
    const run = language.phrases.rules.flatMap((r) => r.needs).filter((n) => screen.allows(n)).length;
    expect(run).toBeLessThan(language.phrases.rules.flatMap((r) => r.needs).length / 4);
  });
});
