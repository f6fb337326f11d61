// The words' layer splits a message into sentences and clauses unit by unit (scam-language.ts sentenceEndAt,
// clauseEndAt): held to the regular expressions they stand for at every position of generated texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseEndAt, sentenceEndAt } from '../../src/classifier/scam-language.ts';

const SENTENCE_END = /[。！？!?;；\n]+|\.(?=\s|$)/y;
const CLAUSE_END = /[,，]+/y;

/** The end of the expression's match starting at text[i], -1 for none. */
function endBy(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? i + m[0].length : -1;
}

// Texts of separators, spaces and a few other units, so that runs and dots before spaces are common.
const unit = fc.constantFrom(...'。！？!?;；\n.,，  \t\u3000\u00a0a中1:：、');
const text = fc.array(unit, { maxLength: 24 }).map((u) => u.join(''));

describe('sentence and clause separators', () => {
  it('end where the expressions end, at every position', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i <= t.length; i++) {
          expect(sentenceEndAt(t, i)).toBe(endBy(SENTENCE_END, t, i));
          expect(clauseEndAt(t, i)).toBe(endBy(CLAUSE_END, t, i));
        }
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });

  it('read a dot as a sentence end only before a space or the end', () => {
    expect(sentenceEndAt('a. b', 1)).toBe(2);
    expect(sentenceEndAt('a.b', 1)).toBe(-1);
    expect(sentenceEndAt('a.', 1)).toBe(2);
    expect(sentenceEndAt('好。！\n再', 1)).toBe(4);
    expect(clauseEndAt('a,，,b', 1)).toBe(4);
    expect(clauseEndAt('a,b', 0)).toBe(-1);
  });
});
