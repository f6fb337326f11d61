// `npm run faq:fit -- --quick`: the leave-one-batch-out folds (≈ 50 min) only print figures, so a quick fit skips
// them and its generated header says so. Tested on the summary step alone (a real fit takes ~10 min).
import { describe, expect, it, vi } from 'vitest';
import { loboSummary, QUICK_NOTE } from '../../bench/faq-fit.ts';

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
