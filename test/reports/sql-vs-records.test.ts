// Property: the SQLite report (SQL GROUP BY over rollups, src/reports/sqlite/) equals the Accumulator's report of the
// same records (the path Redis and list() take), for random records — odd ones included: duplicate red flags in one
// run, quiz counts that are no whole numbers, questions padded with any whitespace trim() removes, unknown ids — for
// random filters, ranges that cut hours and days, odd time zones, and rows folded in several passes and batches.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_START } from '../../src/reports/demo.ts';
import { type ReportQuery, reportFromRecords } from '../../src/reports/index.ts';
import { createSqliteReports } from '../../src/reports/sqlite.ts';
import { openDb } from '../../src/store/sqlite/db.ts';
import { createSqliteOutcomes } from '../../src/store/sqlite/outcomes.ts';
import type { OutcomeRecord } from '../../src/store/types.ts';

const H = 3_600_000;
const SPAN = 3 * 24 * H; // three days: ranges cut days and hours, and whole days still occur
/** Some records and bounds spread over 400 days, so ranges also read the long rollup blocks (up to 16,384 h). */
const LONG = 400 * 24 * H;

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const ids = (...xs: string[]) => fc.constantFrom(...xs);
/** One of `xs` or absent, each as likely. */
const some = (...xs: string[]) => fc.constantFrom<string | undefined>(undefined, ...xs);
const flagList = fc.array(ids('f1', 'f2', 'f3', 'f4'), { maxLength: 5 }); // duplicates on purpose

const base = fc.record({
  at: fc.oneof(
    { arbitrary: fc.integer({ min: DEMO_START, max: DEMO_START + SPAN }), weight: 4 },
    { arbitrary: fc.integer({ min: DEMO_START - LONG, max: DEMO_START + LONG }), weight: 1 },
  ),
  user: fc.constant('u'),
  channel: ids('web', 'app', 'cli'),
  session: some('A', 'B', 'C'),
});

const drill = fc.record({
  kind: fc.constant('drill' as const),
  scenario: some('s1', 's2'),
  outcome: some('passed', 'failed', 'incomplete'),
  score: maybe(fc.integer({ min: 0, max: 100 })),
  spotted: maybe(flagList),
  missed: maybe(flagList),
  avoided: maybe(flagList),
  topics: maybe(fc.array(ids('t1', 't2', 't3'), { maxLength: 3 })),
});

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 2.5));
const quiz = fc.record({
  kind: fc.constant('quiz' as const),
  phase: some('pre', 'post'),
  hits: count,
  misses: count,
  falseAlarms: count,
  correctRejections: count,
});

const faq = fc.record({
  kind: fc.constant('faq' as const),
  faqMatched: fc.constantFrom(undefined, true, false),
  faqId: some('q1', 'q2', ''),
  faqRoute: some('smalltalk', 'product'),
  question: some('how?', ' how? ', '\u3000how?\t', 'how?\u00a0\n', 'Why', '', '  '),
  topics: maybe(fc.array(ids('t1', 't2'), { maxLength: 2 })),
});

const check = fc.record({
  kind: fc.constant('check' as const),
  verdict: some('official', 'unknown', 'suspicious', 'dangerous'),
});

const record: fc.Arbitrary<OutcomeRecord> = fc
  .tuple(base, fc.oneof(drill, quiz, faq, check))
  .map(([b, k]) => JSON.parse(JSON.stringify({ ...b, ...k })) as OutcomeRecord); // as stored: no undefined fields

const bound = fc.oneof(
  { arbitrary: fc.integer({ min: DEMO_START - H, max: DEMO_START + SPAN + H }), weight: 4 },
  { arbitrary: fc.integer({ min: DEMO_START - LONG, max: DEMO_START + LONG }), weight: 1 },
);
const query: fc.Arbitrary<ReportQuery> = fc
  .record({
    session: some('A', 'B', 'C'),
    channel: some('web', 'app', 'cli'),
    from: maybe(
      fc.oneof(
        bound,
        bound.map((t) => t - (t % H)),
      ),
    ),
    to: maybe(
      fc.oneof(
        bound,
        bound.map((t) => t - (t % (24 * H))),
      ),
    ),
    tz: maybe(fc.constantFrom(0, 480, -300, 330, 345, -570, 840)),
  })
  .map((q) => JSON.parse(JSON.stringify(q)) as ReportQuery);

describe('SQL report = Accumulator report', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('for random records, filters, ranges and time zones, folded in batches and passes', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 60 }),
        fc.array(record, { maxLength: 30 }),
        fc.integer({ min: 1, max: 25 }),
        fc.array(query, { minLength: 1, maxLength: 4 }),
        (first, later, passRows, queries) => {
          const dir = mkdtempSync(join(tmpdir(), 'scam-coach-sql-prop-'));
          dirs.push(dir);
          const db = openDb(dir);
          try {
            const outcomes = createSqliteOutcomes(db);
            const sql = createSqliteReports(db, { passRows });
            // addManySync inserts inside its caller's transaction (the turn's commit), as the store calls it.
            db.transaction(() => outcomes.addManySync(first))();
            expect(sql.report(queries[0])).toEqual(reportFromRecords(first, queries[0]));
            db.transaction(() => outcomes.addManySync(later))();
            for (const q of queries) expect(sql.report(q)).toEqual(reportFromRecords([...first, ...later], q));
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
