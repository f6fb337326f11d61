// A report's figures as GROUP BY queries over the rollups. A range [from, to) is read as the few rollup blocks that
// cover its whole hours (src/reports/sqlite/blocks.ts) and the partial hours at the very ends from the outcome rows
// themselves (the same fact SELECTs, src/reports/sqlite/facts.ts). The query results fill the tables of
// an Accumulator, so finalizeReport (shared with Redis and the list() path) turns them into the same Report.
import type Database from 'better-sqlite3';
import { ID_COLUMN, OUTCOME_COLUMN } from '../../store/sqlite/schema.ts';
import type { Accumulator, CountTable } from '../accumulate.ts';
import { DRILL_OUTCOMES, FAQ_ROUTES, FLAG_FIELDS, KINDS, type ReportQuery } from '../types.ts';
import { ALL, dayWindow, HOUR, windowOf } from './blocks.ts';
import { checkDaysSql } from './check-days.ts';
import { type Fact, FACTS, FROM, sqlList } from './facts.ts';

type DB = Database.Database;
type Row = [string | number, ...number[]];

const FILTERS = '(@session IS NULL OR session = @session) AND (@channel IS NULL OR channel = @channel)';
const RAW_FILTERS = (['session', 'channel'] as const)
  .map((f) => `(@${f} IS NULL OR o.${OUTCOME_COLUMN[f]} = @${f})`)
  .join(' AND ');
const AT = `o.${OUTCOME_COLUMN.at}`;

/** A fact's rows over a window: its rollup blocks (`@blocks`, JSON [[span, slot]…]), then the raw rows of the partial
 *  hours at the ends (`@raw`, JSON [[lo, hi]…], up to the fold mark). CROSS JOIN keeps the list the outer loop, so each
 *  block is one primary-key lookup and each raw range one index range. */
function source(f: Fact): string {
  // `+o.id`: found by time, not by row id.
  const raw = f.select(
    `(${AT} >= r.value ->> 0 AND ${AT} < r.value ->> 1 AND +o.${ID_COLUMN} <= @upTo AND ${RAW_FILTERS})`,
    `json_each(@raw) r CROSS JOIN ${FROM}`,
  );
  return `
    SELECT f.* FROM json_each(@blocks) b CROSS JOIN ${f.table} f
    WHERE f.span = b.value ->> 0 AND f.slot = b.value ->> 1 AND ${FILTERS}
    UNION ALL ${raw}`;
}

const sumIf = (column: string, value: string, measure: string) => `sum(iif(${column} = '${value}', ${measure}, 0))`;

/** [drills, quizzes, faq, checks] per `group`: session or channel. */
const kindsBy = (group: string) => `
  SELECT ${group}, ${KINDS.map((k) => sumIf('kind', k, 'n')).join(', ')}
  FROM (${source(FACTS.kinds)}) WHERE kind IN ${sqlList(KINDS)} GROUP BY 1`;

/** Per scenario: runs passed, failed, incomplete; score sum and runs scored. */
const drills = `
  SELECT scenario, ${DRILL_OUTCOMES.map((x) => sumIf('outcome', x, 'runs')).join(', ')}, total(score_sum), sum(scored)
  FROM (${source(FACTS.drills)}) GROUP BY scenario`;

/** Missed, spotted, avoided per scenario and red flag. */
const scenarioFlags = `SELECT scenario, flag, ${FLAG_FIELDS.map((f) => `sum(${f})`).join(', ')}
  FROM (${source(FACTS.flags)}) GROUP BY scenario, flag`;

const topics = `
  SELECT topic, sum(drills), ${DRILL_OUTCOMES.map((x) => `sum(${x})`).join(', ')}, sum(faq_matched)
  FROM (${source(FACTS.topics)}) GROUP BY topic`;

const QUIZ_KEY = 'session, phase, hits, misses, false_alarms, correct_rejections';
const quiz = `SELECT ${QUIZ_KEY}, sum(forms) FROM (${source(FACTS.quiz)}) GROUP BY ${QUIZ_KEY}`;

/** [matched, fallback, small talk, product]. */
const faqAnswers = `
  SELECT '', ${['matched', 'fallback', ...FAQ_ROUTES].map((a) => sumIf('answer', a, 'n')).join(', ')}
  FROM (${source(FACTS.faq)}) GROUP BY 1`;
const faqEntries = `
  SELECT entry, sum(n) FROM (${source(FACTS.faq)}) WHERE answer = 'matched' AND entry <> '' GROUP BY entry`;
