// The rollup blocks a report reads (src/reports/sqlite/blocks.ts): they cover a range's whole hours exactly, are
// aligned blocks of the spans the rollups keep, and stay few for long ranges; per local day, every hour of the range
// is counted under exactly one day (a block tagged with the day, or a raw range at a mid-hour midnight).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL, blockHours, cover, dayWindow, LEVELS, windowOf } from '../../src/reports/sqlite/blocks.ts';
import { DAY_MS, HOUR_MS } from '../../src/reports/time.ts';

const hoursOf = (blocks: [number, number, ...number[]][]) =>
  blocks.flatMap(([k, slot]) => Array.from({ length: blockHours(k) }, (_, i) => slot * blockHours(k) + i));

describe('cover', () => {
  it('tiles [h0, h1) with aligned blocks, at most 2 × (BASE − 1) of each length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 0, max: 5_000 }), (h0, n) => {
        const blocks = cover(h0, h0 + n);
        expect(hoursOf(blocks)).toEqual(Array.from({ length: n }, (_, i) => h0 + i));
        for (const [k] of blocks) expect(k).toBeGreaterThanOrEqual(0);
        for (let k = 0; k < LEVELS - 1; k++) expect(blocks.filter(([s]) => s === k).length).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('reads a 14-day range as about ten blocks, not 336 hours', () => {
    const h0 = Date.UTC(2025, 2, 10) / HOUR_MS - 8; // +08:00 midnight
    expect(cover(h0, h0 + 14 * 24).length).toBeLessThanOrEqual(12);
  });
});

describe('windowOf', () => {
  const data = (): [number, number] => [1000, 5000];
  it('reads all time from the all-time span when the range is open', () => {
    expect(windowOf(undefined, undefined, data)).toEqual({ blocks: [[ALL, 0]], raw: [] });
  });
  it('reads partial hours at the ends from the rows, whole hours from blocks', () => {
    const w = windowOf(2000 * HOUR_MS + 5, 3000 * HOUR_MS - 7, data);
    expect(w.raw).toEqual([
      [2000 * HOUR_MS + 5, 2001 * HOUR_MS],
      [2999 * HOUR_MS, 3000 * HOUR_MS - 7],
    ]);
    expect(hoursOf(w.blocks)).toEqual(Array.from({ length: 998 }, (_, i) => 2001 + i));
  });
  it('reads a range inside the last data hour from the rows, open end or not', () => {
    expect(windowOf(5000 * HOUR_MS + 60_000, undefined, data).raw).toEqual([[5000 * HOUR_MS + 60_000, 5001 * HOUR_MS]]);
  });
  it('reads nothing when there is no data', () => {
    expect(windowOf(0, HOUR_MS * 10, () => [null, null])).toEqual({ blocks: [], raw: [] });
  });
});

describe('dayWindow', () => {
  it('counts every hour of the range under one local day, at any offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 400_000, max: 500_000 }),
        fc.integer({ min: 1, max: 24 * 40 }),
        fc.constantFrom(0, 480, -300, 330, 345, -570, 840),
        (h0, n, tz) => {
          const { blocks, raw } = dayWindow(windowOf(h0 * HOUR_MS, (h0 + n) * HOUR_MS, () => [0, 10 ** 7]), tz);
          const fromBlocks = hoursOf(blocks);
          const fromRaw = raw.map(([lo, hi]) => {
            expect(hi - lo).toBe(HOUR_MS);
            return lo / HOUR_MS;
          });
          expect([...fromBlocks, ...fromRaw].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => h0 + i));
          for (const [k, slot, day] of blocks) {
            const start = slot * blockHours(k) * HOUR_MS + tz * 60_000;
            const end = start + blockHours(k) * HOUR_MS - 1;
            expect([Math.floor(start / DAY_MS), Math.floor(end / DAY_MS)]).toEqual([day, day]);
          }
        },
      ),
    );
  });
});
