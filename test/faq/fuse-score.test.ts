// The tie-break's fuse.js score computed without fuse.js's per-call objects (src/faq/fuse-score.ts) is fuse.js's own
// number, bit for bit: on the shipped entries against the dev set's questions, on strings built to reach the bit
// array's edge cases, and on random short texts over a small alphabet (many near matches at every error level).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { devSetSchema } from '../../src/faq/evaluate.ts';
import { bestFuseScore, exactThreshold } from '../../src/faq/fuse-score.ts';
import { buildFaqIndex, FAQ_DEFAULTS, loadFaq, queryTerms, searchFaq } from '../../src/faq/index.ts';
import { brand, ROOT } from '../helpers/content.ts';

const OPTIONS = FAQ_DEFAULTS.fuse;
const THRESHOLD = exactThreshold(OPTIONS)!;
const fuseOver = (texts: string[]) => new Fuse(texts, OPTIONS as object, Fuse.createIndex([], texts));
const fuseScore = (fuse: Fuse<string>, pattern: string) => fuse.search(pattern, { limit: 1 })[0]?.score;

describe('fuse-score', () => {
  it('takes the shipped options and leaves any other to fuse.js', () => {
    expect(THRESHOLD).toBe(OPTIONS.threshold);
    expect(exactThreshold({ ...OPTIONS, isCaseSensitive: false })).toBeUndefined();
    expect(exactThreshold({ ...OPTIONS, includeMatches: true })).toBeUndefined();
    expect(exactThreshold({ ...OPTIONS, tokenMatch: 'all' })).toBeUndefined();
    expect(exactThreshold({ ...OPTIONS, useTokenSearch: false })).toBeUndefined();
  });

  // The index build is most of it: ~15 s on a quiet machine, past the default 30 s at load 30.
  it("gives fuse.js's score on the shipped entries for the dev set's questions", { timeout: 120_000 }, () => {
    const faq = loadFaq(ROOT);
    const index = buildFaqIndex(faq.entries, brand, { replies: faq.replies, ...(faq.routes ? { routes: faq.routes } : {}) });
    const dev = devSetSchema.parse(parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')));
    let compared = 0;
    let matched = 0;
    dev.questions.forEach(({ q }, k) => {
      const terms = queryTerms(index, q);
      if (!terms.segmented) return;
      // The candidates the tie-break would see, and two entries from anywhere.
      const entries = searchFaq(index, terms, { limit: 8 }).map((s) => s.entry);
      entries.push(k % index.entries.length, (k * 7919) % index.entries.length);
      for (const e of entries) {
        const { fuse } = index.entries[e]!;
        const want = fuseScore(fuse, terms.segmented);
        expect(bestFuseScore(fuse, terms.segmented, THRESHOLD), `${q} / entry ${e}`).toBe(want);
        compared++;
        if (want !== undefined) matched++;
      }
    });
    expect(compared).toBeGreaterThan(1000);
    expect(matched).toBeGreaterThan(compared / 4);
  });

  it('agrees at the edges: equal texts, long terms in chunks, no word characters, one error per letter', () => {
    const long = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst';
    const fuse = fuseOver([
      'verification code',
      long,
      `${long.slice(0, 20)}X${long.slice(21)} tail`,
      'aaaa bbbb aaab',
      '短信 验证码 给 客服',
      '   ',
      '!!!',
    ]);
    for (const pattern of [
      'verification',
      'verifcation code',
      long,
      `${long}abc`,
      long.slice(3),
      'aaba',
      'abab aaaa',
      '验证马',
      '短信 验证码',
      '!!!',
      'zzzz',
      'a',
    ]) {
      expect(bestFuseScore(fuse, pattern, THRESHOLD), pattern).toBe(fuseScore(fuse, pattern));
    }
  });

  it('agrees on random texts over a small alphabet', () => {
    const word = fc.stringMatching(/^[abc验证]{1,12}$/);
    const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), text, (texts, pattern) => {
        const fuse = fuseOver(texts);
        expect(bestFuseScore(fuse, pattern, THRESHOLD)).toBe(fuseScore(fuse, pattern));
      }),
      { numRuns: 400 },
    );
  });
});
