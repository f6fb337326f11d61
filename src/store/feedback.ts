// 👍/👎 on the bot's answers (the widget's feedback buttons), for /admin's "answers users found unhelpful". Each vote
// is an outcome record of kind `feedback` (what was rated and whether it helped; no user, no text), so reports count
// votes the way they count everything else — SQL GROUP BY on SQLite, the hourly partials on Redis — and filter them
// by date, session and channel. Older versions kept running totals in one state document: migrateLegacyFeedback
// turns it into records once.
import type { OutcomeRecord, StateStore } from './types.ts';

/** The state document older versions counted votes in. */
const LEGACY_KEY = 'scam-coach/feedback';

export interface FeedbackVote {
  helpful: boolean;
  /** The kind of answer rated. */
  rated: NonNullable<OutcomeRecord['rated']>;
  /** The FAQ entry, when an FAQ answer was rated. */
  faqId?: string;
}

/** The outcome record of one vote. Votes carry no user (not even a hash): only what was rated, when, and whether it
 *  helped. */
export function feedbackRecord(vote: FeedbackVote, at: number): OutcomeRecord {
  return {
    kind: 'feedback',
    at,
    user: '',
    channel: 'web',
    helpful: vote.helpful,
    rated: vote.rated,
    ...(vote.rated === 'faq' && vote.faqId ? { faqId: vote.faqId } : {}),
  };
}

export async function recordFeedback(store: Pick<StateStore, 'outcomes'>, vote: FeedbackVote, now = Date.now()) {
  await store.outcomes.add(feedbackRecord(vote, now));
}

interface LegacyCounts {
  helpful: number;
  unhelpful: number;
  byAnswer: Record<string, { helpful: number; unhelpful: number }>;
}

/** Legacy answer names ("faq:<id>", "check", "fallback") as a vote's fields; unknown names: unnamed. */
function legacyVote(answer: string | undefined, helpful: boolean): FeedbackVote | { helpful: boolean } {
  if (answer?.startsWith('faq:')) return { helpful, rated: 'faq', faqId: answer.slice(4) };
  if (answer === 'check' || answer === 'fallback') return { helpful, rated: answer };
  return { helpful };
}

/**
 * Turns the counts an older version kept in one state document into feedback records dated `now` (the votes' own
 * times were never kept), in one commit with the document's replacement, so a crash never counts them twice. Votes
 * the old document counted only in its totals (beyond its 500 answers) become records without an answer. Returns the
 * number of records written (0 when there was nothing to migrate).
 */
export async function migrateLegacyFeedback(
  store: Pick<StateStore, 'loadState' | 'commitTurn' | 'lock'>,
  now = Date.now(),
): Promise<number> {
  return store.lock.run(LEGACY_KEY, async () => {
    const doc = (await store.loadState(LEGACY_KEY)) as { counts?: LegacyCounts } | null | undefined;
    const counts = doc?.counts;
    if (!counts) return 0;
    const outcomes: OutcomeRecord[] = [];
    const add = (answer: string | undefined, helpful: boolean, n: number) => {
      const vote = legacyVote(answer, helpful);
      for (let i = 0; i < n; i++) {
        outcomes.push({ kind: 'feedback', at: now, user: '', channel: 'web', ...vote });
      }
    };
    let named = { helpful: 0, unhelpful: 0 };
    for (const [answer, c] of Object.entries(counts.byAnswer ?? {})) {
      add(answer, true, c.helpful);
      add(answer, false, c.unhelpful);
      named = { helpful: named.helpful + c.helpful, unhelpful: named.unhelpful + c.unhelpful };
    }
    add(undefined, true, Math.max(0, counts.helpful - named.helpful));
    add(undefined, false, Math.max(0, counts.unhelpful - named.unhelpful));
    await store.commitTurn({ state: { key: LEGACY_KEY, value: { migratedAt: now } }, outcomes });
    return outcomes.length;
  });
}
