// Runs one user turn for any channel: lock the user, load state, ask the brain, save state, record outcomes and
// metrics. The only place where the pure brain meets storage, so every channel behaves the same.
import { handleTurn, type Brain } from '../bot/brain.ts';
import { DependencyPending } from '../bot/load-lazy.ts';
import {
  type BotReply,
  type ChannelName,
  type ChatLine,
  legacyHistory,
  MAX_HISTORY,
  reviveState,
  type TurnEvent,
  type TurnInput,
} from '../bot/types.ts';
import { extend } from '../content/clone.ts';
import type { Locale } from '../content/topics.ts';
import type { Logger } from '../ops/log.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { OutcomeRecord, StateStore, TurnCommit } from '../store/index.ts';
import { createKeyedHash } from '../store/keyed-hash.ts';

export interface TurnRequest extends TurnInput {
  /** Stable per user and channel, e.g. "web:<id>" or "app:<userId>"; never logged raw. */
  userKey: string;
  channel: ChannelName;
  session?: string;
  /** Same key → the first replies again, without running the turn twice (webhook retries). */
  idempotencyKey?: string;
  /**
   * Run only if the user has no history yet (the widget's first-visit greeting), decided under the user's lock, so
   * two tabs or two instances saying hello at once greet once. A skipped turn answers `replies: []`.
   */
  firstVisitOnly?: boolean;
}

/** A messageId this user already sent with a different text: the app reused an id (409), not a retry. */
export class MessageIdReusedError extends Error {
  readonly code = 'MESSAGE_ID_REUSED';
  constructor() {
    super('this messageId was already used for a different message');
    this.name = 'MessageIdReusedError';
  }
}

/** What the replay record keeps: the keyed hash of the text (to tell a retry from a reused id) and the replies. */
interface ReplayRecord {
  text: string;
  replies: BotReply[];
}

