// Folding new outcome rows into the rollups. The outcomes table is append-only; `report_mark` remembers the last row
// id folded in. A pass folds the next PASS_ROWS ids in one IMMEDIATE transaction (all rollups and the mark move
// together, under SQLite's write lock, so two processes never fold a row twice); the async fold yields between
// passes. Each fact's SELECT runs once per pass, into a per-connection temp table of hour rows; each longer span's
// blocks (src/reports/sqlite/blocks.ts) are grouped from the span below into the same table (each span smaller than
// the last, so eight spans cost little more than one), which is then added to the rollup at once, then all time.
import type Database from 'better-sqlite3';
import { ID_COLUMN as ID, OUTCOMES_TABLE } from '../../store/sqlite/schema.ts';
import { ALL, LEVELS } from './blocks.ts';
import { addSql, coarserSql, FACTS, rollupTableSql } from './facts.ts';

type DB = Database.Database;

/** Bump when a rollup's layout or meaning changes: the rollups are then rebuilt from the outcomes. */
export const ROLLUP_VERSION = 7;
/** Row ids folded per transaction: bounds how long one pass holds the write lock (and the event loop). */
export const PASS_ROWS = 20_000;
/** Tables of the layout before the SQL rollups (serialised Accumulators): dropped. */
const OLD_TABLES = ['report_cells', 'report_marks'];

export interface FoldResult {
  /** Outcome rows folded in by this call. */
  rows: number;
  ms: number;
}

export interface Folder {
  /** Folds every row added since the last fold. */
  refresh(): FoldResult;
  /** Same, yielding to the event loop between passes: a server stays responsive while a backlog folds in. */
  refreshAsync(): Promise<FoldResult>;
  /** The last row id folded in (read inside a report's transaction: the rollups hold exactly the rows up to it). */
  mark(): number;
}

export function createFolder(db: DB, passRows = PASS_ROWS): Folder {
  db.transaction(() => setUp(db)).immediate();
  const getMark = db.prepare<[], number>('SELECT last_id FROM report_mark').pluck();
  const setMark = db.prepare<[number]>('UPDATE report_mark SET last_id = ?');
  const lastId = db.prepare<[], number | null>(`SELECT max(${ID}) FROM ${OUTCOMES_TABLE}`).pluck();
  const folds = Object.values(FACTS).map((f) => {
    // One temp table per fact holds the pass's rows of every span (their `span` column tells them apart): few
    // statements per pass, which is most of the cost when a pass folds a handful of new rows.
    const batch = `temp.batch_${f.table}`;
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS batch_${f.table} AS SELECT * FROM ${f.table} WHERE false`);
    const spanRows = (k: number) => `(SELECT * FROM ${batch} WHERE span = ${k})`;
    return {
      clear: db.prepare(`DELETE FROM ${batch}`),
      collect: db.prepare(`INSERT INTO ${batch} ${f.select(`(o.${ID} > @from AND o.${ID} <= @to)`)}`),
      group: Array.from({ length: LEVELS - 1 }, (_, i) =>
        db.prepare(`INSERT INTO ${batch} ${coarserSql(f, spanRows(i), i + 1)}`),
      ),
      add: [
        db.prepare(addSql(f, `SELECT * FROM ${batch}`)),
        db.prepare(addSql(f, coarserSql(f, spanRows(LEVELS - 1), ALL))),
      ],
    };
  });
  const countRows = db
    .prepare<[number, number], number>(`SELECT count(*) FROM ${OUTCOMES_TABLE} WHERE ${ID} > ? AND ${ID} <= ?`)
    .pluck();

  /** One pass: the next `passRows` ids after the mark; the number of rows folded, undefined when up to date. */
  const pass = db.transaction((): number | undefined => {
    const from = getMark.get() ?? 0;
    const to = Math.min(lastId.get() ?? 0, from + passRows);
    if (to <= from) return undefined;
    for (const f of folds) {
      f.clear.run();
      f.collect.run({ from, to });
      for (const s of [...f.group, ...f.add]) s.run();
    }
    setMark.run(to);
    return countRows.get(from, to) ?? 0;
  });

  return {
    refresh() {
      const started = performance.now();
      let rows = 0;
      for (let n = pass.immediate(); n !== undefined; n = pass.immediate()) rows += n;
      return { rows, ms: performance.now() - started };
    },
    async refreshAsync() {
      const started = performance.now();
      let rows = 0;
      for (let n = pass.immediate(); n !== undefined; n = pass.immediate()) {
        rows += n;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      return { rows, ms: performance.now() - started };
    },
    mark: () => getMark.get() ?? 0,
  };
}

/** Creates the rollups; rebuilds them (from row 0) when their version is not this one. */
function setUp(db: DB): void {
  db.exec('CREATE TABLE IF NOT EXISTS report_mark (version INTEGER NOT NULL, last_id INTEGER NOT NULL)');
  const version = db.prepare<[], number>('SELECT version FROM report_mark').pluck().get();
  if (version === ROLLUP_VERSION) return;
  for (const t of [...OLD_TABLES, ...Object.values(FACTS).map((f) => f.table)]) db.exec(`DROP TABLE IF EXISTS ${t}`);
  for (const f of Object.values(FACTS)) db.exec(rollupTableSql(f));
  db.exec('DELETE FROM report_mark');
  db.prepare('INSERT INTO report_mark (version, last_id) VALUES (?, 0)').run(ROLLUP_VERSION);
}
