// hasItems (the brain's cheap "is this a check?" question) agrees with check().items on every message: the field
// corpora's dev halves (questions and messages as people write them) and random scam-shaped noise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fillFieldText, parseFieldQuestions } from '../../src/faq/field.ts';
import { loadMessages } from '../field/messages-corpus.ts';
import { brand, classifier } from '../helpers/content.ts';

vi.setConfig({ testTimeout: 30_000 });
const ROOT = join(import.meta.dirname, '../..');

describe('classifier.hasItems', () => {
  it('is check().items.length > 0 for every dev question and message of the field corpora', () => {
    const file = join(ROOT, 'test/field/questions-dev.tsv');
    const questions = parseFieldQuestions(readFileSync(file, 'utf8'), file).questions.map((q) => fillFieldText(q.text, brand));
    const messages = (loadMessages(join(ROOT, 'test/field/messages-dev.tsv'), brand) ?? []).map((m) => m.text);
    expect(questions.length + messages.length).toBeGreaterThan(500);
    let withItems = 0;
    for (const text of [...questions, ...messages]) {
      const expected = classifier.check(text).items.length > 0;
      expect(classifier.hasItems(text), text).toBe(expected);
      if (expected) withItems++;
    }
    // Both answers occur: the comparison is not one-sided.
    expect(withItems).toBeGreaterThan(50);
    expect(withItems).toBeLessThan(questions.length + messages.length - 50);
  });

  it('agrees with check() on scam-shaped noise', () => {
    const piece = fc.constantFrom('00852', '+', '400-000-0000', 'anxinjie', '.example', '.top', '验证码', 'http://', '@', '１２３', '。', ' ', '-', '96110', '一三八', 'www.', '.cn/a');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(classifier.hasItems(s)).toBe(classifier.check(s).items.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});
