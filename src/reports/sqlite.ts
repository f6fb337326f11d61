// The SQLite fast path. Scanning a million outcome rows takes seconds, so reports keep partials: serialised
// Accumulators per (time zone, local day or hour, session, channel) in `report_cells`, folded in incrementally from
// the outcomes table (append-only; `report_marks` remembers, per time zone, the last row id folded in). A report
// merges the day cells of the whole days in its range, the hour cells of whole hours at either end, and the raw rows
// of at most two partial hours. Results are identical to aggregating the rows directly (test/reports/sqlite.test.ts).
import type Database from 'better-sqlite3';
import type { OutcomeRecord } from '../store/types.ts';
import { Accumulator, type AccumulatorJSON } from './accumulate.ts';
import { finalizeReport } from './finalize.ts';
import { DAY_MS, dayIndex, dayStart } from './time.ts';
import type { Report, ReportQuery } from './types.ts';

type DB = Database.Database;

/** Bump when the Accumulator's serialised form changes: cells of another version are rebuilt. */
export const ROLLUP_VERSION = 3;
const HOUR_MS = 3_600_000;
/** Rows read per page while folding (the async fold yields to the event loop between pages). */
const PAGE = 10_000;
/** Rows folded per commit: bounds the memory of a large backlog and the size of one write transaction. */
const PASS = 250_000;
const DAY = 0;
const HOUR = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS report_cells (
  tz      INTEGER NOT NULL,
  grain   INTEGER NOT NULL, -- 0: slot is a local day number; 1: slot is an hour number (epoch ms / 3600000)
  slot    INTEGER NOT NULL,
  session TEXT NOT NULL,
  channel TEXT NOT NULL,
  acc     TEXT NOT NULL,
  PRIMARY KEY (tz, grain, slot, session, channel)
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
    for (const k of ['spotted', 'missed', 'topics', 'question', 'faqRoute'] as const)
      if (extra[k] !== undefined) rec[k] = extra[k];
  }
  return rec as unknown as OutcomeRecord;
}

export interface FoldResult {
  /** Outcome rows folded in by this call. */
  rows: number;
  ms: number;
}

export interface SqliteReports {
  /** Folds outcome rows added since the last call into the cells of time zone `tz` (minutes). */
  refresh(tz?: number): FoldResult;
  /** Same, yielding to the event loop between pages: a server stays responsive while a large backlog folds in. */
  refreshAsync(tz?: number): Promise<FoldResult>;
  /** Folds what is new, then reads the partials. */
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

interface Cell {
  grain: number;
  slot: number;
  session: string;
  channel: string;
  acc: Accumulator;
}

/** Another process folded the same rows first: start over from its mark. */
class MarkMoved extends Error {}

export function createSqliteReports(db: DB): SqliteReports {
  db.exec(SCHEMA);
  // Tables of an earlier layout (no `grain` column) are rebuilt.
  const columns = db.prepare<[], string>("SELECT name FROM pragma_table_info('report_cells')").pluck().all();
  if (!columns.includes('grain')) {
    db.exec('DROP TABLE report_cells; DELETE FROM report_marks;');
    db.exec(SCHEMA);
  }
  const getMark = db.prepare<[number], { version: number; last_id: number }>(
    'SELECT version, last_id FROM report_marks WHERE tz = ?',
  );
  const setMark = db.prepare<[number, number, number]>(
    'INSERT INTO report_marks (tz, version, last_id) VALUES (?, ?, ?) ON CONFLICT (tz) DO UPDATE SET version = excluded.version, last_id = excluded.last_id',
  );
  const dropCells = db.prepare<[number]>('DELETE FROM report_cells WHERE tz = ?');
  const newRows = db
    .prepare<[number, number], Row>(`SELECT ${ROW_COLUMNS} FROM outcomes WHERE id > ? ORDER BY id LIMIT ?`)
    .raw(true);
  const getCell = db
    .prepare<[number, number, number, string, string], string>(
      'SELECT acc FROM report_cells WHERE tz = ? AND grain = ? AND slot = ? AND session = ? AND channel = ?',
    )
    .pluck();
  const putCell = db.prepare<[number, number, number, string, string, string]>(
    'INSERT INTO report_cells (tz, grain, slot, session, channel, acc) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tz, grain, slot, session, channel) DO UPDATE SET acc = excluded.acc',
  );
  const facets = db
    .prepare<[number], [string, string]>(
      'SELECT DISTINCT session, channel FROM report_cells WHERE tz = ? AND grain = 0',
    )
    .raw(true);

  /** A mark of another layout version: drop that time zone's cells and start again from row 0. */
  const resetIfStale = db.transaction((tz: number) => {
    const mark = getMark.get(tz);
    if (mark && mark.version === ROLLUP_VERSION) return mark.last_id;
    dropCells.run(tz);
    setMark.run(tz, ROLLUP_VERSION, 0);
    return 0;
  });

  /** Writes merged cells and moves the mark, only if nobody moved it since `from` (checked under the write lock). */
  const commit = db.transaction((tz: number, from: number, to: number, blobs: [Cell, string][]) => {
    const mark = getMark.get(tz);
    if (!mark || mark.version !== ROLLUP_VERSION || mark.last_id !== from) throw new MarkMoved();
    for (const [c, json] of blobs) putCell.run(tz, c.grain, c.slot, c.session, c.channel, json);
    setMark.run(tz, ROLLUP_VERSION, to);
  });

  /**
   * One pass: read up to PASS new rows page by page (plain reads, no lock held), fold them into day and hour cells
   * in memory, merge with the stored cells, then write everything in one short IMMEDIATE transaction. Yields
   * between pages; returns the number of rows folded (0: up to date).
   */
  function* pass(tz: number): Generator<void, number> {
    const mark = getMark.get(tz);
    const from = mark && mark.version === ROLLUP_VERSION ? mark.last_id : resetIfStale.immediate(tz);
    let last = from;
    let rows = 0;
    const wholeHours = tz % 60 === 0;
    const cells = new Map<string, Cell>();
    const cell = (grain: number, slot: number, session: string, channel: string) => {
      const key = `${grain}|${slot}|${channel}|${session}`;
      let c = cells.get(key);
      if (!c) {
        c = { grain, slot, session, channel, acc: new Accumulator(tz) };
        cells.set(key, c);
      }
      return c.acc;
    };
    while (rows < PASS) {
      const page = newRows.all(last, PAGE);
      for (const row of page) {
        const rec = toRecord(row);
        const session = rec.session ?? '';
        cell(HOUR, Math.floor(rec.at / HOUR_MS), session, rec.channel).add(rec);
        if (!wholeHours) cell(DAY, dayIndex(rec.at, tz), session, rec.channel).add(rec);
      }
      rows += page.length;
      if (page.length) last = page[page.length - 1]![0];
      if (page.length < PAGE) break;
      yield;
    }
    if (!rows) return 0;
    // With a whole-hour offset every hour lies inside one local day: days are the sum of their new hours.
    if (wholeHours) {
      for (const h of [...cells.values()]) {
        cell(DAY, dayIndex(h.slot * HOUR_MS, tz), h.session, h.channel).merge(h.acc);
      }
    }
    const blobs: [Cell, string][] = [];
    for (const c of cells.values()) {
      const old = getCell.get(tz, c.grain, c.slot, c.session, c.channel);
      if (old !== undefined) c.acc.merge(JSON.parse(old) as AccumulatorJSON);
      blobs.push([c, JSON.stringify(c.acc)]);
      if (blobs.length % 500 === 0) yield;
    }
    commit.immediate(tz, from, last, blobs);
    return rows;
  }

  function* fold(tz: number): Generator<void, number> {
    let total = 0;
    for (let conflicts = 0; ; ) {
      try {
        const n = yield* pass(tz);
        total += n;
        if (n < PASS) return total;
      } catch (err) {
        if (!(err instanceof MarkMoved) || ++conflicts > 10) throw err;
      }
    }
  }

  function refresh(tz = 0): FoldResult {
    const started = performance.now();
    const it = fold(tz);
    let step = it.next();
    while (!step.done) step = it.next();
    return { rows: step.value, ms: performance.now() - started };
  }

  async function refreshAsync(tz = 0): Promise<FoldResult> {
    const started = performance.now();
    const it = fold(tz);
    let step = it.next();
    while (!step.done) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      step = it.next();
    }
    return { rows: step.value, ms: performance.now() - started };
  }

