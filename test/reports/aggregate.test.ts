// The aggregation core: a hand-written set with totals worked out by hand, and demo data from the seed generator
// against expectations computed independently from the records (test/reports/expected.ts).
import { describe, expect, it } from 'vitest';
import { DEMO_SESSIONS, DEMO_START, demoOutcomes } from '../../src/reports/demo.ts';
import { Accumulator, reportFromRecords } from '../../src/reports/index.ts';
import {
  expectedChecksByDay,
  expectedDrills,
  expectedFallbacks,
  expectedFlags,
  expectedQuiz,
  select,
} from './expected.ts';
import { HAND, INJECTION } from './fixtures.ts';

const DAY = 86_400_000;
/** A red flag's label before the taxonomy is applied: its id. */
const L = (id: string) => ({ zh: id, en: id });

describe('report over a hand-written set', () => {
  const r = reportFromRecords(HAND);

  it('totals, drills per scenario, red flags', () => {
    expect(r.totals).toEqual({ drills: 3, quizzes: 2, faq: 4, checks: 3, total: 12 });
    expect(r.drills).toEqual([
      {
        scenario: 'x',
        started: 2,
        passed: 1,
        failed: 1,
        incomplete: 0,
        passRate: 0.5,
        avgScore: 55,
        // Most missed first: f3 twice, f2 once (and spotted once), f5 and f1 never (f5 avoided, f1 spotted twice).
        flags: [
          { flag: 'f3', label: L('f3'), missed: 2, spotted: 0, avoided: 0 },
          { flag: 'f2', label: L('f2'), missed: 1, spotted: 1, avoided: 0 },
          { flag: 'f5', label: L('f5'), missed: 0, spotted: 0, avoided: 1 },
          { flag: 'f1', label: L('f1'), missed: 0, spotted: 2, avoided: 0 },
        ],
      },
      {
        scenario: 'y',
        started: 1,
        passed: 0,
        failed: 0,
        incomplete: 1,
        passRate: 0,
        avgScore: 10,
        flags: [{ flag: 'f4', label: L('f4'), missed: 1, spotted: 0, avoided: 0 }],
      },
    ]);
    expect(r.redFlags).toEqual([
      { flag: 'f3', label: L('f3'), missed: 2, spotted: 0, avoided: 0, missRate: 1 },
      { flag: 'f4', label: L('f4'), missed: 1, spotted: 0, avoided: 0, missRate: 1 },
      { flag: 'f2', label: L('f2'), missed: 1, spotted: 1, avoided: 0, missRate: 0.5 },
      { flag: 'f1', label: L('f1'), missed: 0, spotted: 2, avoided: 0, missRate: 0 },
      { flag: 'f5', label: L('f5'), missed: 0, spotted: 0, avoided: 1, missRate: 0 },
    ]);
  });

  it('quiz pre/post: pooled rates, d′ from log-linear rates, the change', () => {
    const a = r.quiz.bySession.find((q) => q.session === 'A')!;
    expect(r.quiz.bySession.map((q) => q.session)).toEqual(['A']);
    expect(a.pre).toMatchObject({
      forms: 1,
      hits: 4,
      misses: 3,
      falseAlarms: 2,
      correctRejections: 5,
      hitRate: 4 / 7,
      falseAlarmRate: 2 / 7,
    });
    expect(a.post).toMatchObject({
      forms: 1,
      hits: 6,
      misses: 1,
      falseAlarms: 1,
      correctRejections: 6,
      hitRate: 6 / 7,
      falseAlarmRate: 1 / 7,
    });
    // z(4.5/8) − z(2.5/8) and z(6.5/8) − z(1.5/8), from a normal table.
    expect(a.pre!.dPrime).toBeCloseTo(0.15731 + 0.48878, 4);
    expect(a.post!.dPrime).toBeCloseTo(0.88715 * 2, 4);
    expect(a.post!.criterion).toBeCloseTo(0, 10);
    expect(a.change).toBe('better-discernment');
    expect(a.moreFalseAlarms).toBe(false);
    expect(a.delta!.falseAlarmRate).toBeCloseTo(-1 / 7, 12);
    expect(r.quiz.overall).toEqual({ ...a, session: null });
  });

  it('FAQ fallbacks (the missing content), most asked first', () => {
    expect(r.faq).toMatchObject({ questions: 4, matched: 1, fallback: 3, fallbackRate: 0.75, distinctFallbacks: 2 });
    expect(r.faq.fallbacks).toEqual([
      { question: 'Q-a', count: 2, lastAsked: '2025-03-02T13:00:00.000Z' },
      { question: INJECTION, count: 1, lastAsked: '2025-03-01T14:00:00.000Z' },
    ]);
    expect(r.faq.entries).toEqual([{ id: 'q1', count: 1 }]);
    expect(reportFromRecords(HAND, { fallbackLimit: 1 }).faq.fallbacks.map((f) => f.question)).toEqual(['Q-a']);
  });

  it('check verdicts per day, gaps filled, in the report time zone', () => {
    const zero = { official: 0, unknown: 0, suspicious: 0, dangerous: 0, total: 0 };
    expect(r.checks.byDay).toEqual([
      { day: '2025-03-01', ...zero, suspicious: 1, total: 1 },
      { day: '2025-03-02', ...zero },
      { day: '2025-03-03', ...zero, official: 1, dangerous: 1, total: 2 },
    ]);
    expect(r.checks.total).toEqual({ official: 1, unknown: 0, suspicious: 1, dangerous: 1, total: 3 });
    // Three days shown: one bar per day.
    expect(r.checks.grain).toBe('day');
    expect(r.checks.bins.map(({ label, days, total }) => ({ label, days, total }))).toEqual([
      { label: '2025-03-01', days: 1, total: 1 },
      { label: '2025-03-02', days: 1, total: 0 },
      { label: '2025-03-03', days: 1, total: 2 },
    ]);
    const east = reportFromRecords(HAND, { tz: 8 * 60 });
    expect(east.query.tz).toBe('UTC+08:00');
    expect(east.checks.byDay).toEqual([
      { day: '2025-03-02', ...zero, suspicious: 1, total: 1 },
      { day: '2025-03-03', ...zero, dangerous: 1, total: 1 },
      { day: '2025-03-04', ...zero, official: 1, total: 1 },
    ]);
  });

  it('topics, sessions, channels, filter values', () => {
    expect(r.topics).toEqual([
      { topic: 't1', drills: 2, passed: 1, failed: 1, incomplete: 0, faqMatched: 1 },
      { topic: 't2', drills: 1, passed: 0, failed: 0, incomplete: 1, faqMatched: 0 },
    ]);
    expect(r.sessions).toEqual([
      { key: 'A', drills: 2, quizzes: 2, faq: 1, checks: 1, total: 6 },
      { key: null, drills: 0, quizzes: 0, faq: 2, checks: 1, total: 3 },
      { key: 'B', drills: 1, quizzes: 0, faq: 1, checks: 1, total: 3 },
    ]);
    expect(r.channels).toEqual([
      { key: 'web', drills: 2, quizzes: 2, faq: 2, checks: 2, total: 8 },
      { key: 'app', drills: 1, quizzes: 0, faq: 1, checks: 1, total: 3 },
      { key: 'cli', drills: 0, quizzes: 0, faq: 1, checks: 0, total: 1 },
    ]);
    expect(r.available).toEqual({ sessions: ['A', 'B'], channels: ['web', 'app', 'cli'] });
  });

  it('filters: session, channel, date range (from inclusive, to exclusive); filter values stay whole-store', () => {
    const a = reportFromRecords(HAND, { session: 'A' });
    expect(a.totals).toEqual({ drills: 2, quizzes: 2, faq: 1, checks: 1, total: 6 });
    expect(a.available.sessions).toEqual(['A', 'B']);
    expect(reportFromRecords(HAND, { channel: 'app' }).totals).toEqual({
      drills: 1,
      quizzes: 0,
      faq: 1,
      checks: 1,
      total: 3,
    });
    const day1 = reportFromRecords(HAND, {
      from: Date.parse('2025-03-01T00:00:00Z'),
      to: Date.parse('2025-03-02T00:00:00Z'),
    });
    expect(day1.totals).toEqual({ drills: 3, quizzes: 1, faq: 3, checks: 1, total: 8 });
    expect(day1.quiz.bySession[0]!.post).toBeNull();
    expect(day1.quiz.bySession[0]!.change).toBeNull();
    const edge = reportFromRecords(HAND, {
      from: Date.parse('2025-03-01T09:00:00Z'),
      to: Date.parse('2025-03-01T10:00:00Z'),
    });
    expect(edge.totals.total).toBe(1);
    expect(reportFromRecords(HAND, { session: 'nobody' }).totals.total).toBe(0);
  });

  it('an empty selection gives an empty, well-formed report', () => {
    const e = reportFromRecords([]);
    expect(e.totals.total).toBe(0);
    expect(e.drills).toEqual([]);
    expect(e.quiz.overall).toMatchObject({ pre: null, post: null, change: null });
    expect(e.faq.fallbackRate).toBeNull();
    expect(e.checks.byDay).toEqual([]);
    expect(e.checks.bins).toEqual([]);
  });

  it('partials merge exactly: any split of the records gives the same report', () => {
    for (const cut of [0, 3, 7, 12]) {
      const a = new Accumulator().addAll(HAND.slice(0, cut));
      const b = Accumulator.fromJSON(JSON.parse(JSON.stringify(new Accumulator().addAll(HAND.slice(cut)))));
      const merged = a.merge(b);
      const whole = new Accumulator().addAll(HAND);
      expect(JSON.stringify(merged.toJSON().tables.quiz?.sort())).toBe(
        JSON.stringify(whole.toJSON().tables.quiz?.sort()),
      );
      for (const name of [
        'kinds',
        'drills',
        'flags',
        'faq',
        'fallbacks',
        'checks',
        'topics',
        'sessions',
        'channels',
      ] as const) {
        expect(new Map(merged[name].rows)).toEqual(new Map(whole[name].rows));
      }
    }
  });

  it('keys that are not plain identifiers ("__proto__", "constructor") are just keys', () => {
    const odd = [
      { ...HAND[0]!, scenario: '__proto__', missed: ['constructor'] },
      { ...HAND[6]!, question: '__proto__' },
    ];
    const o = reportFromRecords(odd);
    expect(o.drills[0]!.scenario).toBe('__proto__');
    expect(o.redFlags.find((f) => f.flag === 'constructor')!.missed).toBe(1);
    expect(o.faq.fallbacks[0]).toMatchObject({ question: '__proto__', count: 1 });
  });
});

