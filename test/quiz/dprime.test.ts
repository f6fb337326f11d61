import { describe, expect, it } from 'vitest';
import { criterion, dPrime, inverseNormal, loglinearRate } from '../../src/quiz/dprime.ts';

describe('inverseNormal (Acklam)', () => {
  // Reference values of Φ⁻¹ (R qnorm), covering the central region and both tails.
  const known: [number, number][] = [
    [0.5, 0],
    [0.84, 0.994457883],
    [0.975, 1.959963985],
    [0.995, 2.575829304],
    [0.16, -0.994457883],
    [0.01, -2.326347874],
    [0.02, -2.053748911],
    [0.98, 2.053748911],
    [1e-10, -6.361340902],
  ];
  it.each(known)('Φ⁻¹(%s) ≈ %s', (p, z) => {
    expect(inverseNormal(p)).toBeCloseTo(z, 7);
  });

  it('is symmetric and monotonic', () => {
    let prev = Number.NEGATIVE_INFINITY;
    for (let p = 0.001; p < 1; p += 0.001) {
      const z = inverseNormal(p);
      expect(z).toBeGreaterThan(prev);
      expect(z).toBeCloseTo(-inverseNormal(1 - p), 7);
      prev = z;
    }
  });

  it('gives ±Infinity at 0 and 1 and rejects values outside [0, 1]', () => {
    expect(inverseNormal(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(inverseNormal(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => inverseNormal(1.2)).toThrow(RangeError);
    expect(() => inverseNormal(Number.NaN)).toThrow(RangeError);
  });
});

describe('dPrime and criterion', () => {
  it('H=0.84, F=0.16 gives d′ ≈ 1.99 and no bias', () => {
    expect(dPrime(0.84, 0.16)).toBeCloseTo(1.9889, 3);
    expect(criterion(0.84, 0.16)).toBeCloseTo(0, 9);
  });
  it('equal hit and false-alarm rates give d′ = 0 whatever the bias', () => {
    expect(dPrime(0.9, 0.9)).toBeCloseTo(0, 9);
    expect(criterion(0.9, 0.9)).toBeLessThan(0); // says "scam" to everything: leaning to scam
  });
  it('the log-linear correction keeps perfect scores finite', () => {
    expect(loglinearRate(7, 7)).toBeCloseTo(7.5 / 8, 12);
    expect(loglinearRate(0, 7)).toBeCloseTo(0.5 / 8, 12);
    expect(dPrime(loglinearRate(7, 7), loglinearRate(0, 7))).toBeCloseTo(3.0682, 3);
  });
});
