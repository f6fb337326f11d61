// BotBuilder Storage on SQLite. A write batch is one IMMEDIATE transaction: the eTag check and the update cannot
// interleave with another writer, even one in another process, and a conflicting batch changes nothing.
import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError, expectedETag, newETag, withETag, withoutETag } from '../etag.ts';
import type { DB } from './db.ts';

/** Storage plus the synchronous write the turn commit runs inside its own transaction. */
export type SqliteStorage = Storage & { writeSync(changes: StoreItems): void };

export function createSqliteStorage(db: DB): SqliteStorage {
  const select = db.prepare<[string], { json: string; etag: string }>('SELECT json, etag FROM items WHERE key = ?');
  const selectETag = db.prepare<[string], string>('SELECT etag FROM items WHERE key = ?').pluck();
  const upsert = db.prepare<[string, string, string]>(
    'INSERT INTO items (key, json, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag',
  );
  const remove = db.prepare<[string]>('DELETE FROM items WHERE key = ?');

  const writeAll = db.transaction((changes: StoreItems) => {
    for (const [key, item] of Object.entries(changes)) {
      const expected = expectedETag(item);
      // Like botbuilder's MemoryStorage: an eTag only guards an item that exists.
      if (expected !== undefined) {
        const current = selectETag.get(key);
        if (current !== undefined && current !== expected) throw new ETagConflictError();
      }
      upsert.run(key, withoutETag(item), newETag());
    }
  });
  const deleteAll = db.transaction((keys: string[]) => {
    for (const key of keys) remove.run(key);
  });

  return {
    async read(keys: string[]): Promise<StoreItems> {
      if (!keys) throw new ReferenceError('Keys are required when reading.');
      const out: StoreItems = {};
      for (const key of keys) {
        const row = select.get(key);
        if (row) out[key] = withETag(row.json, row.etag);
      }
      return out;
    },
    async write(changes: StoreItems): Promise<void> {
      if (!changes) throw new ReferenceError('Changes are required when writing.');
      writeAll.immediate(changes);
    },
    writeSync(changes: StoreItems): void {
      writeAll(changes);
    },
    async delete(keys: string[]): Promise<void> {
      if (!keys) throw new ReferenceError('Keys are required when deleting.');
      deleteAll(keys);
    },
  };
}
