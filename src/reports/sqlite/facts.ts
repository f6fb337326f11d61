// What a report counts, as SQL over the store's outcomes table (column names from src/store/sqlite/schema.ts).
// Each fact is one GROUP BY over the outcome rows per UTC hour, session and channel; the same SELECT folds new rows
// into the fact's rollup table (as hours, days and all time: `span`) and counts the raw rows at the cut ends of a
// report's range, so both always agree with each other and with the Accumulator (src/reports/accumulate.ts).
import { EXTRA_COLUMN, type ExtraField, ID_COLUMN, OUTCOME_COLUMN, OUTCOMES_TABLE } from '../../store/sqlite/schema.ts';
import { HOUR_MS } from '../time.ts';
import { DRILL_OUTCOMES, FAQ_ROUTES, FLAG_FIELDS, VERDICTS } from '../types.ts';
import { ALL, BASE, HOUR } from './blocks.ts';

/** Beyond every date JavaScript can hold; a multiple of a day, so an open end leaves no partial day or hour. */
export const FAR = 8.64e15;

export interface Fact {
  /** Rollup table: one row per (span, slot, session, channel, keys…). */
  readonly table: string;
  readonly keys: readonly string[];
  /** Measures added up when rows merge. */
  readonly sums: readonly string[];
  /** Measures merged by maximum. */
  readonly maxes: readonly string[];
  /** Fact rows of the outcome rows (alias `o`) matching `where`, grouped per hour, session, channel and keys. `from`:
   *  the FROM clause naming the outcomes `o` (default the table alone; a report joins a list of time ranges first). */
  select(where: string, from?: string): string;
}

