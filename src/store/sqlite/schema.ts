// The outcomes table, declared once: its name and one column per scalar field of OutcomeRecord. db.ts creates the
// table from it, outcomes.ts writes and reads through it, and reports aggregate over these names in SQL
// (src/reports/sqlite/) — none of them spells a column itself. Arrays and free text go to `extra` (JSON).
import type { OutcomeRecord } from '../types.ts';

export const OUTCOMES_TABLE = 'outcomes';
/** The row id: rows are appended, so it orders them by arrival. */
export const ID_COLUMN = 'id';
/** Fields without a column of their own, as one JSON object (null when there are none). */
export const EXTRA_COLUMN = 'extra';

type SqlType = 'text' | 'int' | 'real' | 'bool';
const SQL_TYPE: Record<SqlType, string> = { text: 'TEXT', int: 'INTEGER', real: 'REAL', bool: 'INTEGER' };

/** Record field → column, its type, and whether every record has it. */
export const OUTCOME_COLUMNS = [
  ['kind', 'kind', 'text', true],
  ['at', 'at', 'int', true],
  ['user', 'user', 'text', true],
  ['channel', 'channel', 'text', true],
  ['session', 'session', 'text', false],
  ['scenario', 'scenario', 'text', false],
  ['outcome', 'outcome', 'text', false],
  ['score', 'score', 'real', false],
  ['phase', 'phase', 'text', false],
  ['hits', 'hits', 'int', false],
  ['misses', 'misses', 'int', false],
  ['falseAlarms', 'false_alarms', 'int', false],
  ['correctRejections', 'correct_rejections', 'int', false],
  ['faqMatched', 'faq_matched', 'bool', false],
  ['faqId', 'faq_id', 'text', false],
  ['verdict', 'verdict', 'text', false],
] as const satisfies ReadonlyArray<readonly [keyof OutcomeRecord, string, SqlType, boolean]>;

export type ColumnField = (typeof OUTCOME_COLUMNS)[number][0];
/** Fields stored in `extra`. */
export type ExtraField = Exclude<keyof OutcomeRecord, ColumnField>;

/** Column name of each scalar field: `OUTCOME_COLUMN.falseAlarms` is `false_alarms`. */
export const OUTCOME_COLUMN = Object.fromEntries(OUTCOME_COLUMNS.map(([field, column]) => [field, column])) as {
  readonly [F in ColumnField]: string;
};

/** The CREATE TABLE statement (an existing table is left as it is). */
export function outcomesTableSql(): string {
  const columns = OUTCOME_COLUMNS.map(
    ([, column, type, required]) => `  ${column} ${SQL_TYPE[type]}${required ? ' NOT NULL' : ''},`,
  );
  return [
    `CREATE TABLE IF NOT EXISTS ${OUTCOMES_TABLE} (`,
    `  ${ID_COLUMN} INTEGER PRIMARY KEY,`,
    ...columns,
    `  ${EXTRA_COLUMN} TEXT`,
    ');',
  ].join('\n');
}
