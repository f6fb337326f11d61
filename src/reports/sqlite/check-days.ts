// Checks per local day. Hour rollups give the days of any whole-hour offset (+08:00) directly. An offset like +05:30
// puts one hour of each day across local midnight: those hours come from the rows themselves, found by time (one
// index range per day), and every other hour from the rollups — so an odd offset costs a few ranges, not a scan.
import { OUTCOME_COLUMN as C, ID_COLUMN, OUTCOMES_TABLE } from '../../store/sqlite/schema.ts';
import { DAY_MS, HOUR_MS } from '../time.ts';
import { VERDICTS } from '../types.ts';
import { FACTS, FAR, HOUR, sqlList } from './facts.ts';

const mod = (a: number, n: number) => ((a % n) + n) % n;
const DAY_HOURS = DAY_MS / HOUR_MS;
/** Hour `slot` (or the hour of `at`) shifted to local time: its remainder by a day says where midnight falls. */
const local = (ms: string) => `(${ms} + @tzMs)`;
const ACROSS_MIDNIGHT = `${local(`slot * ${HOUR_MS}`)} % ${DAY_MS} > ${DAY_MS - HOUR_MS}`;

/** `source`: the checks fact's rows over the report's range in hour slots (src/reports/sqlite/read.ts). */
export function checkDaysSql(source: string, rawFilters: string): string {
  const o = (c: string) => `o.${c}`;
  const step = DAY_MS;
  // CROSS JOIN keeps `cut` the outer loop, so each hour is one (kind, at) index range: SQLite plans a plain join
  // as a scan of every check.
  return `
    WITH RECURSIVE cut(lo, hi) AS (
      SELECT @cut0 * ${HOUR_MS}, (@cut0 + 1) * ${HOUR_MS} WHERE @cut0 < @cutEnd
      UNION ALL SELECT lo + ${step}, hi + ${step} FROM cut WHERE lo + ${step} < @cutEnd * ${HOUR_MS}
    )
    SELECT day, ${VERDICTS.map((v) => `sum(iif(verdict = '${v}', n, 0))`).join(', ')} FROM (
      SELECT ${local(`slot * ${HOUR_MS}`)} / ${DAY_MS} AS day, verdict, n FROM (${source}) WHERE NOT (${ACROSS_MIDNIGHT})
      UNION ALL
      SELECT ${local(o(C.at))} / ${DAY_MS}, ${o(C.verdict)}, 1 FROM cut CROSS JOIN ${OUTCOMES_TABLE} o
      WHERE ${o(C.kind)} = 'check' AND ${o(C.at)} >= cut.lo AND ${o(C.at)} < cut.hi
        AND ${o(C.verdict)} IN ${sqlList(VERDICTS)} AND +${o(C.at)} >= @from AND +${o(C.at)} < @to AND +o.${ID_COLUMN} <= @upTo
        AND ${rawFilters}
    ) GROUP BY day`;
}

/** The min and max hour slot holding checks (bounds an open-ended range). */
export const CHECK_HOURS_SQL = (['min', 'max'] as const)
  .map((f) => `(SELECT ${f}(slot) FROM ${FACTS.checks.table} WHERE span = ${HOUR})`) // one each: both use the index
  .reduce((a, b) => `SELECT ${a}, ${b}`);

/**
 * Parameters of checkDaysSql: the offset (an integer, bound as BigInt), the range, and the hours across a local
 * midnight in it (every 24th from `cut0`; none at a whole-hour offset). `hours()`: the first and last hour holding
 * checks (CHECK_HOURS_SQL), asked only for an odd offset.
 */
export function checkDaysParams(
  tz: number,
  from: number | undefined,
  to: number | undefined,
  hours: () => [number | null, number | null],
) {
  const tzMs = tz * 60_000;
  const range = { tzMs: BigInt(tzMs), from: from ?? -FAR, to: to ?? FAR };
  const none = { ...range, cut0: 0n, cutEnd: 0n };
  if (tzMs % HOUR_MS === 0) return none;
  const [minHour, maxHour] = hours();
  if (minHour === null || maxHour === null) return none;
  const lo = from !== undefined ? Math.floor(from / HOUR_MS) : minHour;
  const hi = to !== undefined ? Math.ceil(to / HOUR_MS) : maxHour + 1;
  // A local midnight is at UTC k·day − offset: in the hour slot 24k + floor(−offset / 1 h).
  const cut0 = lo + mod(Math.floor(-tzMs / HOUR_MS) - lo, DAY_HOURS);
  return { ...range, cut0: BigInt(cut0), cutEnd: BigInt(hi) };
}