/** `o.<column>` of each record field. */
const O = Object.fromEntries(Object.entries(OUTCOME_COLUMN).map(([f, c]) => [f, `o.${c}`])) as typeof OUTCOME_COLUMN;
/** The outcomes table as `o`: every fact's rows come from it. */
export const FROM = `${OUTCOMES_TABLE} o`;
/** The kind, kept from choosing the (kind, at) index: a fold reads an id range, a report's cut ends a time range. */
const KIND = `+${O.kind}`;
const extra = (f: ExtraField) => `json_extract(o.${EXTRA_COLUMN}, '$.${f}')`;
const each = (f: ExtraField) => `json_each(o.${EXTRA_COLUMN}, '$.${f}') j`;
/** `('a', 'b')`: a list of constants (content ids and report values, never user text). */
export const sqlList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(', ')})`;
const cell = (at = O.at, session = O.session, channel = O.channel) =>
  `${HOUR} AS span, ${at} / ${HOUR_MS} AS slot, coalesce(${session}, '') AS session, ${channel} AS channel`;
const CELL_COLUMNS = 'span, slot, session, channel';
const groupBy = (keys: number) => `GROUP BY ${Array.from({ length: 4 + keys }, (_, i) => i + 1).join(', ')}`;

const SCENARIO = `coalesce(${O.scenario}, '(unknown)')`;
/** JS's Number.isFinite on a REAL column (NaN is stored as NULL). */
const FINITE_SCORE = `(${O.score} IS NOT NULL AND abs(${O.score}) <= 1.7976931348623157e308)`;
const ROUTE = `coalesce(${extra('faqRoute')}, '')`;
const FAQ_MATCHED = `(${ROUTE} NOT IN ${sqlList(FAQ_ROUTES)} AND ${O.faqMatched} = 1)`;
/** The characters String.prototype.trim removes (SQLite's trim() removes only spaces by default). */
const JS_SPACE = `char(9, 10, 11, 12, 13, 32, 160, 5760, ${Array.from({ length: 11 }, (_, i) => 8192 + i).join(', ')}, 8232, 8233, 8239, 8287, 12288, 65279)`;
const QUIZ_COUNTS = [O.hits, O.misses, O.falseAlarms, O.correctRejections];

/** Records per kind (every kind, so the filter values list sessions and channels of any record). */
const kinds: Fact = {
  table: 'report_kinds',
  keys: ['kind'],
  sums: ['n'],
  maxes: [],
  select: (where, from = FROM) => `SELECT ${cell()}, ${O.kind}, count(*) FROM ${from} WHERE ${where} ${groupBy(1)}`,
};

/** Drill runs per scenario and outcome ('' when none counted), with their scores. */
const drills: Fact = {
  table: 'report_drills',
  keys: ['scenario', 'outcome'],
  sums: ['runs', 'score_sum', 'scored'],
  maxes: [],
  select: (where, from = FROM) => `
    SELECT ${cell()}, ${SCENARIO}, iif(${O.outcome} IN ${sqlList(DRILL_OUTCOMES)}, ${O.outcome}, ''),
      count(*), total(iif(${FINITE_SCORE}, ${O.score}, 0)), sum(${FINITE_SCORE})
    FROM ${from} WHERE ${KIND} = 'drill' AND (${O.outcome} IN ${sqlList(DRILL_OUTCOMES)} OR ${FINITE_SCORE})
      AND ${where} ${groupBy(2)}`,
};

/** One row per red flag a drill run listed under `field` (missed, spotted, avoided): each flag once per run. */
const flagRuns = (field: (typeof FLAG_FIELDS)[number], where: string, from: string) => `
  SELECT DISTINCT o.${ID_COLUMN}, ${O.at} AS at, ${O.session} AS s, ${O.channel} AS c, ${SCENARIO} AS scenario,
    j.value AS flag, ${FLAG_FIELDS.map((f) => `${f === field ? 1 : 0} AS ${f}`).join(', ')}
  FROM ${from}, ${each(field)} WHERE ${KIND} = 'drill' AND ${where}`;

/** Drill runs per scenario and red flag: missed, spotted, avoided. */
const flags: Fact = {
  table: 'report_flags',
  keys: ['scenario', 'flag'],
  sums: FLAG_FIELDS,
  maxes: [],
  select: (where, from = FROM) => `
    SELECT ${cell('at', 's', 'c')}, scenario, flag, ${FLAG_FIELDS.map((f) => `sum(${f})`).join(', ')}
    FROM (${FLAG_FIELDS.map((f) => flagRuns(f, where, from)).join(' UNION ALL ')}) ${groupBy(2)}`,
};

/** Per topic: drill runs (by outcome) and answered FAQ questions; each topic once per record. */
const topics: Fact = {
  table: 'report_topics',
  keys: ['topic'],
  sums: ['drills', ...DRILL_OUTCOMES, 'faq_matched'],
  maxes: [],
  select: (where, from = FROM) => `
    SELECT ${cell('at', 's', 'c')}, topic, sum(kind = 'drill'),
      ${DRILL_OUTCOMES.map((x) => `sum(kind = 'drill' AND outcome IS '${x}')`).join(', ')}, sum(kind = 'faq')
    FROM (
      SELECT DISTINCT o.${ID_COLUMN}, ${O.at} AS at, ${O.session} AS s, ${O.channel} AS c, j.value AS topic,
        ${KIND} AS kind, ${O.outcome} AS outcome
      FROM ${from}, ${each('topics')}
      WHERE (${KIND} = 'drill' OR (${KIND} = 'faq' AND ${FAQ_MATCHED})) AND ${where}
    ) ${groupBy(1)}`,
};

/** Completed quiz forms per phase and answer pattern (d′ is computed per form, so patterns are kept). */
const quiz: Fact = {
  table: 'report_quiz',
  keys: ['phase', 'hits', 'misses', 'false_alarms', 'correct_rejections'],
  sums: ['forms'],
  maxes: [],
  select: (where, from = FROM) => `
    SELECT ${cell()}, ${O.phase}, ${QUIZ_COUNTS.join(', ')}, count(*) FROM ${from}
    WHERE ${KIND} = 'quiz' AND ${O.phase} IN ('pre', 'post')
      AND ${QUIZ_COUNTS.map((c) => `typeof(${c}) = 'integer' AND ${c} >= 0`).join(' AND ')} AND ${where}
    ${groupBy(5)}`,
};

/** FAQ turns per answer (matched, fallback, or a route), the entry matched, the question that fell back. */
const faq: Fact = {
  table: 'report_faq',
  keys: ['answer', 'entry', 'question'],
  sums: ['n'],
  maxes: ['last_at'],
  select: (where, from = FROM) => `
    SELECT ${CELL_COLUMNS}, answer, iif(answer = 'matched', entry, ''), iif(answer = 'fallback', question, ''),
      count(*), max(at)
    FROM (
      SELECT ${cell()}, ${O.at} AS at, coalesce(${O.faqId}, '') AS entry,
        CASE WHEN ${ROUTE} IN ${sqlList(FAQ_ROUTES)} THEN ${ROUTE} WHEN ${FAQ_MATCHED} THEN 'matched' ELSE 'fallback' END
          AS answer,
        trim(coalesce(${extra('question')}, ''), ${JS_SPACE}) AS question
      FROM ${from} WHERE ${KIND} = 'faq' AND ${where}
    ) ${groupBy(3)}`,
};

/** Checks per verdict. */
const checks: Fact = {
  table: 'report_checks',
  keys: ['verdict'],
  sums: ['n'],
  maxes: [],
  select: (where, from = FROM) => `
    SELECT ${cell()}, ${O.verdict}, count(*) FROM ${from}
    WHERE ${KIND} = 'check' AND ${O.verdict} IN ${sqlList(VERDICTS)} AND ${where} ${groupBy(1)}`,
};

/** 👍/👎 per rated answer, named as the Accumulator names it (ratedAnswer): "faq:<entry id>", "check", "fallback". */
const RATED = `coalesce(${extra('rated')}, '')`;
const feedback: Fact = {
  table: 'report_feedback',
  keys: ['answer'],
  sums: ['helpful', 'unhelpful'],
  maxes: [],
  select: (where, from = FROM) => `
    SELECT ${cell()}, iif(${RATED} = 'faq' AND coalesce(${O.faqId}, '') <> '', 'faq:' || ${O.faqId}, ${RATED}),
      sum(${extra('helpful')} = 1), sum(${extra('helpful')} = 0)
    FROM ${from} WHERE ${KIND} = 'feedback' AND json_type(o.${EXTRA_COLUMN}, '$.helpful') IN ('true', 'false')
      AND ${where} ${groupBy(1)}`,
};

export const FACTS = { kinds, drills, flags, topics, quiz, faq, checks, feedback } as const;

/** The rollup table of a fact. */
export function rollupTableSql(f: Fact): string {
  const keys = f.keys.map((k) => `${k} NOT NULL`);
  const measures = [...f.sums, ...f.maxes].map((m) => `${m} NOT NULL`);
  return `CREATE TABLE IF NOT EXISTS ${f.table} (span INTEGER NOT NULL, slot INTEGER NOT NULL, session TEXT NOT NULL,
    channel TEXT NOT NULL, ${[...keys, ...measures].join(', ')},
    PRIMARY KEY (${[CELL_COLUMNS, ...f.keys].join(', ')})) WITHOUT ROWID`;
}

/** The rows of `source` (one span's blocks, the rollup's columns) grouped into blocks of `span`: the next span up
 *  (BASE of them in each) or all time. Integer division is the floor here: slots count from 1970. */
export function coarserSql(f: Fact, source: string, span: number): string {
  const slot = span === ALL ? '0' : `slot / ${BASE}`;
  const measures = [...f.sums.map((m) => `sum(${m})`), ...f.maxes.map((m) => `max(${m})`)];
  return `SELECT ${span}, ${slot}, session, channel, ${[...f.keys, ...measures].join(', ')} FROM ${source}
    GROUP BY ${[...(span === ALL ? [] : [slot]), 'session', 'channel', ...f.keys].join(', ')}`;
}

/** Adds rows (the rollup's columns, one per key) to the rollup. */
export function addSql(f: Fact, rows: string): string {
  const merge = [
    ...f.sums.map((m) => `${m} = ${m} + excluded.${m}`),
    ...f.maxes.map((m) => `${m} = max(${m}, excluded.${m})`),
  ];
  // `WHERE true`: SQLite's documented way to keep an upsert's ON from parsing as a join constraint.
  return `INSERT INTO ${f.table} SELECT * FROM (${rows}) WHERE true
    ON CONFLICT (${[CELL_COLUMNS, ...f.keys].join(', ')}) DO UPDATE SET ${merge.join(', ')}`;
}
