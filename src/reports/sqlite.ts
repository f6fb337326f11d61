// The SQLite fast path. Scanning a million outcome rows takes seconds, so the reports keep daily partials: one
// serialised Accumulator per (time zone, local day, session, channel) in `report_cells`, folded in incrementally
// from the outcomes table (append-only; `report_marks` remembers the last row id folded per time zone). A report
// then merges a few hundred cells, plus the raw rows of a partial first or last day when `from`/`to` fall inside a
// day. Results are identical to aggregating the rows directly (test/reports/sqlite.test.ts).
import type Database from 'better-sqlite3';
import type { OutcomeRecord } from '../store/types.ts';
import { Accumulator, type AccumulatorJSON } from './accumulate.ts';
import { finalizeReport } from './finalize.ts';
import { DAY_MS, dayIndex, dayStart } from './time.ts';
import type { Report, ReportQuery } from './types.ts';

type DB = Database.Database;

/** Bump when the Accumulator's serialised form changes: cells of another version are rebuilt. */
export const ROLLUP_VERSION = 1;
/** Rows folded per write transaction: short enough that the server's own writes never wait long. */
const FOLD_CHUNK = 20_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS report_cells (
  tz      INTEGER NOT NULL,
  day     INTEGER NOT NULL,
  session TEXT NOT NULL,
  channel TEXT NOT NULL,
  acc     TEXT NOT NULL,
  PRIMARY KEY (tz, day, session, channel)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report_marks (
  tz      INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  last_id INTEGER NOT NULL
) WITHOUT ROWID;
`;

/** The outcome columns a report reads (src/store/sqlite/db.ts); arrays and the question live in `extra` (JSON). */
const ROW_COLUMNS =
  'id, kind, at, channel, session, scenario, outcome, score, phase, hits, misses, false_alarms, correct_rejections, faq_matched, faq_id, verdict, extra';
type Row = [
  number,
  string,
  number,
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  string | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  string | null,
  string | null,
  string | null,
];

function toRecord(r: Row): OutcomeRecord {
  const rec: Record<string, unknown> = { kind: r[1], at: r[2], user: '', channel: r[3] };
  const set = (k: string, v: unknown) => {
    if (v !== null) rec[k] = v;
  };
  set('session', r[4]);
  set('scenario', r[5]);
  set('outcome', r[6]);
  set('score', r[7]);
  set('phase', r[8]);
  set('hits', r[9]);
  set('misses', r[10]);
  set('falseAlarms', r[11]);
  set('correctRejections', r[12]);
  if (r[13] !== null) rec.faqMatched = r[13] === 1;
  set('faqId', r[14]);
  set('verdict', r[15]);
  if (r[16]) {
    const extra = JSON.parse(r[16]) as Record<string, unknown>;
    for (const k of ['spotted', 'missed', 'topics', 'question'] as const) if (extra[k] !== undefined) rec[k] = extra[k];
  }
  return rec as unknown as OutcomeRecord;
}

export interface FoldResult {
  /** Outcome rows folded in by this call. */
  rows: number;
  ms: number;
}

export interface SqliteReports {
  /** Folds outcome rows added since the last call into the daily cells of time zone `tz` (minutes). */
  refresh(tz?: number): FoldResult;
  /** Same, yielding to the event loop between chunks: a server stays responsive while a large backlog folds in. */
  refreshAsync(tz?: number): Promise<FoldResult>;
  /** Folds what is new, then reads the partials. */
  report(query?: ReportQuery): Report;
}

export function isSqliteHandle(x: unknown): x is DB {
  return typeof x === 'object' && x !== null && typeof (x as DB).prepare === 'function' && typeof (x as DB).transaction === 'function';
}

export function createSqliteReports(db: DB): SqliteReports {
  db.exec(SCHEMA);
  const getMark = db.prepare<[number], { version: number; last_id: number }>('SELECT version, last_id FROM report_marks WHERE tz = ?');
  const setMark = db.prepare<[number, number, number]>(
    'INSERT INTO report_marks (tz, version, last_id) VALUES (?, ?, ?) ON CONFLICT (tz) DO UPDATE SET version = excluded.version, last_id = excluded.last_id',
  );
  const dropCells = db.prepare<[number]>('DELETE FROM report_cells WHERE tz = ?');
  const newRows = db.prepare<[number, number], Row>(`SELECT ${ROW_COLUMNS} FROM outcomes WHERE id > ? ORDER BY id LIMIT ?`).raw(true);
  const getCell = db.prepare<[number, number, string, string], string>(
    'SELECT acc FROM report_cells WHERE tz = ? AND day = ? AND session = ? AND channel = ?',
  ).pluck();
  const putCell = db.prepare<[number, number, string, string, string]>(
    'INSERT INTO report_cells (tz, day, session, channel, acc) VALUES (?, ?, ?, ?, ?) ON CONFLICT (tz, day, session, channel) DO UPDATE SET acc = excluded.acc',
  );
  const facets = db.prepare<[number], [string, string]>('SELECT DISTINCT session, channel FROM report_cells WHERE tz = ?').raw(true);

  /** One chunk in one IMMEDIATE transaction: the mark is read and moved under the write lock, so two processes
   * folding at once never count a row twice. */
  const foldChunk = db.transaction((tz: number): number => {
    let mark = getMark.get(tz);
    if (mark && mark.version !== ROLLUP_VERSION) {
      dropCells.run(tz);
      mark = undefined;
    }
    const lastId = mark?.last_id ?? 0;
    const rows = newRows.all(lastId, FOLD_CHUNK);
    if (!rows.length) {
      if (!mark) setMark.run(tz, ROLLUP_VERSION, 0);
      return 0;
    }
    const cells = new Map<string, { day: number; session: string; channel: string; acc: Accumulator }>();
    for (const row of rows) {
      const rec = toRecord(row);
      const day = dayIndex(rec.at, tz);
      const session = rec.session ?? '';
      const key = JSON.stringify([day, session, rec.channel]);
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { day, session, channel: rec.channel, acc: new Accumulator(tz) }));
      cell.acc.add(rec);
    }
    for (const { day, session, channel, acc } of cells.values()) {
      const old = getCell.get(tz, day, session, channel);
      if (old !== undefined) acc.merge(JSON.parse(old) as AccumulatorJSON);
      putCell.run(tz, day, session, channel, JSON.stringify(acc));
    }
    setMark.run(tz, ROLLUP_VERSION, rows[rows.length - 1]![0]);
    return rows.length;
  });

  function refresh(tz = 0): FoldResult {
    const started = performance.now();
    let total = 0;
    for (;;) {
      const n = foldChunk.immediate(tz);
      total += n;
      if (n < FOLD_CHUNK) break;
    }
    return { rows: total, ms: performance.now() - started };
  }

  async function refreshAsync(tz = 0): Promise<FoldResult> {
    const started = performance.now();
    let total = 0;
    for (;;) {
      const n = foldChunk.immediate(tz);
      total += n;
      if (n < FOLD_CHUNK) break;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return { rows: total, ms: performance.now() - started };
  }

  // Cell and raw-row statements per filter shape, prepared on first use (plain `col = ?` lets SQLite use indexes).
  const cellStmts = new Map<string, Database.Statement<unknown[], string>>();
  function cellStatement(q: { session: boolean; channel: boolean }) {
    const key = `${q.session}/${q.channel}`;
    let s = cellStmts.get(key);
    if (!s) {
      const where = ['tz = @tz', 'day >= @dayLo', 'day < @dayHi'];
      if (q.session) where.push('session = @session');
      if (q.channel) where.push('channel = @channel');
      s = db.prepare<unknown[], string>(`SELECT acc FROM report_cells WHERE ${where.join(' AND ')}`).pluck();
      cellStmts.set(key, s);
    }
    return s;
  }
  const rawStmts = new Map<string, Database.Statement<unknown[], Row>>();
  function rawStatement(q: { session: boolean; channel: boolean }) {
    const key = `${q.session}/${q.channel}`;
    let s = rawStmts.get(key);
    if (!s) {
      const where = ['at >= @from', 'at < @to', 'id <= @maxId'];
      if (q.session) where.push('session = @session');
      if (q.channel) where.push('channel = @channel');
      s = db.prepare<unknown[], Row>(`SELECT ${ROW_COLUMNS} FROM outcomes WHERE ${where.join(' AND ')}`).raw(true);
      rawStmts.set(key, s);
    }
    return s;
  }

  function report(query: ReportQuery = {}): Report {
    const tz = query.tz ?? 0;
    refresh(tz);
    // One read snapshot: the mark, the cells (which hold exactly the rows up to it) and the raw rows of partial days
    // (also only up to it), so a row added meanwhile is counted in neither place and shows in the next report.
    return db.transaction(() => {
      const upTo = getMark.get(tz)?.last_id ?? 0;
      const shape = { session: query.session !== undefined, channel: query.channel !== undefined };
      const params: Record<string, unknown> = { tz };
      if (shape.session) params.session = query.session;
      if (shape.channel) params.channel = query.channel;
      const acc = new Accumulator(tz);
      // Whole local days inside [from, to) come from cells; the rest of the range from raw rows.
      const dayLo = query.from === undefined ? Number.MIN_SAFE_INTEGER : Math.ceil((query.from + tz * 60_000) / DAY_MS);
      const dayHi = query.to === undefined ? Number.MAX_SAFE_INTEGER : dayIndex(query.to, tz);
      const edges: Array<[number, number]> = [];
      if (dayLo < dayHi) {
        for (const json of cellStatement(shape).all({ ...params, dayLo, dayHi })) acc.merge(JSON.parse(json) as AccumulatorJSON);
        if (query.from !== undefined && query.from < dayStart(dayLo, tz)) edges.push([query.from, dayStart(dayLo, tz)]);
        if (query.to !== undefined && dayStart(dayHi, tz) < query.to) edges.push([dayStart(dayHi, tz), query.to]);
      } else if (query.from !== undefined && query.to !== undefined && query.from < query.to) {
        edges.push([query.from, query.to]);
      }
      for (const [from, to] of edges) {
        for (const row of rawStatement(shape).iterate({ ...params, from, to, maxId: upTo })) acc.add(toRecord(row));
      }
      const f = facets.all(tz);
      return finalizeReport(acc, query, { sessions: f.map((r) => r[0]), channels: f.map((r) => r[1]) });
    })();
  }

  return { refresh, refreshAsync, report };
}
