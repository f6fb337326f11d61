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

/**
 * Rate limit (GCRA, see src/store/rate-limit.ts). KEYS: buckets. ARGV, two per key: limit, period in ms. Takes from
 * every bucket or from none. Returns {1, 0} or {0, ms to wait}. Time comes from Redis, so instances whose clocks
 * differ still share one limit.
 */
export const TAKE_RATE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait = 0
local next = {}
for i = 1, #KEYS do
  local limit = tonumber(ARGV[2 * i - 1])
  local period = tonumber(ARGV[2 * i])
  local tat = tonumber(redis.call('GET', KEYS[i])) or now
  if tat < now then tat = now end
  next[i] = tat + period / limit
  wait = math.max(wait, next[i] - period - now)
end
if wait > 0 then return {0, math.ceil(wait)} end
for i = 1, #KEYS do
  redis.call('SET', KEYS[i], string.format('%.3f', next[i]), 'PX', math.max(1, math.ceil(next[i] - now)))
end
return {1, 0}
`;
