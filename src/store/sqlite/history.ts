// Chat lines on SQLite: one row per line, in arrival order (the row id), found per key through the key index.
// Appending never rewrites earlier lines; old ones are trimmed in steps, so a key holds between `keep` and
// `keep + TRIM_EVERY` rows.
import type { HistoryStore } from '../types.ts';
import type { DB } from './db.ts';

const TRIM_EVERY = 20;

export type SqliteHistory = HistoryStore & { appendSync(key: string, lines: unknown[], keep: number): void };

export function createSqliteHistory(db: DB): SqliteHistory {
  const insert = db.prepare<[string, string]>('INSERT INTO history (key, json) VALUES (?, ?)');
  // The id of the key's n-th newest line (0 = the newest), read backwards along the key index.
  const nthNewest = db
    .prepare<[string, number], number>('SELECT id FROM history WHERE key = ? ORDER BY id DESC LIMIT 1 OFFSET ?')
    .pluck();
  const trim = db.prepare<[string, number]>('DELETE FROM history WHERE key = ? AND id < ?');
  const recent = db
    .prepare<[string, number], string>(
      'SELECT json FROM (SELECT id, json FROM history WHERE key = ? ORDER BY id DESC LIMIT ?) ORDER BY id',
    )
    .pluck();
  const clear = db.prepare<[string]>('DELETE FROM history WHERE key = ?');

  return {
    async clear(key) {
      clear.run(key);
    },
    async recent(key, limit) {
      return recent.all(key, limit).map((json) => JSON.parse(json) as unknown);
    },
    appendSync(key, lines, keep) {
      if (!lines.length) return;
      for (const line of lines) insert.run(key, JSON.stringify(line));
      // More than keep + TRIM_EVERY lines: back to the newest `keep` (a walk of at most that many index entries).
      if (nthNewest.get(key, keep + TRIM_EVERY) === undefined) return;
      const oldestKept = nthNewest.get(key, Math.max(0, keep - 1));
      if (oldestKept !== undefined) trim.run(key, oldestKept);
    },
  };
}
