// The webhook bench's verdict arithmetic (bench/lib/stats.ts): the median's distribution-free interval and the
// blocks that divide out the order within a pair.
import { describe, expect, it } from 'vitest';
import { cv, median, medianInterval, orderBlocks, pearson } from '../../bench/lib/stats.ts';

describe('medianInterval', () => {
  const shuffled = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7) % n) + 1); // 1..n, out of order

  it('takes the order statistics whose sign-test coverage first reaches the level', () => {
    // n = 8: [x(2), x(7)] covers 1 − 2·9/256 ≈ 0.930; [x(3), x(6)] would cover only 0.711.
    const eight = medianInterval(shuffled(8), 0.9);
    expect([eight.low, eight.high]).toEqual([2, 7]);
    expect(eight.coverage).toBeCloseTo(1 - (2 * 9) / 256, 6);
    // n = 12: [x(3), x(10)] covers 1 − 2·79/4096 ≈ 0.961; [x(4), x(9)] 0.854.
    const twelve = medianInterval(shuffled(12), 0.9);
    expect([twelve.low, twelve.high]).toEqual([3, 10]);
  });

  it('falls back to the whole range, with its lower coverage, for few figures', () => {
    const four = medianInterval([0.7, 0.5, 0.9, 0.6], 0.9);
    expect([four.low, four.high]).toEqual([0.5, 0.9]);
    expect(four.coverage).toBeCloseTo(1 - 2 / 16, 6);
    expect(four.coverage).toBeLessThan(0.9);
  });
});

describe('orderBlocks', () => {
  it('divides out a fixed factor that favours one order', () => {
    const truth = [0.62, 0.58, 0.65, 0.6];
    const bias = 1.3; // the pair measured in the first order reads 1.3× high, the other 1.3× low
    const pairs = truth.flatMap((t) => [t * bias, t / bias]);
    const blocks = orderBlocks(pairs);
    expect(blocks).toHaveLength(truth.length);
    for (const [k, b] of blocks.entries()) expect(b).toBeCloseTo(truth[k]!, 9);
  });

  it('drops an unpaired last pair', () => {
    expect(orderBlocks([0.5, 0.8, 0.9])).toHaveLength(1);
  });
});

describe('summary figures', () => {
  it('median, coefficient of variation and correlation', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(cv([1, 1, 1])).toBe(0);
    expect(cv([1, 3])).toBeCloseTo(Math.SQRT2 / 2, 9);
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 9);
    expect(pearson([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 9);
  });
});
