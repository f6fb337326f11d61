// Scoring a quiz run: counts, raw rates, and d′ / c from log-linear-corrected rates; comparing pre and post.
import { criterion, dPrime, loglinearRate } from './dprime.ts';
import type { Truth } from './schema.ts';

export interface QuizAnswer {
  truth: Truth;
  answer: Truth;
}

export interface QuizScore {
  /** Scam items answered "scam". */
  hits: number;
  /** Scam items answered "genuine". */
  misses: number;
  /** Genuine items answered "scam": the cost of blanket distrust. */
  falseAlarms: number;
  /** Genuine items answered "genuine". */
  correctRejections: number;
  /** hits / scam items, uncorrected; null when there were no scam items. */
  hitRate: number | null;
  /** false alarms / genuine items, uncorrected; null when there were no genuine items. */
  falseAlarmRate: number | null;
  /** z(H) − z(F) on log-linear-corrected rates ((count + 0.5) / (n + 1)); 0 = no discernment. */
  dPrime: number;
  /** −(z(H) + z(F)) / 2 on the same rates; negative = leaning to "scam", positive = leaning to "genuine". */
  criterion: number;
}

export function scoreQuiz(answers: readonly QuizAnswer[]): QuizScore {
  let hits = 0;
  let misses = 0;
  let falseAlarms = 0;
  let correctRejections = 0;
  for (const { truth, answer } of answers) {
    if (truth === 'scam') answer === 'scam' ? hits++ : misses++;
    else answer === 'scam' ? falseAlarms++ : correctRejections++;
  }
  const scams = hits + misses;
  const genuine = falseAlarms + correctRejections;
  const h = loglinearRate(hits, scams);
  const f = loglinearRate(falseAlarms, genuine);
  return {
    hits,
    misses,
    falseAlarms,
    correctRejections,
    hitRate: scams ? hits / scams : null,
    falseAlarmRate: genuine ? falseAlarms / genuine : null,
    dPrime: dPrime(h, f),
    criterion: criterion(h, f),
  };
}

/**
 * What changed between the two forms. `better-discernment` when d′ rose by at least DPRIME_STEP to at least
 * MIN_DISCERNMENT, `worse-discernment` when it fell by at least DPRIME_STEP; otherwise `more-sceptical` /
 * `more-trusting` when only the bias moved by at least CRITERION_STEP
 * (more-sceptical is the failure the research warns about: more "scam" answers to genuine contact too).
 */
export type QuizChange =
  | 'better-discernment'
  | 'worse-discernment'
  | 'more-sceptical'
  | 'more-trusting'
  | 'no-clear-change';

/** With a dozen items per form one answer moves d′ by about 0.3–0.4; smaller changes are noise. */
export const DPRIME_STEP = 0.5;
/** "Better discernment" also needs the post form itself to tell scams from genuine contact (d′ of at least this).
 *  Answering by any fixed pattern lands at |d′| ≤ 0.31 on a balanced order (src/quiz/order.ts), so going from a
 *  pattern's −0.31 to its +0.31 is not learning. */
export const MIN_DISCERNMENT = 0.5;
export const CRITERION_STEP = 0.25;

export interface QuizComparison {
  pre: QuizScore;
  post: QuizScore;
  delta: { hitRate: number | null; falseAlarmRate: number | null; dPrime: number; criterion: number };
  /** True when post answered "scam" to a larger share of genuine items than pre, whatever happened to d′. */
  moreFalseAlarms: boolean;
  change: QuizChange;
}

function diff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

export function compareQuiz(
  pre: QuizScore | readonly QuizAnswer[],
  post: QuizScore | readonly QuizAnswer[],
): QuizComparison {
  const before = Array.isArray(pre) ? scoreQuiz(pre) : (pre as QuizScore);
  const after = Array.isArray(post) ? scoreQuiz(post) : (post as QuizScore);
  const delta = {
    hitRate: diff(before.hitRate, after.hitRate),
    falseAlarmRate: diff(before.falseAlarmRate, after.falseAlarmRate),
    dPrime: after.dPrime - before.dPrime,
    criterion: after.criterion - before.criterion,
  };
  let change: QuizChange = 'no-clear-change';
  if (delta.dPrime >= DPRIME_STEP && after.dPrime >= MIN_DISCERNMENT) change = 'better-discernment';
  else if (delta.dPrime <= -DPRIME_STEP) change = 'worse-discernment';
  else if (delta.criterion <= -CRITERION_STEP) change = 'more-sceptical';
  else if (delta.criterion >= CRITERION_STEP) change = 'more-trusting';
  return { pre: before, post: after, delta, moreFalseAlarms: (delta.falseAlarmRate ?? 0) > 0, change };
}
