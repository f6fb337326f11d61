// Lua scripts: each runs atomically on the Redis server, which is what makes the eTag check and the lock release
// safe across instances. ioredis sends them by SHA (EVALSHA) and falls back to EVAL after a Redis restart.
import type { Redis } from 'ioredis';

export type Script = (keys: string[], args: (string | number)[]) => Promise<unknown>;

export function defineScript(redis: Redis, name: string, lua: string): Script {
  redis.defineCommand(name, { lua });
  const command = (redis as unknown as Record<string, (...a: (string | number)[]) => Promise<unknown>>)[name]!;
  return (keys, args) => command.call(redis, keys.length, ...keys, ...args);
}

/**
 * Storage write batch. KEYS: item hashes. ARGV, three per key: expected eTag ('' = unconditional), JSON, new eTag.
 * Checks every key before writing any, so a conflicting batch changes nothing. Returns 0, or the 1-based index of
 * the first conflicting key. Like botbuilder's MemoryStorage, an eTag only guards an item that exists.
 */
export const WRITE_ITEMS = `
for i = 1, #KEYS do
  local expected = ARGV[3 * i - 2]
  if expected ~= '' then
    local current = redis.call('HGET', KEYS[i], 'e')
    if current and current ~= expected then return i end
  end
end
for i = 1, #KEYS do
  redis.call('HSET', KEYS[i], 'e', ARGV[3 * i], 'j', ARGV[3 * i - 1])
end
return 0
`;

/** Delete the lock only if we still own it (it may have expired and been taken by another instance). */
export const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Extend the lock while a long turn is still running, again only if we still own it. */
export const EXTEND_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;