describe('demo data (the seed generator)', () => {
  const records = demoOutcomes({ count: 4000, seed: 42 });

  it('is deterministic, sized as asked, and holds no raw ids', () => {
    expect(demoOutcomes({ count: 4000, seed: 42 })).toEqual(records);
    expect(demoOutcomes({ count: 4000, seed: 43 })).not.toEqual(records);
    expect(records).toHaveLength(4000);
    expect(records.every((r) => (r.kind === 'feedback' ? r.user === '' : /^[0-9a-f]{16}$/.test(r.user)))).toBe(true);
    expect(records.every((r) => r.at >= DEMO_START && r.at < DEMO_START + 28 * DAY)).toBe(true);
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(['drill', 'quiz', 'faq', 'check', 'feedback']));
    // Redaction applied to demo questions like real ones: no code survives.
    expect(records.some((r) => r.question?.includes('482913'))).toBe(false);
  });

  it("votes like the widget's: web only, no user or session, a share of web answers, fallbacks rated worst", () => {
    const votes = records.filter((r) => r.kind === 'feedback');
    const webAnswers = records.filter((r) => (r.kind === 'faq' || r.kind === 'check') && r.channel === 'web');
    expect(votes.length / webAnswers.length).toBeGreaterThan(0.2);
    expect(votes.length / webAnswers.length).toBeLessThan(0.4);
    expect(votes.every((v) => v.channel === 'web' && v.user === '' && v.session === undefined)).toBe(true);
    const share = (rated: string) => {
      const some = votes.filter((v) => v.rated === rated);
      return some.filter((v) => !v.helpful).length / some.length;
    };
    // The honest fallback disappoints most; a matched FAQ answer least.
    expect(share('fallback')).toBeGreaterThan(share('check'));
    expect(share('check')).toBeGreaterThan(share('faq'));
    const f = reportFromRecords(records, {}).feedback;
    expect(f.worst.map((w) => w.answer)).toContain('fallback');
    expect(f.worst.find((w) => w.answer.startsWith('faq:'))!.answer).toBe('faq:zh-verify-official-number');
  });

  const filters = [
    {},
    { session: DEMO_SESSIONS[0] },
    { channel: 'app' as const },
    { session: DEMO_SESSIONS[2], channel: 'web' as const },
    { from: DEMO_START + 3 * DAY + 3_600_000, to: DEMO_START + 17 * DAY + 60_000 },
  ];

  it.each(filters)('figures match independent computation: %o', (f) => {
    const rows = select(records, f);
    const r = reportFromRecords(records, f);
    const count = (k: string) => rows.filter((x) => x.kind === k).length;
    expect(r.totals).toEqual({
      drills: count('drill'),
      quizzes: count('quiz'),
      faq: count('faq'),
      checks: count('check'),
      total: rows.filter((x) => x.kind !== 'feedback').length, // votes are not training outcomes
    });

    const drills = expectedDrills(rows);
    expect(r.drills.map((d) => d.scenario)).toEqual([...drills.keys()].sort());
    for (const { flags: perScenario, ...d } of r.drills) {
      const e = drills.get(d.scenario)!;
      const mine = expectedFlags(rows.filter((x) => x.kind === 'drill' && x.scenario === d.scenario));
      expect(
        new Map(perScenario.map(({ flag, missed, spotted, avoided }) => [flag, { missed, spotted, avoided }])),
      ).toEqual(mine);
      expect(d).toEqual({
        scenario: d.scenario,
        started: e.started,
        passed: e.passed,
        failed: e.failed,
        incomplete: e.incomplete,
        passRate: e.passed / e.started,
        avgScore: e.scoreSum / e.started,
      });
    }

    const flags = expectedFlags(rows);
    expect(
      new Map(r.redFlags.map(({ flag, missed, spotted, avoided }) => [flag, { missed, spotted, avoided }])),
    ).toEqual(flags);
    for (let i = 1; i < r.redFlags.length; i++)
      expect(r.redFlags[i - 1]!.missed).toBeGreaterThanOrEqual(r.redFlags[i]!.missed);

    const sessions = [...new Set(rows.filter((x) => x.kind === 'quiz').map((x) => x.session ?? null))];
    expect(r.quiz.bySession.map((q) => q.session).sort()).toEqual(sessions.sort());
    for (const q of [...r.quiz.bySession, r.quiz.overall]) {
      const group = q === r.quiz.overall ? rows : rows.filter((x) => (x.session ?? null) === q.session);
      for (const phase of ['pre', 'post'] as const) {
        const e = expectedQuiz(group, phase);
        if (!e) {
          expect(q[phase]).toBeNull();
          continue;
        }
        const got = q[phase]!;
        expect({ ...got, dPrime: 0, criterion: 0 }).toEqual({ ...e, dPrime: 0, criterion: 0 });
        expect(got.dPrime).toBeCloseTo(e.dPrime, 12);
        expect(got.criterion).toBeCloseTo(e.criterion, 12);
      }
    }

    const fallbacks = expectedFallbacks(rows);
    expect(new Map(r.faq.fallbacks.map((x) => [x.question, x.count]))).toEqual(fallbacks);
    expect(r.faq.fallback).toBe([...fallbacks.values()].reduce((a, b) => a + b, 0));
    expect(r.faq.matched).toBe(rows.filter((x) => x.kind === 'faq' && x.faqMatched).length);

    const days = expectedChecksByDay(rows, 0);
    const nonEmpty = r.checks.byDay.filter((d) => d.total > 0);
    expect(
      new Map(
        nonEmpty.map(({ day, official, unknown, suspicious, dangerous }) => [
          day,
          { official, unknown, suspicious, dangerous },
        ]),
      ),
    ).toEqual(days);
  });

  it('the demo shows the research warning: one cohort got warier, not better', () => {
    const r = reportFromRecords(records);
    const byName = new Map(r.quiz.bySession.map((q) => [q.session, q]));
    expect(byName.get(DEMO_SESSIONS[0])!.change).toBe('better-discernment');
    expect(byName.get(DEMO_SESSIONS[2])!.moreFalseAlarms).toBe(true);
    expect(byName.get(DEMO_SESSIONS[2])!.change).not.toBe('better-discernment');
  });
});
