// Runs one user turn for any channel: lock the user, load state, ask the brain, save state, record outcomes and
// metrics. The only place where the pure brain meets storage, so every channel behaves the same.
import { createHash } from 'node:crypto';
import { handleTurn, type Brain } from '../bot/brain.ts';
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
import type { Locale } from '../content/topics.ts';
import type { Logger } from '../ops/log.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { OutcomeRecord, StateStore } from '../store/index.ts';

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

export interface TurnResponse {
  replies: BotReply[];
  /** True when the replies come from an earlier identical request. */
  replayed: boolean;
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

export interface Conversations {
  turn(req: TurnRequest): Promise<TurnResponse>;
  history(userKey: string, locale?: Locale): Promise<ChatLine[]>;
  /** Salted hash of a user key: what reports and logs see instead of the id. */
  userHash(userKey: string): string;
}

export function stateKey(userKey: string): string {
  return `scam-coach/users/${userKey}`;
}

/** Where a user's chat lines are appended (the history store). */
export function historyKey(userKey: string): string {
  return `scam-coach/history/${userKey}`;
}

export async function createConversations(deps: {
  brain: Brain;
  store: StateStore;
  metrics: Metrics;
  log: Logger;
}): Promise<Conversations> {
  const { brain, store, metrics, log } = deps;
  const salt = await store.secret('user-salt');
  const userHash = (userKey: string) => createHash('sha256').update(salt).update(userKey).digest('hex').slice(0, 16);

  /** The state, plus the chat lines a state stored by version 1 still holds (moved out on its next commit). */
  async function load(userKey: string, locale?: Locale) {
    const key = stateKey(userKey);
    const items = await store.storage.read([key]);
    const stored = (items[key] as { state?: unknown } | undefined)?.state;
    return { state: reviveState(stored, locale), legacy: legacyHistory(stored) };
  }

  async function history(userKey: string, locale?: Locale): Promise<ChatLine[]> {
    const lines = (await store.history.recent(historyKey(userKey), MAX_HISTORY)) as ChatLine[];
    return lines.length ? lines : (await load(userKey, locale)).legacy;
  }

  function outcomes(
    events: TurnEvent[],
    base: Pick<OutcomeRecord, 'user' | 'channel' | 'session' | 'at'>,
  ): OutcomeRecord[] {
    const out: OutcomeRecord[] = [];
    for (const e of events) {
      if (e.type === 'check') {
        metrics.checks.inc({ verdict: e.verdict, channel: base.channel });
        out.push({ ...base, kind: 'check', verdict: e.verdict });
      } else if (e.type === 'faq') {
        metrics.faq.inc({ result: e.route ?? (e.matched ? 'matched' : 'fallback') });
        out.push({
          ...base,
          kind: 'faq',
          faqMatched: e.matched,
          ...(e.route ? { faqRoute: e.route } : {}),
          ...(e.id ? { faqId: e.id } : {}),
          ...(e.topics ? { topics: e.topics } : {}),
          question: e.question,
        });
      } else if (e.type === 'quiz-finished') {
        out.push({
          ...base,
          kind: 'quiz',
          phase: e.phase,
          hits: e.hits,
          misses: e.misses,
          falseAlarms: e.falseAlarms,
          correctRejections: e.correctRejections,
        });
      } else if (e.type === 'drill-started') {
        metrics.drills.inc({ event: 'started', scenario: e.scenario });
      } else {
        metrics.drills.inc({ event: e.outcome, scenario: e.scenario });
        out.push({
          ...base,
          kind: 'drill',
          scenario: e.scenario,
          outcome: e.outcome,
          score: e.score,
          spotted: e.spotted,
          missed: e.missed,
          topics: e.topics,
        });
      }
    }
    return out;
  }

  async function turn(req: TurnRequest): Promise<TurnResponse> {
    const user = userHash(req.userKey); // what outcomes and logs see instead of the id, hashed once per turn
    const started = performance.now();
    if (!req.firstVisitOnly) metrics.messages.inc({ channel: req.channel });
    const response = await store.lock.run(req.userKey, async () => {
      const idemKey = req.idempotencyKey ? `idem/${req.userKey}/${req.idempotencyKey}` : undefined;
      if (idemKey) {
        const seen = (await store.idempotency.get(idemKey)) as BotReply[] | undefined;
        if (seen) return { replies: seen, replayed: true };
      }
      const { state, legacy } = await load(req.userKey, req.locale);
      if (req.firstVisitOnly) {
        if (state.lines) return { replies: [], replayed: false };
        metrics.messages.inc({ channel: req.channel });
      }
      if (req.session) state.session = req.session;
      const result = handleTurn(brain, state, {
        text: req.text,
        now: Date.now(),
        ...(req.locale ? { locale: req.locale } : {}),
      });
      const records = outcomes(result.events, {
        user,
        channel: req.channel,
        at: Date.now(),
        ...((req.session ?? result.state.session) ? { session: req.session ?? result.state.session } : {}),
      });
      await store.commitTurn({
        state: { [stateKey(req.userKey)]: { state: result.state, eTag: '*' } },
        outcomes: records,
        ...(idemKey
          ? { idempotency: { key: idemKey, value: result.stored, ttlSeconds: IDEMPOTENCY_TTL_SECONDS } }
          : {}),
        history: { key: historyKey(req.userKey), lines: [...legacy, ...result.lines], keep: MAX_HISTORY },
      });
      return { replies: result.replies, replayed: false };
    });
    metrics.turnSeconds.observe({ channel: req.channel }, (performance.now() - started) / 1000);
    if (log.isLevelEnabled('debug')) {
      log.debug({ user, channel: req.channel, replies: response.replies.length, replayed: response.replayed }, 'turn');
    }
    return response;
  }

  return {
    turn,
    userHash,
    history,
  };
}