  // Cell and raw-row statements per filter shape, prepared on first use (plain `col = ?` lets SQLite use indexes).
  const cellStmts = new Map<string, Database.Statement<unknown[], string>>();
  function cellStatement(q: { session: boolean; channel: boolean }) {
    const key = `${q.session}/${q.channel}`;
    let s = cellStmts.get(key);
    if (!s) {
      const where = ['tz = @tz', 'grain = @grain', 'slot >= @lo', 'slot < @hi'];
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
    // One read snapshot: the mark, the cells (which hold exactly the rows up to it) and raw rows (also only up to
    // it), so a row added meanwhile is counted nowhere yet and shows in the next report.
    return db.transaction(() => {
      const upTo = getMark.get(tz)?.last_id ?? 0;
      const shape = { session: query.session !== undefined, channel: query.channel !== undefined };
      const params: Record<string, unknown> = { tz };
      if (shape.session) params.session = query.session;
      if (shape.channel) params.channel = query.channel;
      const acc = new Accumulator(tz);
      const cells = (grain: number, lo: number, hi: number) => {
        for (const json of cellStatement(shape).all({ ...params, grain, lo, hi })) {
          acc.merge(JSON.parse(json) as AccumulatorJSON);
        }
      };
      const raw = (from: number, to: number) => {
        if (from >= to) return;
        for (const row of rawStatement(shape).iterate({ ...params, from, to, maxId: upTo })) acc.add(toRecord(row));
      };
      /** [from, to) by whole hours from hour cells, the partial hours at either end from raw rows. */
      const byHours = (from: number, to: number) => {
        if (from >= to) return;
        const lo = Math.ceil(from / HOUR_MS);
        const hi = Math.floor(to / HOUR_MS);
        if (lo >= hi) return raw(from, to);
        cells(HOUR, lo, hi);
        raw(from, lo * HOUR_MS);
        raw(hi * HOUR_MS, to);
      };
      // Whole local days inside [from, to) from day cells; what is left at either end by hours.
      const dayLo = query.from === undefined ? Number.MIN_SAFE_INTEGER : Math.ceil((query.from + tz * 60_000) / DAY_MS);
      const dayHi = query.to === undefined ? Number.MAX_SAFE_INTEGER : dayIndex(query.to, tz);
      if (dayLo < dayHi) {
        cells(DAY, dayLo, dayHi);
        if (query.from !== undefined) byHours(query.from, dayStart(dayLo, tz));
        if (query.to !== undefined) byHours(dayStart(dayHi, tz), query.to);
      } else if (query.from !== undefined && query.to !== undefined) {
        byHours(query.from, query.to);
      }
      const f = facets.all(tz);
      return finalizeReport(acc, query, { sessions: f.map((r) => r[0]), channels: f.map((r) => r[1]) });
    })();
  }

  return { refresh, refreshAsync, report };
}
