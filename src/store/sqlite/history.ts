// Chat lines on SQLite: one row per line, numbered per key. Appending never rewrites earlier lines; old ones are
// trimmed in steps (every TRIM_EVERY lines), so a key holds between `keep` and `keep + TRIM_EVERY` rows.
import type { HistoryStore } from '../types.ts';
import type { DB } from './db.ts';

const TRIM_EVERY = 20;

export type SqliteHistory = HistoryStore & { appendSync(key: string, lines: unknown[], keep: number): void };

export function createSqliteHistory(db: DB): SqliteHistory {
  const last = db.prepare<[string], number>('SELECT max(seq) FROM history WHERE key = ?').pluck();
  const insert = db.prepare<[string, number, string]>('INSERT INTO history (key, seq, json) VALUES (?, ?, ?)');
  const trim = db.prepare<[string, number]>('DELETE FROM history WHERE key = ? AND seq <= ?');
  const recent = db.prepare<[string, number], string>(
    'SELECT json FROM (SELECT seq, json FROM history WHERE key = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq',
  ).pluck();
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
      const before = last.get(key) ?? 0;
      let seq = before;
      for (const line of lines) insert.run(key, ++seq, JSON.stringify(line));
      if (Math.floor(seq / TRIM_EVERY) !== Math.floor(before / TRIM_EVERY) && seq > keep) trim.run(key, seq - keep);
    },
  };
}
