// Outcome records on SQLite. Scalar fields get their own column (filters, indexes, SQL aggregation later); the
// rest (arrays, redacted question, any field added later) goes to `extra` as JSON, so nothing is ever dropped.
import type { OutcomeFilter, OutcomeRecord, OutcomeStore } from '../types.ts';
import type { DB } from './db.ts';
import { EXTRA_COLUMN, ID_COLUMN, OUTCOME_COLUMN as C, OUTCOME_COLUMNS, OUTCOMES_TABLE } from './schema.ts';

const COLUMN_FIELDS = new Set<string>(OUTCOME_COLUMNS.map(([field]) => field));
const SELECT_LIST = [...OUTCOME_COLUMNS.map(([, col]) => col), EXTRA_COLUMN].join(', ');

/**
 * The record's row, in `row` (reused: a statement reads its parameters when it runs): the columns by position, then
 * `extra` — the other fields in the record's own order, or null when it has none.
 */
function toRow(rec: OutcomeRecord, row: unknown[]): unknown[] {
  for (let i = 0; i < OUTCOME_COLUMNS.length; i++) {
    const [field, , kind] = OUTCOME_COLUMNS[i]!;
    const v = rec[field];
    row[i] = v === undefined || v === null ? null : kind === 'bool' ? (v ? 1 : 0) : v;
  }
  let extra: Record<string, unknown> | undefined;
  for (const k in rec) {
    const v = rec[k as keyof OutcomeRecord];
    if (v === undefined || COLUMN_FIELDS.has(k)) continue;
    extra ??= {};
    extra[k] = v;
  }
  row[OUTCOME_COLUMNS.length] = extra ? JSON.stringify(extra) : null;
  return row;
}

function fromRow(row: unknown[]): OutcomeRecord {
  const rec: Record<string, unknown> = {};
  for (let i = 0; i < OUTCOME_COLUMNS.length; i++) {
    const v = row[i];
    if (v === null) continue;
    const [field, , kind] = OUTCOME_COLUMNS[i]!;
    rec[field] = kind === 'bool' ? v === 1 : v;
  }
  const extra = row[OUTCOME_COLUMNS.length];
  if (typeof extra === 'string') Object.assign(rec, JSON.parse(extra));
  return rec as unknown as OutcomeRecord;
}

/** addManySync: the records inserted in the caller's transaction (the turn's commit), which rolls them back. */
export type SqliteOutcomes = OutcomeStore & { addManySync(recs: OutcomeRecord[]): void };

export function createSqliteOutcomes(db: DB): SqliteOutcomes {
  const insert = db.prepare(
    `INSERT INTO ${OUTCOMES_TABLE} (${SELECT_LIST}) VALUES (${[...OUTCOME_COLUMNS, 0].map(() => '?').join(', ')})`,
  );
  const countAll = db.prepare<[], number>(`SELECT count(*) FROM ${OUTCOMES_TABLE}`).pluck();
  const row: unknown[] = new Array(OUTCOME_COLUMNS.length + 1);
  const insertEach = (recs: OutcomeRecord[]) => {
    for (const rec of recs) insert.run(toRow(rec, row));
  };
  const insertAll = db.transaction(insertEach);

  // One statement per filter shape (at most 32), prepared on first use: plain `col = ?` conditions let SQLite
  // pick the matching index, which `(? IS NULL OR col = ?)` would prevent.
  const byShape = new Map<string, ReturnType<DB['prepare']>>();
  function listStatement(f: OutcomeFilter) {
    const where: string[] = [];
    if (f.kind !== undefined) where.push(`${C.kind} = @kind`);
    if (f.session !== undefined) where.push(`${C.session} = @session`);
    if (f.channel !== undefined) where.push(`${C.channel} = @channel`);
    if (f.from !== undefined) where.push(`${C.at} >= @from`);
    if (f.to !== undefined) where.push(`${C.at} < @to`);
    const shape = where.join(' AND ');
    let stmt = byShape.get(shape);
    if (!stmt) {
      stmt = db
        .prepare(
          `SELECT ${SELECT_LIST} FROM ${OUTCOMES_TABLE} ${shape ? `WHERE ${shape}` : ''} ORDER BY ${C.at}, ${ID_COLUMN}`,
        )
        .raw(true);
      byShape.set(shape, stmt);
    }
    return stmt;
  }

  return {
    db,
    async add(rec) {
      insert.run(toRow(rec, row));
    },
    async addMany(recs) {
      insertAll(recs);
    },
    // Inside the caller's transaction (the turn's commit): no savepoint of its own.
    addManySync: insertEach,
    async list(filter = {}) {
      const params: Record<string, unknown> = {};
      for (const k of ['kind', 'session', 'channel', 'from', 'to'] as const) {
        if (filter[k] !== undefined) params[k] = filter[k];
      }
      // iterate(), not all(): never holds every raw row and every record at once (1M rows: half the time).
      const out: OutcomeRecord[] = [];
      for (const row of listStatement(filter).iterate(params)) out.push(fromRow(row as unknown[]));
      return out;
    },
    async count() {
      return countAll.get() ?? 0;
    },
  };
}
