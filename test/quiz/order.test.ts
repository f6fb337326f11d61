// The quiz order: shuffled per run from a recorded seed, balanced, and immune to answering by a fixed pattern.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { loadQuiz, quizItems } from '../../src/quiz/load.ts';
import { imbalance, ordered, quizOrder } from '../../src/quiz/order.ts';
import type { Phase, Truth } from '../../src/quiz/schema.ts';
import { compareQuiz, type QuizAnswer, scoreQuiz } from '../../src/quiz/score.ts';

const ROOT = join(import.meta.dirname, '../..');
const quiz = loadQuiz(ROOT, loadBrand(join(ROOT, 'content/brand.yaml')));
const SEEDS = Array.from({ length: 400 }, (_, i) => (i * 2654435761) >>> 0);
const shownTruths = (phase: Phase, seed: number) => ordered(quizItems(quiz, phase, 'en'), seed).map((i) => i.truth);

/** Answers by position only, never looking at the item. */
type Pattern = (position: number, phase: Phase) => Truth;
const PATTERNS: Record<string, Pattern> = {
  'alternate, genuine first': (i) => (i % 2 === 0 ? 'genuine' : 'scam'),
  'alternate, scam first': (i) => (i % 2 === 0 ? 'scam' : 'genuine'),
  'all scam': () => 'scam',
  'all genuine': () => 'genuine',
  // The file order the quiz used to show: pre g s g s…, post s g s g…; a user who learnt it answers that way.
  'the old fixed order': (i, phase) => quizItems(quiz, phase, 'en')[i]!.truth,
  'first half scam, second half genuine': (i) => (i < 7 ? 'scam' : 'genuine'),
};

function answerBy(pattern: Pattern, phase: Phase, seed: number): QuizAnswer[] {
  return shownTruths(phase, seed).map((truth, i) => ({ truth, answer: pattern(i, phase) }));
}

describe('quiz order', () => {
  it('is the same for the same seed and differs between seeds', () => {
    expect(quizOrder(shownTruths('pre', 0), 7)).toEqual(quizOrder(shownTruths('pre', 0), 7));
    const orders = new Set(SEEDS.map((s) => ordered(quizItems(quiz, 'pre', 'en'), s).map((i) => i.id).join()));
    expect(orders.size).toBeGreaterThan(SEEDS.length * 0.95);
  });

  it('shows every item once and keeps both parities and both halves balanced', () => {
    for (const phase of ['pre', 'post'] as const) {
      const ids = quizItems(quiz, phase, 'en').map((i) => i.id);
      for (const seed of SEEDS) {
        const shown = ordered(quizItems(quiz, phase, 'en'), seed);
        expect(shown.map((i) => i.id).sort()).toEqual([...ids].sort());
        expect(imbalance(shown.map((i) => i.truth))).toBe(0);
      }
    }
  });

  it('no longer shows the old strict alternation as a rule', () => {
    const alternating = SEEDS.filter((s) => shownTruths('pre', s).every((t, i) => t === (i % 2 ? 'scam' : 'genuine')));
    expect(alternating.length).toBeLessThan(SEEDS.length * 0.02);
  });
});

describe('no fixed answer pattern scores', () => {
  it.each(Object.keys(PATTERNS))('%s: near chance on every form (|d′| ≤ 0.32)', (name) => {
    for (const phase of ['pre', 'post'] as const) {
      for (const seed of SEEDS) {
        expect(Math.abs(scoreQuiz(answerBy(PATTERNS[name]!, phase, seed)).dPrime)).toBeLessThanOrEqual(0.32);
      }
    }
  });

  it('no pair of patterns, before and after, over many seeds reads as "better discernment"', () => {
    const names = Object.keys(PATTERNS);
    for (const [k, seed] of SEEDS.slice(0, 100).entries()) {
      const postSeed = SEEDS[(k * 7 + 13) % SEEDS.length]!;
      for (const a of names) {
        for (const b of names) {
          const change = compareQuiz(answerBy(PATTERNS[a]!, 'pre', seed), answerBy(PATTERNS[b]!, 'post', postSeed)).change;
          expect(change, `${a} → ${b} (seeds ${seed}, ${postSeed})`).not.toBe('better-discernment');
        }
      }
    }
  });

  it('a learner who tells the items apart after training still does', () => {
    const seed = SEEDS[3]!;
    const guessed = answerBy(PATTERNS['alternate, scam first']!, 'pre', seed);
    const learnt = shownTruths('post', seed).map((truth) => ({ truth, answer: truth }));
    expect(compareQuiz(guessed, learnt).change).toBe('better-discernment');
  });
});
