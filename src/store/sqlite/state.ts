// Per-user state on SQLite: one JSON row per key in `items` (the etag column of earlier versions is kept, empty).
// Reads are plain lookups; the write runs inside the turn's commit transaction (src/store/sqlite/open.ts).
import type { DB } from './db.ts';

export interface SqliteState {
  load(key: string): unknown | undefined;
  writeSync(key: string, value: unknown): void;
}

export function createSqliteState(db: DB): SqliteState {
  const select = db.prepare<[string], string>('SELECT json FROM items WHERE key = ?').pluck();
  const upsert = db.prepare<[string, string]>(
    "INSERT INTO items (key, json, etag) VALUES (?, ?, '') ON CONFLICT (key) DO UPDATE SET json = excluded.json",
  );
  return {
    load(key) {
      const json = select.get(key);
      return json === undefined ? undefined : (JSON.parse(json) as unknown);
    },
    writeSync(key, value) {
      upsert.run(key, JSON.stringify(value));
    },
  };
}
