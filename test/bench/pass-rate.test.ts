// The load-proof whole-pass figure of `npm run bench classifier` (bench/harness.ts passRate), on a clock the test
// drives: every input is checked once a pass in its order, a spike in one pass of a chunk leaves the figure alone,
// and a cost paid in every pass is counted in full.
import { describe, expect, it } from 'vitest';
import { passRate } from '../../bench/harness.ts';

/** A fake CPU clock and a check that advances it by its input's cost (plus any extra the test asks for). */
function fakeCheck(cost: (s: string, call: number) => number) {
  let now = 0;
  const calls: string[] = [];
  return {
    clock: () => now,
    calls,
    fn: (s: string) => {
      now += cost(s, calls.length);
      calls.push(s);
      return 'unknown';
    },
  };
}

const inputs = Array.from({ length: 100 }, (_, i) => `m${i}`);

describe('passRate', () => {
  it('checks every input once a pass, in order, after three warm passes', () => {
    const fake = fakeCheck(() => 10);
    passRate('x', inputs, fake.fn, 4, 40, fake.clock);
    expect(fake.calls).toEqual(Array.from({ length: 3 + 4 }, () => inputs).flat());
  });

  it('reads the inputs over the summed least cost of each chunk', () => {
    const fake = fakeCheck((s) => (s === 'm7' ? 110 : 10));
    const r = passRate('x', inputs, fake.fn, 5, 40, fake.clock);
    // A cost paid in every pass (one slow line) counts in full: 99 × 10 + 110 µs over 100 inputs.
    expect(r.cpuMicrosPerOp).toBeCloseTo(11, 9);
    expect(r.opsPerSec).toBeCloseTo(1e6 / 11, 6);
  });

  it('leaves out a spike that hits one pass of a chunk (a preemption, a burst of load)', () => {
    const passes = 5;
    // Pass 2 (calls counted from the first measured pass, after 3 warm passes) pays 5 ms on input m45 only, and
    // pass 4 on every input of the last chunk.
    const fake = fakeCheck((s, call) => {
      const pass = Math.floor(call / inputs.length) - 3;
      if (pass === 2 && s === 'm45') return 5_010;
      if (pass === 4 && Number(s.slice(1)) >= 80) return 1_000;
      return 10;
    });
    const r = passRate('x', inputs, fake.fn, passes, 40, fake.clock);
    expect(r.cpuMicrosPerOp).toBeCloseTo(10, 9);
  });

  it('a chunk slow in every pass cannot hide behind its other passes', () => {
    const fake = fakeCheck((s, call) => (Number(s.slice(1)) < 40 ? 20 + (call % 3) : 10));
    const r = passRate('x', inputs, fake.fn, 6, 40, fake.clock);
    // The first chunk costs at least 40 × 20 in every pass.
    expect(r.cpuMicrosPerOp).toBeGreaterThanOrEqual((40 * 20 + 60 * 10) / 100);
  });
});
