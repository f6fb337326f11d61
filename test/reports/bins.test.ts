// "Check verdicts per day" bins by day, week or month for the range shown: a couple of months per day, up to a
// year per week (Monday to Sunday), beyond that per month; bins cut by the range say so; every figure is kept.
import { describe, expect, it } from 'vitest';
import { checkBins, grainFor, MAX_DAILY, MAX_WEEKLY } from '../../src/reports/bins.ts';
import { reportFromRecords } from '../../src/reports/index.ts';
import type { OutcomeRecord } from '../../src/store/types.ts';

const DAY = 86_400_000;
const T = (iso: string) => Date.parse(iso);
const day = (iso: string) => T(`${iso}T00:00:00Z`) / DAY;
const check = (iso: string, verdict: OutcomeRecord['verdict'] = 'suspicious'): OutcomeRecord => ({
  kind: 'check',
  at: T(iso),
  user: 'u',
  channel: 'web',
  verdict,
});

describe('grain for a range', () => {
  it('days up to two months, weeks up to a year, months beyond', () => {
    expect(grainFor(1)).toBe('day');
    expect(grainFor(MAX_DAILY)).toBe('day');
    expect(grainFor(MAX_DAILY + 1)).toBe('week');
    expect(grainFor(MAX_WEEKLY)).toBe('week');
    expect(grainFor(MAX_WEEKLY + 1)).toBe('month');
  });
});

describe('checkBins', () => {
  const one = { official: 0, unknown: 0, suspicious: 1, dangerous: 0, total: 1 };
  it('weeks run Monday to Sunday; the first and last are cut by the range', () => {
    // 2025-03-05 is a Wednesday, 2025-03-18 a Tuesday.
    const bins = checkBins(day('2025-03-05'), day('2025-03-18'), () => one, 'week');
    expect(bins.map(({ label, start, end, days, total }) => ({ label, start, end, days, total }))).toEqual([
      { label: '2025-03-03 – 03-09', start: '2025-03-03', end: '2025-03-09', days: 5, total: 5 },
      { label: '2025-03-10 – 03-16', start: '2025-03-10', end: '2025-03-16', days: 7, total: 7 },
      { label: '2025-03-17 – 03-23', start: '2025-03-17', end: '2025-03-23', days: 2, total: 2 },
    ]);
  });
  it('months: calendar months, February included', () => {
    const bins = checkBins(day('2024-01-31'), day('2024-03-01'), () => one, 'month');
    expect(bins.map((b) => [b.label, b.days, b.total])).toEqual([
      ['2024-01', 1, 1],
      ['2024-02', 29, 29],
      ['2024-03', 1, 1],
    ]);
  });
  it('a week across a year end is named with both years', () => {
    const [bin] = checkBins(day('2024-12-30'), day('2024-12-31'), () => one, 'week');
    expect(bin!.label).toBe('2024-12-30 – 2025-01-05');
  });
});

describe('the report bins for the range shown', () => {
  // ~20 months of checks: one a day on the 1st and 15th of each month, dangerous on the 1st.
  const records: OutcomeRecord[] = [];
  for (let m = 0; m < 20; m++) {
    const d = new Date(Date.UTC(2024, 7 + m, 1));
    records.push(check(d.toISOString(), 'dangerous'));
    records.push(check(new Date(d.getTime() + 14 * DAY + 3_600_000).toISOString()));
  }

  it('20 months of data, no filter: one bar per month, nothing lost', () => {
    const r = reportFromRecords(records);
    expect(r.checks.grain).toBe('month');
    expect(r.checks.bins).toHaveLength(20);
    expect(r.checks.bins[0]).toMatchObject({ label: '2024-08', dangerous: 1, suspicious: 1, total: 2, days: 31 });
    // The range ends with the last check, on the 15th: the last month is cut.
    expect(r.checks.bins.at(-1)).toMatchObject({ label: '2026-03', total: 2, days: 15 });
    expect(r.checks.bins.reduce((n, b) => n + b.total, 0)).toBe(records.length);
    expect(r.checks.byDay.length).toBeGreaterThan(500); // the day-by-day series stays in the JSON
  });

  it('a three-month filter: weeks', () => {
    const r = reportFromRecords(records, { from: T('2025-01-01T00:00:00Z'), to: T('2025-04-01T00:00:00Z') });
    expect(r.checks.grain).toBe('week');
    expect(r.checks.bins[0]).toMatchObject({ start: '2024-12-30', days: 5 });
    expect(r.checks.bins.at(-1)).toMatchObject({ end: '2025-04-06', days: 1 });
    expect(r.checks.bins.reduce((n, b) => n + b.total, 0)).toBe(6);
  });

  it('a one-month filter: days, the whole month shown even where no check was made', () => {
    const r = reportFromRecords(records, { from: T('2025-02-01T00:00:00Z'), to: T('2025-03-01T00:00:00Z') });
    expect(r.checks.grain).toBe('day');
    expect(r.checks.bins.map((b) => b.label)).toHaveLength(28);
    expect(r.checks.bins[0]).toMatchObject({ label: '2025-02-01', dangerous: 1 });
    expect(r.checks.bins[14]).toMatchObject({ label: '2025-02-15', suspicious: 1 });
  });

  it('bins follow the report time zone', () => {
    // 2025-02-28T20:00Z is 1 March at UTC+08:00.
    const late = [check('2025-02-28T20:00:00Z')];
    expect(reportFromRecords(late, { tz: 8 * 60 }).checks.bins[0]!.label).toBe('2025-03-01');
    expect(reportFromRecords(late).checks.bins[0]!.label).toBe('2025-02-28');
  });

  it('a filter reaching back centuries is cut to the days that hold checks', () => {
    const r = reportFromRecords(records, { from: T('1900-01-01T00:00:00Z') });
    expect(r.checks.bins[0]!.label).toBe('2024-08');
  });
});