const fallbacks = `
  SELECT question, sum(n), max(last_at) FROM (${source(FACTS.faq)}) WHERE answer = 'fallback' GROUP BY question`;

const feedback = `SELECT answer, sum(helpful), sum(unhelpful) FROM (${source(FACTS.feedback)}) GROUP BY answer`;

const checkDays = checkDaysSql(FILTERS, RAW_FILTERS);

/** The first and last hour holding any row folded in (bounds an open end); one sub-select each: both use the key. */
const DATA_HOURS = (['min', 'max'] as const)
  .map((f) => `(SELECT ${f}(slot) FROM ${FACTS.kinds.table} WHERE span = ${HOUR})`)
  .reduce((a, b) => `SELECT ${a}, ${b}`);

const sessions = `SELECT DISTINCT session FROM report_kinds WHERE span = ${ALL}`;
const channels = `SELECT DISTINCT channel FROM report_kinds WHERE span = ${ALL}`;

export interface Reader {
  /** Fills `acc` with the figures of `query` over the rows up to `upTo` (the fold mark). */
  read(acc: Accumulator, query: ReportQuery, upTo: number): void;
  /** Sessions and channels of every row folded in (the filter values). */
  facets(): { sessions: string[]; channels: string[] };
}

export function createReader(db: DB): Reader {
  const all = (sql: string) => db.prepare<[Record<string, unknown>], Row>(sql).raw(true);
  const q = {
    sessions: all(kindsBy('session')),
    channels: all(kindsBy('channel')),
    drills: all(drills),
    scenarioFlags: all(scenarioFlags),
    topics: all(topics),
    quiz: all(quiz),
    faq: all(faqAnswers),
    faqEntries: all(faqEntries),
    fallbacks: all(fallbacks),
    checkDays: all(checkDays),
    feedback: all(feedback),
  };
  const dataHours = db.prepare<[], [number | null, number | null]>(DATA_HOURS).raw(true);
  const list = (sql: string) => db.prepare<[], string>(sql).pluck();
  const facetQueries = { sessions: list(sessions), channels: list(channels) };

  /** Rows keyed by their first `width` columns, joined as JSON (the Accumulator's composite keys). */
  const keyed = (rows: Row[], width: number): Row[] =>
    rows.map((r) => [JSON.stringify(r.slice(0, width)), ...(r.slice(width) as number[])]);
  const put = (table: CountTable, rows: Row[]) => table.merge(rows.map(([k, ...v]) => [String(k), ...v]));

  return {
    read(acc, query, upTo) {
      const tz = query.tz ?? 0;
      const filter = { session: query.session ?? null, channel: query.channel ?? null, upTo };
      let known: [number | null, number | null] | undefined;
      const hours = () => (known ??= dataHours.get() ?? [null, null]);
      const w = windowOf(query.from, query.to, hours);
      const p = { ...filter, blocks: JSON.stringify(w.blocks), raw: JSON.stringify(w.raw) };
      put(acc.channels, q.channels.all(p));
      put(acc.drills, q.drills.all(p));
      // The totals are the sessions' rows summed, each flag's counts its scenarios' (a run has one scenario): summed
      // here rather than read over the same rows twice.
      const bySession = q.sessions.all(p);
      put(acc.sessions, bySession);
      put(
        acc.kinds,
        bySession.map(([, ...v]) => ['', ...v] as Row),
      );
      const flagRows = q.scenarioFlags.all(p);
      put(
        acc.flags,
        flagRows.map(([, flag, ...v]) => [flag, ...v] as Row),
      );
      put(acc.scenarioFlags, keyed(flagRows, 2));
      put(acc.topics, q.topics.all(p));
      put(acc.quiz, keyed(q.quiz.all(p), 6));
      put(acc.faq, q.faq.all(p));
      put(acc.faqEntries, q.faqEntries.all(p));
      put(acc.fallbacks, q.fallbacks.all(p));
      put(acc.feedback, q.feedback.all(p));
      // Checks per local day: the range's hours even when it is all time (days need hours, not the all-time total).
      const days = dayWindow(w.hours ? w : windowOf(query.from, query.to, hours, false), tz);
      const dayParams = { dayBlocks: JSON.stringify(days.blocks), dayRaw: JSON.stringify(days.raw) };
      put(acc.checks, q.checkDays.all({ ...filter, ...dayParams, tzMs: BigInt(tz * 60_000) }));
    },
    facets: () => ({ sessions: facetQueries.sessions.all(), channels: facetQueries.channels.all() }),
  };
}