export interface TurnResponse {
  replies: BotReply[];
  /** True when the replies come from an earlier identical request. */
  replayed: boolean;
  /** What the turn did (drills finished, quizzes scored), for a channel that reports results itself (the terminal);
   *  absent when nothing ran (a replay, a skipped greeting). */
  events?: TurnEvent[];
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
/** Recently active users whose key hash is kept in memory (~100 bytes each). */
const USER_HASHES_KEPT = 10_000;

/** Runs a turn; a brain whose classifier or FAQ loads on first use (the terminal's) may ask to wait for it: the turn
 *  then runs again once it is ready (handleTurn is pure, so the first try left nothing behind). */
async function turnWhenReady<T>(run: () => T): Promise<T> {
  for (;;) {
    try {
      return run();
    } catch (err) {
      if (!(err instanceof DependencyPending)) throw err;
      await err.ready;
    }
  }
}

export interface Conversations {
  turn(req: TurnRequest): Promise<TurnResponse>;
  history(userKey: string, locale?: Locale): Promise<ChatLine[]>;
  /** Keyed hash of a user key: what the store, reports and logs see instead of the id. */
  userHash(userKey: string): string;
  /** "Start over": the user's state (drill, quiz, language) and chat lines deleted, under the user's turn lock. */
  reset(userKey: string): Promise<void>;
}

/** Where a user's state is kept, by the keyed hash of the user key (never the raw id). */
export function stateKey(userHash: string): string {
  return `scam-coach/users/${userHash}`;
}

/** Where a user's chat lines are appended (the history store), by the keyed hash of the user key. */
export function historyKey(userHash: string): string {
  return `scam-coach/history/${userHash}`;
}

export async function createConversations(deps: {
  brain: Brain;
  store: StateStore;
  metrics: Metrics;
  log: Logger;
  /** Key of the user hash (USER_HASH_SALT, or the SQLite store's own). */
  userHashSalt: string;
}): Promise<Conversations> {
  const { brain, store, metrics, log } = deps;
  // User keys: the recently active users' hashes kept (one HMAC less per message). Texts and replay keys: the
  // same keyed hash, never kept (a text or message id seldom comes twice, and raw texts stay out of memory).
  const userHash = createKeyedHash(deps.userHashSalt, USER_HASHES_KEPT);
  const keyedHash = createKeyedHash(deps.userHashSalt);
  // The replay key hashes user and messageId together, JSON-encoded: no two (user, id) pairs can share it, whatever
  // `/`, `:` or unicode they hold, and neither appears at rest.
  const replayKey = (userKey: string, messageId: string) => `idem/${keyedHash(JSON.stringify([userKey, messageId]))}`;

  /** The state, plus the chat lines a state stored by version 1 still holds (moved out on its next commit). */
  async function load(user: string, locale?: Locale) {
    const stored = await store.loadState(stateKey(user));
    return { state: reviveState(stored, locale), legacy: legacyHistory(stored) };
  }

  async function history(userKey: string, locale?: Locale): Promise<ChatLine[]> {
    const user = userHash(userKey);
    const lines = (await store.history.recent(historyKey(user), MAX_HISTORY)) as ChatLine[];
    return lines.length ? lines : (await load(user, locale)).legacy;
  }

  /** The replies to send again for a retry, undefined for a new message; throws for a reused id. */
  async function replayed(key: string, text: string): Promise<BotReply[] | undefined> {
    const seen = (await store.idempotency.get(key)) as ReplayRecord | BotReply[] | undefined;
    if (!seen) return undefined;
    if (Array.isArray(seen)) return seen; // a record from before texts were kept
    if (seen.text !== keyedHash(text)) throw new MessageIdReusedError();
    return seen.replies;
  }

  function outcomes(
    events: TurnEvent[],
    base: Pick<OutcomeRecord, 'user' | 'channel' | 'session' | 'at'>,
  ): OutcomeRecord[] {
    // Each record built on an empty object (extend), not `{ ...base, … }`: one hidden class per kind, not per record.
    const out: OutcomeRecord[] = [];
    for (const e of events) {
      if (e.type === 'check') {
        metrics.checks.inc({ verdict: e.verdict, channel: base.channel });
        out.push(extend(base, { kind: 'check' as const, verdict: e.verdict }));
      } else if (e.type === 'faq') {
        metrics.faq.inc({ result: e.route ?? (e.matched ? 'matched' : 'fallback') });
        out.push(
          extend(base, {
            kind: 'faq' as const,
            faqMatched: e.matched,
            ...(e.route ? { faqRoute: e.route } : {}),
            ...(e.id ? { faqId: e.id } : {}),
            ...(e.topics ? { topics: e.topics } : {}),
            question: e.question,
          }),
        );
      } else if (e.type === 'quiz-finished') {
        out.push(
          extend(base, {
            kind: 'quiz' as const,
            phase: e.phase,
            hits: e.hits,
            misses: e.misses,
            falseAlarms: e.falseAlarms,
            correctRejections: e.correctRejections,
          }),
        );
      } else if (e.type === 'drill-started') {
        metrics.drills.inc({ event: 'started', scenario: e.scenario });
      } else {
        metrics.drills.inc({ event: e.outcome, scenario: e.scenario });
        out.push(
          extend(base, {
            kind: 'drill' as const,
            scenario: e.scenario,
            outcome: e.outcome,
            score: e.score,
            spotted: e.spotted,
            avoided: e.avoided,
            missed: e.missed,
            topics: e.topics,
          }),
        );
      }
    }
    return out;
  }

  async function turn(req: TurnRequest): Promise<TurnResponse> {
    const user = userHash(req.userKey); // what outcomes and logs see instead of the id, hashed once per turn
    const started = performance.now();
    if (!req.firstVisitOnly) metrics.messages.inc({ channel: req.channel });
    const response = await store.lock.run(user, async () => {
      const idemKey = req.idempotencyKey ? replayKey(req.userKey, req.idempotencyKey) : undefined;
      if (idemKey) {
        const seen = await replayed(idemKey, req.text);
        if (seen) return { replies: seen, replayed: true };
      }
      const { state, legacy } = await load(user, req.locale);
      if (req.firstVisitOnly) {
        if (state.lines) return { replies: [], replayed: false };
        metrics.messages.inc({ channel: req.channel });
      }
      if (req.session) state.session = req.session;
      const input = { text: req.text, now: Date.now(), ...(req.locale ? { locale: req.locale } : {}) };
      const result = await turnWhenReady(() => handleTurn(brain, state, input));
      const records = outcomes(result.events, {
        user,
        channel: req.channel,
        at: Date.now(),
        ...((req.session ?? result.state.session) ? { session: req.session ?? result.state.session } : {}),
      });
      const commit: TurnCommit = {
        state: { key: stateKey(user), value: result.state },
        outcomes: records,
        // A version-1 state's lines go first; almost every state has none, and the turn's own list is passed as is.
        history: {
          key: historyKey(user),
          lines: legacy.length ? [...legacy, ...result.lines] : result.lines,
          keep: MAX_HISTORY,
        },
      };
      // Set, not spread in: no throwaway object per turn.
      if (idemKey) {
        commit.idempotency = {
          key: idemKey,
          value: { text: keyedHash(req.text), replies: result.stored } satisfies ReplayRecord,
          ttlSeconds: IDEMPOTENCY_TTL_SECONDS,
        };
      }
      await store.commitTurn(commit);
      return { replies: result.replies, replayed: false, events: result.events };
    });
    metrics.turnSeconds.observe({ channel: req.channel }, (performance.now() - started) / 1000);
    if (log.isLevelEnabled('debug')) {
      log.debug({ user, channel: req.channel, replies: response.replies.length, replayed: response.replayed }, 'turn');
    }
    return response;
  }

  async function reset(userKey: string): Promise<void> {
    const user = userHash(userKey);
    await store.lock.run(user, async () => {
      // A null state reads back as a fresh one (reviveState); the chat lines go with it.
      await store.commitTurn({ state: { key: stateKey(user), value: null }, outcomes: [] });
      await store.history.clear(historyKey(user));
    });
  }

  return {
    turn,
    userHash,
    history,
    reset,
  };
}
