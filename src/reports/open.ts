// Opening the store a report (or the demo seed) reads, from the same settings as the server: DATA_DIR → the SQLite
// file, with the fast path on its own connection; REDIS_URL → the Redis store and its hourly partials.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../store/index.ts';
import { DB_FILE, openDb } from '../store/sqlite/db.ts';
import { createSqliteOutcomes } from '../store/sqlite/outcomes.ts';
import type { OutcomeStore } from '../store/types.ts';
import { type ReportSource, reportSource, sqliteReport } from './index.ts';
import { createSqliteReports, type SqliteReports } from './sqlite.ts';

export interface OpenedReports {
  kind: 'sqlite' | 'redis';
  /** Where the data is: the SQLite file, or the Redis URL without credentials. */
  where: string;
  outcomes: OutcomeStore;
  source: ReportSource;
  /** SQLite only: the SQL report (to fold new rows into its rollups ahead of the first report). */
  sqlite?: SqliteReports;
  close(): Promise<void>;
}

export class NoStoreError extends Error {
  override name = 'NoStoreError';
}

export async function openReports(opts: {
  dataDir: string;
  redisUrl?: string;
  create?: boolean;
}): Promise<OpenedReports> {
  if (opts.redisUrl) {
    const store = await openStore({ dataDir: opts.dataDir, redisUrl: opts.redisUrl });
    const url = new URL(opts.redisUrl);
    url.username = '';
    url.password = '';
    return {
      kind: 'redis',
      where: url.toString(),
      outcomes: store.outcomes,
      source: reportSource(store),
      close: () => store.close(),
    };
  }
  const file = join(opts.dataDir, DB_FILE);
  if (!opts.create && !existsSync(file))
    throw new NoStoreError(`no data yet: ${file} does not exist (set DATA_DIR, or run "scam-coach seed --demo")`);
  const db = openDb(opts.dataDir);
  const sqlite = createSqliteReports(db);
  return {
    kind: 'sqlite',
    where: file,
    outcomes: createSqliteOutcomes(db),
    source: { mode: 'sqlite', report: (q = {}) => sqliteReport(sqlite, q) },
    sqlite,
    async close() {
      if (db.open) db.close();
    },
  };
}
