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

CREATE TABLE IF NOT EXISTS idempotency (
  key        TEXT PRIMARY KEY,
  json       TEXT NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS idempotency_expires ON idempotency (expires_at);

-- One column per scalar field (filters, SQL aggregation in reports), arrays and free text in extra (JSON).
${outcomesTableSql()}
CREATE INDEX IF NOT EXISTS outcomes_kind_at ON ${OUTCOMES_TABLE} (${C.kind}, ${C.at});
CREATE INDEX IF NOT EXISTS outcomes_session_at ON ${OUTCOMES_TABLE} (${C.session}, ${C.at});
CREATE INDEX IF NOT EXISTS outcomes_channel_at ON ${OUTCOMES_TABLE} (${C.channel}, ${C.at});
CREATE INDEX IF NOT EXISTS outcomes_at ON ${OUTCOMES_TABLE} (${C.at});

-- Chat lines per user, append-only (src/store/sqlite/history.ts).
CREATE TABLE IF NOT EXISTS history (
  key  TEXT NOT NULL,
  seq  INTEGER NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (key, seq)
) WITHOUT ROWID;

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
  db.exec(SCHEMA);
  return db;
}
