import { describe, expect, it } from 'vitest';
import { compareQuiz, type QuizAnswer, scoreQuiz } from '../../src/quiz/score.ts';

/** n answers with the given truth, `scam` of which were answered "scam". */
function answers(truth: 'genuine' | 'scam', n: number, scam: number): QuizAnswer[] {
  return Array.from({ length: n }, (_, i) => ({ truth, answer: i < scam ? 'scam' : 'genuine' }));
}

describe('scoreQuiz', () => {
  it('counts the four outcomes and raw rates', () => {
    const s = scoreQuiz([...answers('scam', 7, 5), ...answers('genuine', 7, 2)]);
    expect(s).toMatchObject({ hits: 5, misses: 2, falseAlarms: 2, correctRejections: 5 });
    expect(s.hitRate).toBeCloseTo(5 / 7, 12);
    expect(s.falseAlarmRate).toBeCloseTo(2 / 7, 12);
  });

  it('computes d′ on log-linear-corrected rates', () => {
    const s = scoreQuiz([...answers('scam', 7, 5), ...answers('genuine', 7, 2)]);
    // H = 5.5/8 = 0.6875, F = 2.5/8 = 0.3125 → z = ±0.4888
    expect(s.dPrime).toBeCloseTo(0.9776, 4);
    expect(s.criterion).toBeCloseTo(0, 9);
  });

  it('a perfect score has a finite d′; answering "scam" to everything has d′ 0 and full false alarms', () => {
    const perfect = scoreQuiz([...answers('scam', 7, 7), ...answers('genuine', 7, 0)]);
    expect(perfect.dPrime).toBeCloseTo(3.0682, 3);
    const paranoid = scoreQuiz([...answers('scam', 7, 7), ...answers('genuine', 7, 7)]);
    expect(paranoid.hitRate).toBe(1);
    expect(paranoid.falseAlarmRate).toBe(1);
    expect(paranoid.dPrime).toBeCloseTo(0, 9);
    expect(paranoid.criterion).toBeLessThan(-1);
  });

  it('rates without items of that kind are null, not NaN', () => {
    const s = scoreQuiz(answers('scam', 3, 3));
    expect(s.falseAlarmRate).toBeNull();
    expect(Number.isFinite(s.dPrime)).toBe(true);
    expect(scoreQuiz([]).hitRate).toBeNull();
  });
});

describe('compareQuiz', () => {
  const pre = [...answers('scam', 7, 4), ...answers('genuine', 7, 3)];

  it('reports better discernment when d′ rises', () => {
    const c = compareQuiz(pre, [...answers('scam', 7, 7), ...answers('genuine', 7, 0)]);
    expect(c.change).toBe('better-discernment');
    expect(c.delta.dPrime).toBeGreaterThan(2);
    expect(c.moreFalseAlarms).toBe(false);
  });

  it('flags the inoculation pitfall: more "scam" answers everywhere, no better discernment', () => {
    const c = compareQuiz(pre, [...answers('scam', 7, 6), ...answers('genuine', 7, 5)]);
    expect(c.change).toBe('more-sceptical');
    expect(c.moreFalseAlarms).toBe(true);
    expect(c.delta.hitRate).toBeCloseTo(2 / 7, 12);
    expect(c.delta.falseAlarmRate).toBeCloseTo(2 / 7, 12);
  });

  it('accepts scores as well as answers, and reports more trust and no change', () => {
    expect(compareQuiz(scoreQuiz(pre), scoreQuiz(pre)).change).toBe('no-clear-change');
    expect(compareQuiz(pre, [...answers('scam', 7, 2), ...answers('genuine', 7, 1)]).change).toBe('more-trusting');
  });
});
