// The state layer's contract. Channels and reports code against these interfaces only; SQLite and Redis implement
// them with the same semantics, so a test suite written once runs against both.
/** Serialises `fn` per key: two calls with one key never overlap (turns of one user, across instances for Redis). */
export interface TurnLock {
  run<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/** Remembers the result of a request (webhook retries get the first reply again). */
export interface IdempotencyStore {
  /** The stored value, or undefined when missing or expired. */
  get(key: string): Promise<unknown | undefined>;
  /** Stores a JSON-serialisable value; `ttlSeconds` may be fractional (kept to the millisecond). */
  put(key: string, value: unknown, ttlSeconds: number): Promise<void>;
}

/**
 * Append-only chat lines per key (the widget's restored history). Kept out of the per-turn state so a turn reads and
 * writes a few hundred bytes, not the whole conversation.
 */
export interface HistoryStore {
  /** The last `limit` values appended under `key`, oldest first. */
  recent(key: string, limit: number): Promise<unknown[]>;
  /** Forget every line under `key` (the widget's "start over"). */
  clear(key: string): Promise<void>;
}

export type Channel = 'web' | 'app' | 'cli';

/** One thing that happened in training or use. No raw user text: `question` is redacted, `user` a salted hash. */
export interface OutcomeRecord {
  kind: 'drill' | 'quiz' | 'faq' | 'check' | 'feedback';
  at: number; // epoch ms
  user: string; // salted hash, never a raw id
  channel: Channel;
  session?: string; // training cohort id
  scenario?: string;
  outcome?: 'passed' | 'failed' | 'incomplete';
  score?: number;
  spotted?: string[];
  missed?: string[];
  /** Red flags the run got past safely without naming them (the drill ended safely by not engaging). */
  avoided?: string[];
  topics?: string[];
  phase?: 'pre' | 'post';
  hits?: number;
  misses?: number;
  falseAlarms?: number;
  correctRejections?: number;
  faqMatched?: boolean;
  faqId?: string;
  /** FAQ turns routed before ranking (small talk, a product question): counted apart, never as missing content. */
  faqRoute?: 'product' | 'smalltalk';
  question?: string; // redacted text
  verdict?: 'official' | 'unknown' | 'suspicious' | 'dangerous';
  /** Feedback (👍/👎 on one of the bot's answers): whether it helped. */
  helpful?: boolean;
  /** Feedback: the kind of answer rated (an FAQ answer also names its entry in `faqId`). */
  rated?: 'faq' | 'check' | 'fallback';
}

/** `from` is inclusive, `to` exclusive (epoch ms), so adjacent report windows never count a record twice. */
export interface OutcomeFilter {
  kind?: OutcomeRecord['kind'];
  session?: string;
  channel?: Channel;
  from?: number;
  to?: number;
}

export interface OutcomeStore {
  /** SQLite only: the better-sqlite3 handle, so reports can aggregate in SQL instead of listing every record. */
  readonly db?: unknown;
  /** Redis only: the client and key prefix, so reports can keep their partials next to the records. */
  readonly redis?: { client: unknown; prefix: string };
  add(rec: OutcomeRecord): Promise<void>;
  /** For seeding / benches: one transaction (SQLite) or pipelined pushes (Redis). */
  addMany(recs: OutcomeRecord[]): Promise<void>;
  /** All records matching the filter, oldest first (by `at`, then insertion order). */
  list(filter?: OutcomeFilter): Promise<OutcomeRecord[]>;
  count(): Promise<number>;
}

/** `limit` requests per `periodMs` under `key` (a hashed key: never a raw user id or IP). */
export interface RateBucket {
  key: string;
  limit: number;
  periodMs: number;
}

export interface RateDecision {
  ok: boolean;
  /** When refused: how long until the request would pass. */
  retryAfterMs: number;
}

/** Token-bucket rate limits; on Redis shared by every instance. */
export interface RateLimiter {
  /** Takes one from every bucket if all have room (ok), else from none. */
  take(buckets: readonly RateBucket[]): Promise<RateDecision>;
}

/**
 * Everything one turn writes, committed atomically: one SQLite transaction, one Redis Lua script. A fault in any
 * write leaves none of them (a retry then runs the turn again instead of replaying a turn missing from history).
 */
export interface TurnCommit {
  /** The user's state after the turn (JSON-serialisable), replacing what was under `key`. */
  state: { key: string; value: unknown };
  outcomes: OutcomeRecord[];
  idempotency?: { key: string; value: unknown; ttlSeconds: number };
  /** Values to append under `key`, of which the last `keep` (at least) stay readable. */
  history?: { key: string; lines: unknown[]; keep: number };
}

export interface StateStore {
  kind: 'sqlite' | 'redis';
  /** The state last committed under `key`, or undefined. Turns of one user run under `lock`, so no eTags. */
  loadState(key: string): Promise<unknown | undefined>;
  /** sqlite: in-process queue per key; redis: in-process queue + Redis lock across instances. */
  lock: TurnLock;
  idempotency: IdempotencyStore;
  outcomes: OutcomeStore;
  history: HistoryStore;
  /** Rate limits (in-process for SQLite, shared on Redis). */
  limits: RateLimiter;
  /** Write a turn's state, outcomes, idempotency record and chat lines at once. */
  commitTurn(commit: TurnCommit): Promise<void>;
  /** A persistent random secret (created once, kept in the store) for signing widget user ids. */
  secret(name: string): Promise<string>;
  /** Redis only: why a restart would lose data (no AOF), or undefined when it persists or cannot tell. */
  persistenceWarning?(): Promise<string | undefined>;
  /** For /healthz: false instead of throwing or hanging when the backend is unreachable. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  dataDir: string;
  redisUrl?: string;
  /** Redis key prefix (default `scam-coach:`); tests use a random one to share a server safely. */
  redisPrefix?: string;
  /** SQLite: WAL checkpoints on a worker thread instead of inside a commit on the event loop (the server sets it). */
  backgroundCheckpoint?: boolean;
}
