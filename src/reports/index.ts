// Training reports (issue #6): one Report shape for /admin, `scam-coach report` and the CSV export.
// SQLite: GROUP BY queries over rollup tables in the same database file (src/reports/sqlite.ts), fast at millions of
// outcomes. Redis: hourly partials beside the records (src/reports/redis.ts). Any other OutcomeStore: list() the records and
// aggregate them here, same figures.
import type { Redis } from 'ioredis';
import { matchesFilter } from '../store/outcome-filter.ts';
import type { OutcomeStore, StateStore } from '../store/types.ts';
import { Accumulator } from './accumulate.ts';
import { finalizeReport } from './finalize.ts';
import { createRedisReports } from './redis.ts';
import { createSqliteReports, isSqliteHandle, type SqliteReports } from './sqlite.ts';
import type { Report, ReportQuery } from './types.ts';

export { Accumulator } from './accumulate.ts';
export { demoOutcomes, type DemoOptions } from './demo.ts';
export { finalizeReport } from './finalize.ts';
export {
  CSV_SECTIONS,
  type CsvSection,
  isCsvSection,
  reportTable,
  sectionCsv,
  sessionSummary,
} from './format.ts';
export { applyRedFlagTaxonomy, withRedFlagTaxonomy } from './red-flags.ts';
export { createRedisReports, type RedisReports } from './redis.ts';
export { createSqliteReports, type SqliteReports } from './sqlite.ts';
export { parseReportParams, type ReportParams } from './query.ts';
export { formatTz, parseBound, parseTz, ReportInputError } from './time.ts';
export type * from './types.ts';

export interface ReportSource {
  /** 'sqlite' (SQL over rollups), 'redis' (hourly partials), 'list' (aggregated from OutcomeStore.list()). */
  readonly mode: 'sqlite' | 'redis' | 'list';
  report(query?: ReportQuery): Promise<Report>;
}

/** Folds new rows in without blocking the event loop for long, then queries the rollups. */
export async function sqliteReport(sql: SqliteReports, query: ReportQuery = {}): Promise<Report> {
  await sql.refreshAsync();
  return sql.report(query);
}

/** Pure path: every matching record through the Accumulator. */
export function reportFromRecords(
  records: Iterable<import('../store/types.ts').OutcomeRecord>,
  query: ReportQuery = {},
): Report {
  const acc = new Accumulator(query.tz ?? 0);
  const sessions = new Set<string>();
  const channels = new Set<string>();
  for (const r of records) {
    if (r.session) sessions.add(r.session);
    channels.add(r.channel);
    if (matchesFilter(r, query)) acc.add(r);
  }
  return finalizeReport(acc, query, { sessions, channels });
}

export function listReportSource(outcomes: OutcomeStore): ReportSource {
  return {
    mode: 'list',
    // One unfiltered read: the filter values (sessions, channels) come from the whole store anyway.
    report: async (query = {}) => reportFromRecords(await outcomes.list(), query),
  };
}

/**
 * The fastest source for a store: SQL over rollups when the SQLite handle is at hand (`db`, or `store.outcomes.db` if
 * the store exposes it), hourly partials on Redis (`store.outcomes.redis`), else list().
 */
export function reportSource(store: Pick<StateStore, 'outcomes'>, db?: unknown): ReportSource {
  const handle = db ?? (store.outcomes as { db?: unknown }).db;
  if (isSqliteHandle(handle)) {
    const sql = createSqliteReports(handle);
    return { mode: 'sqlite', report: (query = {}) => sqliteReport(sql, query) };
  }
  const redis = store.outcomes.redis;
  if (redis) {
    const partials = createRedisReports(redis.client as Redis, redis.prefix);
    return { mode: 'redis', report: (query = {}) => partials.report(query) };
  }
  return listReportSource(store.outcomes);
}
