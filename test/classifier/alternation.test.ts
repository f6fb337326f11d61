// Content patterns of many alternatives are run on a message as the alternatives its screen lets through
// (alternation.ts, phrases.ts warningFor / findPhrases): the same matches as the whole pattern, on the shipped rules
// and on rules added to the content, and a pattern or alternative with no string to screen on always runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternationOf, prunedTo } from '../../src/classifier/alternation.ts';
import {
  compilePhrases,
  findPhrases,
  negationFor,
  negationIn,
  phraseFileSchema,
  sharedScreen,
  warningFor,
} from '../../src/classifier/phrases.ts';
import { classifier } from '../helpers/content.ts';

const rulesWith = (patterns: string[], warnings = ['谨防诈骗|\\bbeware\\b']) => {
  const rules = compilePhrases(
    phraseFileSchema.parse({ rules: [{ topic: 'verification-code', severity: 'high', patterns }], warnings }),
  );
  sharedScreen(rules, []);
  return rules;
};

describe('a pattern split into its alternatives', () => {
  it('keeps the alternatives asked for, in order, and the whole pattern when all are', () => {
    const alt = alternationOf(/ab|cd|ef/gu)!;
    expect(alt.sources).toEqual(['ab', 'cd', 'ef']);
    expect(prunedTo(alt, 0b101)!.source).toBe('ab|ef');
    expect(prunedTo(alt, 0b101)!.flags).toBe('gu');
    expect(prunedTo(alt, 0b111)).toBe(alt.whole);
    expect(prunedTo(alt, 0)).toBeNull();
  });

  it('is split inside one group around the whole pattern, the group kept', () => {
    const alt = alternationOf(/(ab|cd|ef)/u)!;
    expect(prunedTo(alt, 0b110)!.source).toBe('(cd|ef)');
    expect(prunedTo(alternationOf(/(?:ab|cd)/u)!, 0b10)!.source).toBe('(?:cd)');
  });

  it('is not split with one alternative, a backreference, a named group or the i flag', () => {
    expect(alternationOf(/(ab|cd)x/u)).toBeUndefined();
    expect(alternationOf(/(a)b\1|cd/u)).toBeUndefined();
    expect(alternationOf(/(?<x>a)b|cd/u)).toBeUndefined();
    expect(alternationOf(/ab|cd/iu)).toBeUndefined();
  });

  it('a rule added to the content is found by any of its alternatives, one without a string to screen on too', () => {
    const rules = rulesWith(['\\bglorp (code|pin)\\b|念给(我|我们)|[a-z]{3}\\d{2}']);
    const topics = (text: string) => findPhrases(text, rules.rules).map((h) => h.text);
    expect(topics('send me the glorp pin now')).toEqual(['glorp pin']);
    expect(topics('把数字念给我们')).toEqual(['念给我']);
    // The third alternative needs no string: it runs on any text.
    expect(topics('ref xyz42 ok')).toEqual(['xyz42']);
    expect(topics('nothing to see here')).toEqual([]);
  });

  it('a warning added to the content is tested by the alternatives that could match', () => {
    const rules = rulesWith(['验证码'], ['谨防诈骗|\\bbeware\\b|\\bzorp(ed)? alert\\b']);
    expect(warningFor(rules, 'a zorped alert: call us', 0)?.test('a zorped alert: call us')).toBe(true);
    expect(warningFor(rules, 'beware of it', 0)!.source).toBe('\\bbeware\\b');
    expect(warningFor(rules, 'nothing here', 0)).toBeNull();
  });
});

const phrases = classifier.context.language.phrases;
// Texts made of the shipped patterns' own literal pieces, separators and filler: several alternatives near a match.
const pieces = [
  ...new Set(
    [...phrases.warnings, ...phrases.rules.flatMap((r) => [...r.patterns, ...r.unless])].flatMap((re) =>
      re.source.split(/[|()[\]?*+{}.\\^$]+/).filter((p) => p && p.length < 10),
    ),
  ),
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '，', '。', ', ', '. ', 'you ', '你', '12')), {
    minLength: 2,
    maxLength: 14,
  })
  .map((parts) => parts.join(''));

describe('the shipped patterns, pruned on a text, match as the whole ones', () => {
  it('every warning on the text and on each of its sentences', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < phrases.warnings.length; i++) {
          const pruned = warningFor(phrases, t, i);
          for (const part of [t, ...t.split(/[。.]/)])
            expect(pruned?.test(part) ?? false, `warning ${i} on ${JSON.stringify(part)}`).toBe(phrases.warnings[i]!.test(part));
        }
      }),
      { seed: 20261202, numRuns: 400 },
    );
  });

  it('the negation (the concept reader reads its first match in each clause) finds the same one', () => {
    const where = (re: RegExp | null, part: string) => {
      const m = re?.exec(part);
      return m ? [m.index, m[0]] : null;
    };
    fc.assert(
      fc.property(text, (t) => {
        const pruned = negationIn(phrases, t);
        for (const part of [t, ...t.split(/[,，。.]/)]) expect(where(pruned, part)).toEqual(where(negationFor(t), part));
      }),
      { seed: 20261204, numRuns: 400 },
    );
  });

  it('the phrase rules find the same hits as the rules run whole', () => {
    // A copy of the list is screened on its own table, without prunings.
    const whole = [...phrases.rules];
    fc.assert(
      fc.property(text, (t) => {
        expect(findPhrases(t, phrases.rules)).toEqual(findPhrases(t, whole));
      }),
      { seed: 20261203, numRuns: 400 },
    );
  });
});
