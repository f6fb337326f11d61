// The SQLite report: GROUP BY queries over rollups the store's outcome rows are folded into (src/reports/sqlite/:
// facts.ts what is counted, fold.ts keeping the rollups current, read.ts the report's queries). The figures are
// identical to aggregating the records directly (test/reports/sqlite.test.ts, test/reports/sql-vs-records.test.ts).
import type Database from 'better-sqlite3';
import { Accumulator } from './accumulate.ts';
import { finalizeReport } from './finalize.ts';
import { createFolder, type FoldResult } from './sqlite/fold.ts';
import { createReader } from './sqlite/read.ts';
import type { Report, ReportQuery } from './types.ts';

type DB = Database.Database;

export { type FoldResult, ROLLUP_VERSION } from './sqlite/fold.ts';

export interface SqliteReports {
  /** Folds outcome rows added since the last call into the rollups. */
  refresh(): FoldResult;
  /** Same, yielding to the event loop between passes: a server stays responsive while a large backlog folds in. */
  refreshAsync(): Promise<FoldResult>;
  /** Folds what is new, then reads the rollups. */
  report(query?: ReportQuery): Report;
}

export function isSqliteHandle(x: unknown): x is DB {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as DB).prepare === 'function' &&
    typeof (x as DB).transaction === 'function'
  );
}

/** `passRows`: row ids folded per write transaction (default PASS_ROWS). */
export function createSqliteReports(db: DB, opts: { passRows?: number } = {}): SqliteReports {
  const folder = createFolder(db, opts.passRows);
  const reader = createReader(db);
  // One read snapshot: the mark, the rollups (which hold exactly the rows up to it) and the raw rows (also only up
  // to it), so a row added meanwhile is counted nowhere yet and shows in the next report.
  const read = db.transaction((query: ReportQuery) => {
    const acc = new Accumulator(query.tz ?? 0);
    reader.read(acc, query, folder.mark());
    return finalizeReport(acc, query, reader.facets());
  });
  return {
    refresh: folder.refresh,
    refreshAsync: folder.refreshAsync,
    report(query = {}) {
      folder.refresh();
      return read(query);
    },
  };
}
