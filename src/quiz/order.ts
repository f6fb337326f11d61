// The order a user sees a quiz form in: shuffled per user and run from a recorded seed (the same seed gives the same
// order in every channel and after a restart), and balanced so that no fixed answer pattern can score — each
// parity (items 1, 3, 5… and 2, 4, 6…) and each half of the form holds its fair share of scam items, give or take
// half an item. Answering by alternation, by halves, or everything one way then lands at chance on every form.
import { mulberry32 } from '../content/prng.ts';
import type { Truth } from './schema.ts';

/** Shuffles tried before settling for the most balanced one (a 14-item form is balanced ~50% of the time). */
const MAX_TRIES = 200;

/** A seed for a new run: any 32-bit unsigned integer. */
export type QuizSeed = number;

function shuffle(n: number, rand: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Position groups a fixed answer pattern could exploit: the two parities and the two halves. */
function groups(n: number): number[][] {
  const all = Array.from({ length: n }, (_, i) => i);
  const half = Math.ceil(n / 2);
  return [all.filter((i) => i % 2 === 0), all.filter((i) => i % 2 === 1), all.slice(0, half), all.slice(half)];
}

/** How far the scam items in each group are from their fair share, summed beyond the allowed half item. */
export function imbalance(truths: readonly Truth[]): number {
  const scams = truths.filter((t) => t === 'scam').length;
  let excess = 0;
  for (const g of groups(truths.length)) {
    const fair = (scams * g.length) / truths.length;
    const got = g.filter((i) => truths[i] === 'scam').length;
    excess += Math.max(0, Math.abs(got - fair) - 0.5);
  }
  return excess;
}

/** The item indices in the order shown for `seed`: a balanced shuffle (see the file comment). */
export function quizOrder(truths: readonly Truth[], seed: QuizSeed): number[] {
  const rand = mulberry32(seed >>> 0);
  let best: number[] = [];
  let bestScore = Number.POSITIVE_INFINITY;
  for (let t = 0; t < MAX_TRIES && bestScore > 0; t++) {
    const order = shuffle(truths.length, rand);
    const score = imbalance(order.map((i) => truths[i]!));
    if (score < bestScore) [best, bestScore] = [order, score];
  }
  return best;
}

/** Items in the order shown for `seed`. */
export function ordered<T extends { truth: Truth }>(items: readonly T[], seed: QuizSeed): T[] {
  return quizOrder(
    items.map((i) => i.truth),
    seed,
  ).map((i) => items[i]!);
}
