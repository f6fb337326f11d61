// Per-user state and the turn commit on Redis. The state is a hash (`j` = JSON) under `<prefix>state:<key>`; the
// commit is one Lua script (COMMIT_TURN): Redis runs it alone, and it checks every key's type before writing any,
// so a turn's state, outcomes, replay record and history lines land together or not at all.
import type { Redis } from 'ioredis';
import type { TurnCommit } from '../types.ts';
import { COMMIT_TURN, defineScript } from './scripts.ts';

export function createRedisTurnState(redis: Redis, prefix: string) {
  const commit = defineScript(redis, 'scamCoachCommitTurn', COMMIT_TURN);
  const stateKey = (key: string) => `${prefix}state:${key}`;
  return {
    async load(key: string): Promise<unknown | undefined> {
      const json = await redis.hget(stateKey(key), 'j');
      return json === null ? undefined : (JSON.parse(json) as unknown);
    },
    async commit(c: TurnCommit): Promise<void> {
      // Serialised before anything is sent: a value that cannot be written fails the turn with nothing written.
      const outcomes = c.outcomes.map((o) => JSON.stringify(o));
      const lines = (c.history?.lines ?? []).map((l) => JSON.stringify(l));
      if (c.idempotency && c.idempotency.value === undefined) {
        throw new TypeError('idempotency: value must be JSON-serialisable, not undefined');
      }
      await commit(
        [
          stateKey(c.state.key),
          `${prefix}outcomes`,
          c.idempotency ? `${prefix}idem:${c.idempotency.key}` : `${prefix}idem:-`,
          c.history ? `${prefix}history:${c.history.key}` : `${prefix}history:-`,
        ],
        [
          JSON.stringify(c.state.value),
          c.idempotency ? JSON.stringify(c.idempotency.value) : '',
          c.idempotency ? Math.max(1, Math.round(c.idempotency.ttlSeconds * 1000)) : 0,
          Math.max(1, c.history?.keep ?? 1),
          outcomes.length,
          ...outcomes,
          ...lines,
        ],
      );
    },
  };
}
