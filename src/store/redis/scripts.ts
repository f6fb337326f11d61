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
 * One turn's commit. KEYS: state hash, outcomes list, replay record, history list. ARGV: state JSON, replay JSON
 * ('' = none), replay TTL ms, history lines to keep, n = number of outcomes, then n outcome JSONs, then the history
 * lines. Every key's type is checked before anything is written: a script that failed half-way would keep its
 * earlier writes (Redis has no rollback), so the one failure a write can meet here is ruled out first.
 */
export const COMMIT_TURN = `
local want = {{KEYS[1], 'hash'}, {KEYS[2], 'list'}, {KEYS[3], 'string'}, {KEYS[4], 'list'}}
for _, kw in ipairs(want) do
  local t = redis.call('TYPE', kw[1])['ok']
  if t ~= 'none' and t ~= kw[2] then
    return redis.error_reply('WRONGTYPE commitTurn: a key holds a ' .. t .. ', not a ' .. kw[2] .. '; nothing written')
  end
end
local n = tonumber(ARGV[5])
redis.call('HSET', KEYS[1], 'j', ARGV[1])
if n > 0 then redis.call('RPUSH', KEYS[2], unpack(ARGV, 6, 5 + n)) end
if ARGV[2] ~= '' then redis.call('SET', KEYS[3], ARGV[2], 'PX', ARGV[3]) end
if #ARGV > 5 + n then
  redis.call('RPUSH', KEYS[4], unpack(ARGV, 6 + n, #ARGV))
  redis.call('LTRIM', KEYS[4], -tonumber(ARGV[4]), -1)
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
