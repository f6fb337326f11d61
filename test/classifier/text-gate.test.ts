// The gate in front of the words' layers' fixed patterns (phrases.ts textGate / mayHold): each is tested on a
// message's sentences and clauses only when the whole text holds a string its matches need, read in the one table
// that screens the content's phrase rules. A pattern made a gate joins by itself, a rule added to the content joins
// the same table by itself, and no gate may skip a text its pattern matches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compilePhrases,
  findPhrases,
  mayHold,
  NEGATION,
  NEGATION_GATE,
  phraseFileSchema,
  sharedScreen,
  textGate,
} from '../../src/classifier/phrases.ts';
import { classifier } from '../helpers/content.ts';

/** A small rule file of our own (the table is built from it after the test's gates are registered). */
const rulesWith = (patterns: string[]) =>
  compilePhrases(
    phraseFileSchema.parse({
      rules: [{ topic: 'verification-code', severity: 'high', patterns }],
      warnings: ['谨防诈骗|\\bbeware\\b'],
    }),
  );

describe('fixed patterns behind the shared screen', () => {
  it('a pattern made a gate is run where its words occur and skipped where none does', () => {
    const gate = textGate(/\b(zork|frob)ulate\b|念给(我|我们)/);
    const rules = rulesWith(['验证码']);
    sharedScreen(rules, []);
    expect(mayHold(rules, 'please frobulate the widget', gate)).toBe(true);
    expect(mayHold(rules, '把数字念给我们听', gate)).toBe(true);
    expect(mayHold(rules, 'nothing to see here', gate)).toBe(false);
    expect(mayHold(rules, '今天天气不错', gate)).toBe(false);
  });

  it('a gate registered after the table was built, or read case-blind, always runs', () => {
    const rules = rulesWith(['验证码']);
    sharedScreen(rules, []);
    const late = textGate(/\bquuxify\b/);
    const caseBlind = textGate(/\bquuxify\b/i);
    expect(mayHold(rules, 'nothing to see here', late)).toBe(true);
    expect(mayHold(rules, 'nothing to see here', caseBlind)).toBe(true);
  });

  it('a phrase rule added to the content is screened in the same table: found where its words occur', () => {
    const rules = rulesWith(['验证码', '\\bglorp (code|pin)\\b']);
    const gate = textGate(/\bsplonk\b/);
    sharedScreen(rules, []);
    expect(findPhrases('send me the glorp pin now', rules.rules).map((h) => h.topic)).toEqual(['verification-code']);
    expect(findPhrases('send me the pin now', rules.rules)).toEqual([]);
    // The gate registered before the table reads the same text through the same table.
    expect(mayHold(rules, 'send me the glorp pin now', gate)).toBe(false);
    expect(mayHold(rules, 'splonk: send me the glorp pin', gate)).toBe(true);
  });

  it('the negation gate never skips a text the negation pattern matches (the shipped rules)', () => {
    const phrases = classifier.context.language.phrases;
    const pieces = ['不要', '别', '勿', 'never', 'not', "don't", 'no one', 'stop', 'to stop', '转账', '验证码', 'share', 'the code', ' ', '，', '。', 'a', '的'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (NEGATION.test(text)) expect(mayHold(phrases, text, NEGATION_GATE)).toBe(true);
      }),
      { seed: 20261201, numRuns: 2000 },
    );
    expect(mayHold(phrases, 'please send the code to this account', NEGATION_GATE)).toBe(false);
    expect(mayHold(phrases, 'never send the code to anyone', NEGATION_GATE)).toBe(true);
  });
});
