// 👍/👎 on the bot's answers (the widget's feedback buttons), counted for /admin's "answers users found unhelpful".
// Only counts, per answer (an FAQ entry id, or the kind of answer: check, fallback); no user, no text. Kept as one
// small document in the state storage and updated under the store's lock, so both backends (and several instances
// on Redis) count every vote once without a schema change.
import type { StateStore } from './types.ts';

const KEY = 'scam-coach/feedback';
/** Distinct answers counted; beyond this, votes still count in the totals (a client cannot grow the document). */
const MAX_ANSWERS = 500;

export type FeedbackStore = Pick<StateStore, 'loadState' | 'commitTurn' | 'lock'>;

export interface FeedbackVote {
  helpful: boolean;
  /** "faq:<id>", "check" or "fallback". */
  answer: string;
}

export interface FeedbackCounts {
  helpful: number;
  unhelpful: number;
  byAnswer: Record<string, { helpful: number; unhelpful: number }>;
}

async function read(store: FeedbackStore): Promise<FeedbackCounts> {
  const doc = (await store.loadState(KEY)) as { counts?: FeedbackCounts } | null | undefined;
  return doc?.counts ?? { helpful: 0, unhelpful: 0, byAnswer: {} };
}

export async function recordFeedback(store: FeedbackStore, vote: FeedbackVote): Promise<void> {
  await store.lock.run(KEY, async () => {
    const counts = await read(store);
    const field = vote.helpful ? 'helpful' : 'unhelpful';
    counts[field] += 1;
    const known = counts.byAnswer[vote.answer];
    if (known) known[field] += 1;
    else if (Object.keys(counts.byAnswer).length < MAX_ANSWERS) {
      counts.byAnswer[vote.answer] = { helpful: 0, unhelpful: 0, [field]: 1 };
    }
    await store.commitTurn({ state: { key: KEY, value: { counts } }, outcomes: [] });
  });
}

/** The totals and the answers most often found unhelpful (at most `top`), worst first. */
export async function feedbackReport(store: FeedbackStore, top = 10) {
  const counts = await read(store);
  const worst = Object.entries(counts.byAnswer)
    .filter(([, c]) => c.unhelpful > 0)
    .sort((a, b) => b[1].unhelpful - a[1].unhelpful || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([answer, c]) => ({ answer, ...c }));
  return { helpful: counts.helpful, unhelpful: counts.unhelpful, worst };
}
