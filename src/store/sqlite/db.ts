// Opens the SQLite file and brings its schema up to date. WAL + synchronous=NORMAL: a committed transaction
// survives a crash of the process (kill -9); only an OS crash or power loss may drop the last few commits.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { OUTCOME_COLUMN as C, OUTCOMES_TABLE, outcomesTableSql } from './schema.ts';

export type DB = Database.Database;

export const DB_FILE = 'scam-coach.db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS items (
  key  TEXT PRIMARY KEY,
  json TEXT NOT NULL,
  etag TEXT NOT NULL
) WITHOUT ROWID;

-- Replay records, appended in arrival order (src/store/sqlite/idempotency.ts): a new row lands on the table's last
-- page, which the turns of one group commit share; only the small key index takes a page of its own per turn.
CREATE TABLE IF NOT EXISTS idempotency (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,
  json       TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);

-- One column per scalar field (filters, SQL aggregation in reports), arrays and free text in extra (JSON). Two
-- indexes: kind and time (the reports' raw check rows, src/reports/sqlite/check-days.ts) and time (the list's order
-- and its time range). Every index is written by every turn's outcome; the session and channel indexes served only
-- OutcomeStore.list's filters (tests and tools, never a turn or a report, which read rollups), so files written
-- before 2026-12 lose them and such a filter reads the time index.
${outcomesTableSql()}
CREATE INDEX IF NOT EXISTS outcomes_kind_at ON ${OUTCOMES_TABLE} (${C.kind}, ${C.at});
CREATE INDEX IF NOT EXISTS outcomes_at ON ${OUTCOMES_TABLE} (${C.at});
DROP INDEX IF EXISTS outcomes_session_at;
DROP INDEX IF EXISTS outcomes_channel_at;

-- Chat lines, appended in arrival order (src/store/sqlite/history.ts); a user's lines are found, in order, through
-- the key index (whose entries end with the row id).
CREATE TABLE IF NOT EXISTS history (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_key ON history (key);

CREATE TABLE IF NOT EXISTS secrets (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`;

export function openDb(dataDir: string): DB {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, DB_FILE);
  // The file holds the signing secrets and everyone's state: owner-only, whatever the umask. SQLite gives the -wal
  // and -shm files the database file's permissions. An existing file from an older version is tightened too.
  closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
  const db = new Database(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Another process (the CLI, a second server by mistake) may hold the write lock briefly: wait, don't fail.
  db.pragma('busy_timeout = 5000');
  upgradeAppendTables(db);
  db.exec(SCHEMA);
  return db;
}

/**
 * Files written before 2026-12 kept chat lines and replay records in tables clustered by their random keys
 * (WITHOUT ROWID, wide rows): every turn rewrote a page or more of each, and split them as they filled — about four
 * pages per turn per table, half of what a commit wrote. Their rows move to the append-ordered tables above, once.
 */
function upgradeAppendTables(db: DB): void {
  // Under the write lock: a second process opening the file meanwhile finds the tables already moved.
  db.transaction(() => moveClusteredRows(db)).immediate();
}

function moveClusteredRows(db: DB): void {
  const clustered = (table: string) =>
    /WITHOUT\s+ROWID/i.test(
      db
        .prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
        .pluck()
        .get(table) ?? '',
    );
  const moves: string[] = [];
  if (clustered('history')) {
    moves.push(
      'ALTER TABLE history RENAME TO history_v1',
      'CREATE TABLE history (id INTEGER PRIMARY KEY, key TEXT NOT NULL, json TEXT NOT NULL)',
      'INSERT INTO history (key, json) SELECT key, json FROM history_v1 ORDER BY key, seq',
      'DROP TABLE history_v1',
    );
  }
  if (clustered('idempotency')) {
    moves.push(
      'ALTER TABLE idempotency RENAME TO idempotency_v1',
      'DROP INDEX IF EXISTS idempotency_expires',
      'CREATE TABLE idempotency (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, json TEXT NOT NULL, expires_at INTEGER NOT NULL)',
      `INSERT INTO idempotency (key, json, expires_at) SELECT key, json, expires_at FROM idempotency_v1 WHERE expires_at > ${Date.now()} ORDER BY expires_at`,
      'DROP TABLE idempotency_v1',
    );
  }
  for (const sql of moves) db.exec(sql);
}
