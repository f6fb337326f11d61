// Per-user state and the turn commit on Redis. The state is a hash (`j` = JSON) under `<prefix>state:<key>`; a
// turn's commit is one Lua script (COMMIT_TURN), the turns of one tick sent in one pipeline. Redis runs each script
// alone, and the script checks every key's type before writing any, so a turn's state, outcomes, replay record and
// history lines land together or not at all.
import type { Redis } from 'ioredis';
import type { TurnCommit } from '../types.ts';
import { groupPerTick } from '../group-commit.ts';
import { COMMIT_TURN, defineScript } from './scripts.ts';

const COMMIT_TURN_COMMAND = 'scamCoachCommitTurn';

export function createRedisTurnState(redis: Redis, prefix: string) {
  defineScript(redis, COMMIT_TURN_COMMAND, COMMIT_TURN);
  const stateKey = (key: string) => `${prefix}state:${key}`;

  /** The script's keys and arguments. Serialised before anything is sent: a value that cannot be written fails
   *  its turn alone, with nothing written. */
  function scriptArgs(c: TurnCommit): (string | number)[] {
    const outcomes = c.outcomes.map((o) => JSON.stringify(o));
    const lines = (c.history?.lines ?? []).map((l) => JSON.stringify(l));
    if (c.idempotency && c.idempotency.value === undefined) {
      throw new TypeError('idempotency: value must be JSON-serialisable, not undefined');
    }
    const keys = [
      stateKey(c.state.key),
      `${prefix}outcomes`,
      c.idempotency ? `${prefix}idem:${c.idempotency.key}` : `${prefix}idem:-`,
      c.history ? `${prefix}history:${c.history.key}` : `${prefix}history:-`,
    ];
    return [
      keys.length,
      ...keys,
      JSON.stringify(c.state.value),
      c.idempotency ? JSON.stringify(c.idempotency.value) : '',
      c.idempotency ? Math.max(1, Math.round(c.idempotency.ttlSeconds * 1000)) : 0,
      Math.max(1, c.history?.keep ?? 1),
      outcomes.length,
      ...outcomes,
      ...lines,
    ];
  }

  // The turns of one tick in one pipeline (src/store/group-commit.ts): one write and one round trip for all of
  // them. Each turn is still its own script, atomic on its own; a failing one fails alone.
  const commitGroup = groupPerTick<(string | number)[]>(async (batch) => {
    const pipeline = redis.pipeline() as unknown as Record<string, (...a: (string | number)[]) => unknown> & {
      exec(): Promise<[Error | null, unknown][] | null>;
    };
    for (const args of batch) pipeline[COMMIT_TURN_COMMAND]!(...args);
    const results = await pipeline.exec();
    if (!results) throw new Error('commitTurn: the Redis pipeline was discarded');
    return results.map(([err]) => err ?? undefined);
  });

  return {
    async load(key: string): Promise<unknown | undefined> {
      const json = await redis.hget(stateKey(key), 'j');
      return json === null ? undefined : (JSON.parse(json) as unknown);
    },
    async commit(c: TurnCommit): Promise<void> {
      await commitGroup(scriptArgs(c));
    },
  };
}
