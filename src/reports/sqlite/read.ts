// A report's figures as GROUP BY queries over the rollups. A range [from, to) is read as whole UTC days from the day
// rollups, the whole hours left at either end from the hour rollups, and the partial hours at the very ends from the
// outcome rows themselves (the same fact SELECTs, src/reports/sqlite/facts.ts). The query results fill the tables of
// an Accumulator, so finalizeReport (shared with Redis and the list() path) turns them into the same Report.
import type Database from 'better-sqlite3';
import { ID_COLUMN, OUTCOME_COLUMN } from '../../store/sqlite/schema.ts';
import type { Accumulator, CountTable } from '../accumulate.ts';
import { DAY_MS, HOUR_MS } from '../time.ts';
import { DRILL_OUTCOMES, FAQ_ROUTES, FLAG_FIELDS, KINDS, type ReportQuery } from '../types.ts';
import { CHECK_HOURS_SQL, checkDaysParams, checkDaysSql } from './check-days.ts';
import { ALL, DAY, FAR, type Fact, FACTS, HOUR, sqlList } from './facts.ts';

type DB = Database.Database;
type Row = [string | number, ...number[]];

/** What a range reads: all time (1) or not (0); slot ranges [lo, hi) of days and of two runs of hours; two runs of
 *  raw milliseconds. */
interface Window {
  all: number;
  d0: number;
  d1: number;
  h0: number;
  h1: number;
  h2: number;
  h3: number;
  r0: number;
  r1: number;
  r2: number;
  r3: number;
}

/** Splits [from, to) into all time, or whole days (if `days`), whole hours and partial hours. */
function windowOf(from?: number, to?: number, days = true): Window {
  const none = { all: 0, d0: 0, d1: 0, h0: 0, h1: 0, h2: 0, h3: 0, r0: 0, r1: 0, r2: 0, r3: 0 };
  if (days && from === undefined && to === undefined) return { ...none, all: 1 };
  return split(from ?? -FAR, to ?? FAR, days);
}

function split(from: number, to: number, days: boolean): Window {
  const w: Window = { all: 0, d0: 0, d1: 0, h0: 0, h1: 0, h2: 0, h3: 0, r0: from, r1: to, r2: 0, r3: 0 };
  const h0 = Math.ceil(from / HOUR_MS);
  const h3 = Math.floor(to / HOUR_MS);
  if (h0 >= h3) return w; // inside one hour (or two partial ones): raw rows only
  Object.assign(w, { h0, h1: h3, r1: h0 * HOUR_MS, r2: h3 * HOUR_MS, r3: to });
  const d0 = Math.ceil(from / DAY_MS);
  const d1 = Math.floor(to / DAY_MS);
  if (days && d0 < d1) Object.assign(w, { d0, d1, h1: d0 * 24, h2: d1 * 24, h3 });
  return w;
}

const FILTERS = '(@session IS NULL OR session = @session) AND (@channel IS NULL OR channel = @channel)';
const RAW_FILTERS = (['session', 'channel'] as const)
  .map((f) => `(@${f} IS NULL OR o.${OUTCOME_COLUMN[f]} = @${f})`)
  .join(' AND ');
const AT = `o.${OUTCOME_COLUMN.at}`;

/** A fact's rows over a window: rollup slots, then the raw rows of the partial hours (up to the fold mark). */
function source(f: Fact): string {
  const slots = (span: number, lo: string, hi: string) =>
    `SELECT * FROM ${f.table} WHERE span = ${span} AND slot >= @${lo} AND slot < @${hi} AND ${FILTERS}`;
  // One SELECT per cut end (an OR of two ranges would scan the table); `+o.id`: found by time, not by row id.
  const raw = (lo: string, hi: string) =>
    f.select(`(${AT} >= @${lo} AND ${AT} < @${hi} AND +o.${ID_COLUMN} <= @upTo AND ${RAW_FILTERS})`);
  return [
    `SELECT * FROM ${f.table} WHERE span = ${ALL} AND slot = 0 AND @all = 1 AND ${FILTERS}`,
    slots(DAY, 'd0', 'd1'),
    slots(HOUR, 'h0', 'h1'),
    slots(HOUR, 'h2', 'h3'),
    raw('r0', 'r1'),
    raw('r2', 'r3'),
  ].join(' UNION ALL ');
}

const sumIf = (column: string, value: string, measure: string) => `sum(iif(${column} = '${value}', ${measure}, 0))`;

/** [drills, quizzes, faq, checks] per `group`: '' (everything), session or channel. */
const kindsBy = (group: string) => `
  SELECT ${group}, ${KINDS.map((k) => sumIf('kind', k, 'n')).join(', ')}
  FROM (${source(FACTS.kinds)}) WHERE kind IN ${sqlList(KINDS)} GROUP BY 1`;

/** Per scenario: runs passed, failed, incomplete; score sum and runs scored. */
const drills = `
  SELECT scenario, ${DRILL_OUTCOMES.map((x) => sumIf('outcome', x, 'runs')).join(', ')}, total(score_sum), sum(scored)
  FROM (${source(FACTS.drills)}) GROUP BY scenario`;

/** Missed, spotted, avoided per red flag (`keys` 'flag') or per scenario and red flag ('scenario, flag'). */
const flagsBy = (keys: string) =>
  `SELECT ${keys}, ${FLAG_FIELDS.map((f) => `sum(${f})`).join(', ')} FROM (${source(FACTS.flags)}) GROUP BY ${keys}`;

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

const checkDays = checkDaysSql(source(FACTS.checks), RAW_FILTERS);

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
    totals: all(kindsBy("''")),
    sessions: all(kindsBy('session')),
    channels: all(kindsBy('channel')),
    drills: all(drills),
    flags: all(flagsBy('flag')),
    scenarioFlags: all(flagsBy('scenario, flag')),
    topics: all(topics),
    quiz: all(quiz),
    faq: all(faqAnswers),
    faqEntries: all(faqEntries),
    fallbacks: all(fallbacks),
    checkDays: all(checkDays),
  };
  const checkHours = db.prepare<[], [number | null, number | null]>(CHECK_HOURS_SQL).raw(true);
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
      const p = { ...filter, ...windowOf(query.from, query.to) };
      put(acc.kinds, q.totals.all(p));
      put(acc.sessions, q.sessions.all(p));
      put(acc.channels, q.channels.all(p));
      put(acc.drills, q.drills.all(p));
      put(acc.flags, q.flags.all(p));
      put(acc.scenarioFlags, keyed(q.scenarioFlags.all(p), 2));
      put(acc.topics, q.topics.all(p));
      put(acc.quiz, keyed(q.quiz.all(p), 6));
      put(acc.faq, q.faq.all(p));
      put(acc.faqEntries, q.faqEntries.all(p));
      put(acc.fallbacks, q.fallbacks.all(p));
      const days = checkDaysParams(tz, query.from, query.to, () => checkHours.get() ?? [null, null]);
      put(acc.checks, q.checkDays.all({ ...filter, ...windowOf(query.from, query.to, false), ...days }));
    },
    facets: () => ({ sessions: facetQueries.sessions.all(), channels: facetQueries.channels.all() }),
  };
}
