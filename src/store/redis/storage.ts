// BotBuilder Storage on Redis: one hash per item (`e` = eTag, `j` = JSON without the eTag) under
// `<prefix>state:<key>`. Writes go through a Lua script so check-and-set is atomic across instances.
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';
import { ETagConflictError, expectedETag, newETag, withETag, withoutETag } from '../etag.ts';
import { defineScript, WRITE_ITEMS } from './scripts.ts';

export function createRedisStorage(redis: Redis, prefix: string): Storage {
  const ns = `${prefix}state:`;
  const writeItems = defineScript(redis, 'scamCoachWriteItems', WRITE_ITEMS);

  return {
    async read(keys: string[]): Promise<StoreItems> {
      if (!keys) throw new ReferenceError('Keys are required when reading.');
      const out: StoreItems = {};
      if (keys.length === 0) return out;
      const pipeline = redis.pipeline();
      for (const key of keys) pipeline.hmget(ns + key, 'e', 'j');
      const replies = (await pipeline.exec()) ?? [];
      keys.forEach((key, i) => {
        const [err, value] = replies[i] ?? [];
        if (err) throw err;
        const [eTag, json] = value as [string | null, string | null];
        if (eTag !== null && json !== null) out[key] = withETag(json, eTag);
      });
      return out;
    },
    async write(changes: StoreItems): Promise<void> {
      if (!changes) throw new ReferenceError('Changes are required when writing.');
      const entries = Object.entries(changes);
      if (entries.length === 0) return;
      const args: string[] = [];
      for (const [, item] of entries) args.push(expectedETag(item) ?? '', withoutETag(item), newETag());
      const conflict = await writeItems(
        entries.map(([key]) => ns + key),
        args,
      );
      if (conflict !== 0) throw new ETagConflictError();
    },
    async delete(keys: string[]): Promise<void> {
      if (!keys) throw new ReferenceError('Keys are required when deleting.');
      if (keys.length) await redis.del(...keys.map((key) => ns + key));
    },
  };
}
