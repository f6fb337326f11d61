// The gram reader (requests.ts GramReader, what the similarity layer reads each clause with) scores a clause as the
// string grams do (matchGrams of grams()), on first reading and on every later one: its per-word numbers are kept
// across messages (an English word to its stem's number), and a kept number must never change an answer.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeMessage } from '../../src/classifier/normalize-message.ts';
import { grams, matchGrams, matchRequest } from '../../src/classifier/requests.ts';
import { loadMessages } from '../field/messages-corpus.ts';
import { brand, classifier } from '../helpers/content.ts';
import { MESSAGE_CASES } from './cases.ts';

const ROOT = join(import.meta.dirname, '../..');
const { requests, variants } = classifier.context.language;

describe('GramReader', () => {
  it('matches each clause as matchGrams(grams(clause)) does, read once and read again (table, field dev half)', () => {
    const field = (loadMessages(join(ROOT, 'test/field/messages-dev.tsv'), brand) ?? []).map((m) => m.text);
    const clauses = [...MESSAGE_CASES.map((c) => c.input), ...field.slice(0, 800)]
      .flatMap((t) => normalizeMessage(t, variants).split(/[,，。.!?！？;；\n]/))
      .filter((c) => c.trim().length > 1);
    // Inflected and stop words beside the words they stem to: one number per stem, none for a stop word.
    clauses.push('please pays the fees now', 'paying fee', 'transfers transferred transfer', 'the you your');
    let matched = 0;
    for (let round = 0; round < 2; round++)
      for (const clause of clauses) {
        const expected = matchGrams(grams(clause), requests);
        expect(matchRequest(clause, requests), clause).toEqual(expected);
        if (expected) matched++;
      }
    // The clauses hold both answers.
    expect(matched).toBeGreaterThan(20);
    expect(matched).toBeLessThan(clauses.length * 2 - 20);
  });
});
