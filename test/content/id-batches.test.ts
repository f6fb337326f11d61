import { describe, expect, it } from 'vitest';
import { batchOf, batchOption, byIdNumber } from '../../src/content/id-batches.ts';

// Ids outgrew four digits (messages batch 32 runs m9801 … m10096): batches compare by number, not string order.
const RANGES = {
  4: { first: 'm1001', last: 'm1299' },
  31: { first: 'm9501', last: 'm9799' },
  32: { first: 'm9801', last: 'm10099' },
} as const;

describe('batchOf', () => {
  it('finds a four-digit id in its range, ends included', () => {
    expect(batchOf(RANGES, 'm1001', 'T')).toBe(4);
    expect(batchOf(RANGES, 'm1299', 'T')).toBe(4);
    expect(batchOf(RANGES, 'm9650', 'T')).toBe(31);
  });

  it('puts a five-digit id in the batch its number falls in, not where string order would', () => {
    expect(batchOf(RANGES, 'm10001', 'T')).toBe(32); // string order would put it between m1001 and m1299
    expect(batchOf(RANGES, 'm9801', 'T')).toBe(32);
    expect(batchOf(RANGES, 'm10099', 'T')).toBe(32);
  });

  it('names the table for an id in no batch, another prefix or another form', () => {
    for (const id of ['m9800', 'm10100', 'q1001', 'm12x', '']) {
      expect(() => batchOf(RANGES, id, 'RANGES (here)')).toThrow(`${id}: in no batch of RANGES (here)`);
    }
  });
});

describe('batchOption', () => {
  it('reads --batch N, refuses a batch the table lacks', () => {
    expect(batchOption(['--batch', '32'], RANGES)).toBe(32);
    expect(batchOption([], RANGES)).toBeUndefined();
    expect(() => batchOption(['--batch', '5'], RANGES)).toThrow('--batch: one of 4, 31, 32');
  });
});

describe('byIdNumber', () => {
  it('orders ids by number across the four-to-five-digit step, as a batch range is printed', () => {
    expect(['q10000', 'q9999', 'q10198', 'q9901'].sort(byIdNumber)).toEqual(['q9901', 'q9999', 'q10000', 'q10198']);
    expect(['q10000', 'q9999'].sort()).toEqual(['q10000', 'q9999']); // what string order printed for batch 33
  });
});
