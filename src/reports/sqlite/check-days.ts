// Checks per local day. Each local day's whole hours are read as rollup blocks tagged with that day (blocks.ts
// dayWindow), so any whole-hour offset (+08:00) costs a few blocks per day; at an offset like +05:30 the hour across
// each local midnight, like the partial hours at the range's ends, is read from the rows themselves (each row's own
// time gives its day), found by time through the (kind, at) index.
import { OUTCOME_COLUMN as C, ID_COLUMN, OUTCOMES_TABLE } from '../../store/sqlite/schema.ts';
import { DAY_MS } from '../time.ts';
import { VERDICTS } from '../types.ts';
import { FACTS, sqlList } from './facts.ts';

/** `filters`: the session/channel filter on rollup rows; `rawFilters`: the same on outcome rows `o`. Parameters:
 *  `@dayBlocks` (JSON [[span, slot, day]…]), `@dayRaw` (JSON [[lo, hi]…] in ms), `@tzMs`, `@upTo` (the fold mark). */
export function checkDaysSql(filters: string, rawFilters: string): string {
  const o = (c: string) => `o.${c}`;
  return `
    SELECT day, ${VERDICTS.map((v) => `sum(iif(verdict = '${v}', n, 0))`).join(', ')} FROM (
      SELECT b.value ->> 2 AS day, f.verdict, f.n FROM json_each(@dayBlocks) b CROSS JOIN ${FACTS.checks.table} f
      WHERE f.span = b.value ->> 0 AND f.slot = b.value ->> 1 AND ${filters}
      UNION ALL
      SELECT (${o(C.at)} + @tzMs) / ${DAY_MS}, ${o(C.verdict)}, 1 FROM json_each(@dayRaw) r CROSS JOIN ${OUTCOMES_TABLE} o
      WHERE ${o(C.kind)} = 'check' AND ${o(C.at)} >= r.value ->> 0 AND ${o(C.at)} < r.value ->> 1
        AND ${o(C.verdict)} IN ${sqlList(VERDICTS)} AND +o.${ID_COLUMN} <= @upTo AND ${rawFilters}
    ) GROUP BY day`;
}
