// `npm run faq:fit -- --quick`: the leave-one-batch-out folds (≈ 50 min) only print figures, so a quick fit skips
// them and its generated header says so. Tested on the summary step alone (a real fit takes ~10 min).
import { describe, expect, it, vi } from 'vitest';
import { excludeBatch, leftOut, loboSummary, QUICK_NOTE } from '../../bench/faq-fit.ts';
import type { FieldQuestion } from '../../src/faq/field.ts';

describe('faq:fit --quick', () => {
  it('skips the folds and writes the note that the LOBO figures were not taken', () => {
    const run = vi.fn(() => ['batch 1 (10): …']);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(loboSummary(true, run)).toEqual([QUICK_NOTE]);
    expect(run).not.toHaveBeenCalled();
    expect(QUICK_NOTE).toMatch(/LOBO figures not taken/);
  });

  it('runs the folds without the flag and keeps their figures', () => {
    const run = vi.fn(() => ['batch 1 (10): …', 'pooled: …']);
    expect(loboSummary(false, run)).toEqual(['batch 1 (10): …', 'pooled: …']);
    expect(run).toHaveBeenCalledOnce();
  });
});

describe('faq:fit --exclude-batch N', () => {
  // Ids of batches 1, 41 and 42 (src/faq/field.ts QUESTION_BATCHES); the rest of a question does not matter here.
  const q = (id: string) => ({ id }) as FieldQuestion;
  const dev = [q('q00001'), q('q12301'), q('q12601'), q('q12899'), q('q00002')];

  it("leaves batch N's lines out of what the fits read, and no other batch's", () => {
    const { excluded, questions } = excludeBatch(['--quick', '--exclude-batch', '42'], dev);
    expect(excluded).toBe(42);
    expect(questions.map((x) => x.id)).toEqual(['q00001', 'q12301', 'q00002']);
  });

  it('keeps every line without the flag, and refuses a flag without a batch number', () => {
    expect(excludeBatch(['--quick'], dev)).toEqual({ excluded: undefined, questions: dev });
    expect(() => excludeBatch(['--exclude-batch'], dev)).toThrow(/a batch number/);
  });

  it('names the batch left out in the generated headers', () => {
    expect(leftOut()).toBe('every batch');
    expect(leftOut(42)).toBe('every batch but 42');
  });
});
