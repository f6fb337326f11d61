// Outcome records on SQLite. Scalar fields get their own column (filters, indexes, SQL aggregation later); the
// rest (arrays, redacted question, any field added later) goes to `extra` as JSON, so nothing is ever dropped.
import type { OutcomeFilter, OutcomeRecord, OutcomeStore } from '../types.ts';
import type { DB } from './db.ts';

type Kind = 'text' | 'int' | 'real' | 'bool';
/** Record field → column. The single table that drives insert, select and reconstruction. */
const COLUMNS: ReadonlyArray<readonly [keyof OutcomeRecord, string, Kind]> = [
  ['kind', 'kind', 'text'],
  ['at', 'at', 'int'],
  ['user', 'user', 'text'],
  ['channel', 'channel', 'text'],
  ['session', 'session', 'text'],
  ['scenario', 'scenario', 'text'],
  ['outcome', 'outcome', 'text'],
  ['score', 'score', 'real'],
  ['phase', 'phase', 'text'],
  ['hits', 'hits', 'int'],
  ['misses', 'misses', 'int'],
  ['falseAlarms', 'false_alarms', 'int'],
  ['correctRejections', 'correct_rejections', 'int'],
  ['faqMatched', 'faq_matched', 'bool'],
  ['faqId', 'faq_id', 'text'],
  ['verdict', 'verdict', 'text'],
];
const COLUMN_FIELDS = new Set<string>(COLUMNS.map(([field]) => field));
const SELECT_LIST = [...COLUMNS.map(([, col]) => col), 'extra'].join(', ');

function toRow(rec: OutcomeRecord): unknown[] {
  const row: unknown[] = COLUMNS.map(([field, , kind]) => {
    const v = rec[field];
    if (v === undefined || v === null) return null;
    return kind === 'bool' ? (v ? 1 : 0) : v;
  });
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) if (!COLUMN_FIELDS.has(k) && v !== undefined) extra[k] = v;
  row.push(Object.keys(extra).length ? JSON.stringify(extra) : null);
  return row;
}

function fromRow(row: unknown[]): OutcomeRecord {
  const rec: Record<string, unknown> = {};
  for (let i = 0; i < COLUMNS.length; i++) {
    const v = row[i];
    if (v === null) continue;
    const [field, , kind] = COLUMNS[i]!;
    rec[field] = kind === 'bool' ? v === 1 : v;
  }
  const extra = row[COLUMNS.length];
  if (typeof extra === 'string') Object.assign(rec, JSON.parse(extra));
  return rec as unknown as OutcomeRecord;
}

export type SqliteOutcomes = OutcomeStore & { addManySync(recs: OutcomeRecord[]): void };

export function createSqliteOutcomes(db: DB): SqliteOutcomes {
  const insert = db.prepare(
    `INSERT INTO outcomes (${SELECT_LIST}) VALUES (${[...COLUMNS, 0].map(() => '?').join(', ')})`,
  );
  const countAll = db.prepare<[], number>('SELECT count(*) FROM outcomes').pluck();
  const insertAll = db.transaction((recs: OutcomeRecord[]) => {
    for (const rec of recs) insert.run(...toRow(rec));
  });

  // One statement per filter shape (at most 32), prepared on first use: plain `col = ?` conditions let SQLite
  // pick the matching index, which `(? IS NULL OR col = ?)` would prevent.
  const byShape = new Map<string, ReturnType<DB['prepare']>>();
  function listStatement(f: OutcomeFilter) {
    const where: string[] = [];
    if (f.kind !== undefined) where.push('kind = @kind');
    if (f.session !== undefined) where.push('session = @session');
    if (f.channel !== undefined) where.push('channel = @channel');
    if (f.from !== undefined) where.push('at >= @from');
    if (f.to !== undefined) where.push('at < @to');
    const shape = where.join(' AND ');
    let stmt = byShape.get(shape);
    if (!stmt) {
      stmt = db
        .prepare(`SELECT ${SELECT_LIST} FROM outcomes ${shape ? `WHERE ${shape}` : ''} ORDER BY at, id`)
        .raw(true);
      byShape.set(shape, stmt);
    }
    return stmt;
  }

  return {
    db,
    async add(rec) {
      insert.run(...toRow(rec));
    },
    async addMany(recs) {
      insertAll(recs);
    },
    addManySync(recs) {
      insertAll(recs);
    },
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
