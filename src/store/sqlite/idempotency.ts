// Remembered replies for webhook retries, appended in arrival order. Expired rows are ignored on read and purged
// now and then on write, oldest first, so the table stays small without a timer.
import type { IdempotencyStore } from '../types.ts';
import type { DB } from './db.ts';

const PURGE_EVERY_MS = 60_000;

export type SqliteIdempotency = IdempotencyStore & { putSync(key: string, value: unknown, ttlSeconds: number): void };

export function createSqliteIdempotency(db: DB, now: () => number = Date.now): SqliteIdempotency {
  const select = db
    .prepare<[string, number], string>('SELECT json FROM idempotency WHERE key = ? AND expires_at > ?')
    .pluck();
  const upsert = db.prepare<[string, string, number]>(
    'INSERT INTO idempotency (key, json, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json, expires_at = excluded.expires_at',
  );
  // Rows before the oldest one still alive, found by walking from the oldest row (no index on expiry to keep up):
  // the cost is the rows purged. Every record has the same TTL in practice (the webhook's 24 h), so arrival order is
  // expiry order; a shorter-lived row behind a longer-lived one waits for it (reads ignore it meanwhile).
  const purge = db.prepare<[number]>(
    `DELETE FROM idempotency WHERE id < coalesce(
       (SELECT id FROM idempotency WHERE expires_at > ? ORDER BY id LIMIT 1),
       (SELECT max(id) + 1 FROM idempotency))`,
  );
  let lastPurge = 0;

  return {
    async get(key) {
      const json = select.get(key, now());
      return json === undefined ? undefined : JSON.parse(json);
    },
    async put(key, value, ttlSeconds) {
      this.putSync(key, value, ttlSeconds);
    },
    putSync(key, value, ttlSeconds) {
      if (value === undefined) throw new TypeError('idempotency: value must be JSON-serialisable, not undefined');
      const t = now();
      if (t - lastPurge >= PURGE_EVERY_MS) {
        lastPurge = t;
        purge.run(t);
      }
      upsert.run(key, JSON.stringify(value), t + Math.max(1, Math.round(ttlSeconds * 1000)));
    },
  };
}
