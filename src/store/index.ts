// Entry point of the state layer: Redis when REDIS_URL is given (several instances), else SQLite in DATA_DIR.
import { openRedisStore } from './redis/open.ts';
import { openSqliteStore } from './sqlite/open.ts';
import type { OpenStoreOptions, StateStore } from './types.ts';

export { createLocalLock } from './local-lock.ts';
export type {
  Channel,
  HistoryStore,
  IdempotencyStore,
  OpenStoreOptions,
  OutcomeFilter,
  OutcomeRecord,
  OutcomeStore,
  RateBucket,
  RateDecision,
  RateLimiter,
  StateStore,
  TurnCommit,
  TurnLock,
} from './types.ts';

export function openStore(opts: OpenStoreOptions): Promise<StateStore> {
  if (opts.redisUrl) return openRedisStore(opts.redisUrl, opts.redisPrefix);
  return openSqliteStore(opts.dataDir, { backgroundCheckpoint: opts.backgroundCheckpoint ?? false });
}
