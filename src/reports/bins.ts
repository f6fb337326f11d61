// "Check verdicts over time" in bars a reader can see: one bar per day over a short range, per week (Monday to
// Sunday) over a few months, per month beyond. The range is the one the report shows: the filter's dates when
// given, else the first to the last day with a check. Bins at either end may be cut by the range: `days` says how
// many of their days are in it.
import { dayLabel } from './time.ts';
import type { BinGrain, CheckBin, VerdictCounts } from './types.ts';
import { VERDICTS } from './types.ts';

/** Longest range (days) drawn per day: two months, ≤ 62 bars. */
export const MAX_DAILY = 62;
/** Longest range (days) drawn per week: a year, ≤ 54 bars; longer ranges are drawn per month. */
export const MAX_WEEKLY = 371;

export function grainFor(days: number): BinGrain {
  return days <= MAX_DAILY ? 'day' : days <= MAX_WEEKLY ? 'week' : 'month';
}

/** Day 0 (1970-01-01) was a Thursday: Monday-based weekday of a day number. */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;

function monthStart(day: number): number {
  const d = new Date(day * 86_400_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
}

function nextMonth(day: number): number {
  const d = new Date(day * 86_400_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000;
}

/** First day of the bin holding `day`, and the first day of the next bin. */
function binOf(day: number, grain: BinGrain): [number, number] {
  if (grain === 'day') return [day, day + 1];
  if (grain === 'week') {
    const start = day - weekday(day);
    return [start, start + 7];
  }
  return [monthStart(day), nextMonth(day)];
}

/**
 * Bins over local days `first`..`last` (inclusive). `counts(day)` gives that day's verdict counts (undefined:
 * none). Every bin of the range is listed, empty ones too, so the time axis has no gaps.
 */
export function checkBins(
  first: number,
  last: number,
  counts: (day: number) => VerdictCounts | undefined,
  grain: BinGrain = grainFor(last - first + 1),
): CheckBin[] {
  const bins: CheckBin[] = [];
  for (let day = first; day <= last; ) {
    const [start, next] = binOf(day, grain);
    const end = Math.min(next - 1, last);
    const span = { start: dayLabel(start), end: dayLabel(next - 1) };
    const bin = { label: binLabel(span, grain), ...span, days: end - day + 1, total: 0 } as CheckBin;
    for (const v of VERDICTS) bin[v] = 0;
    for (let d = day; d <= end; d++) {
      const c = counts(d);
      if (!c) continue;
      for (const v of VERDICTS) bin[v] += c[v];
      bin.total += c.total;
    }
    bins.push(bin);
    day = end + 1;
  }
  return bins;
}

/** How a bin is named on an axis or in a table: 2025-03-10, 2025-03-10 – 03-16, 2025-03. */
export function binLabel(bin: Pick<CheckBin, 'start' | 'end'>, grain: BinGrain): string {
  if (grain === 'day') return bin.start;
  if (grain === 'month') return bin.start.slice(0, 7);
  return `${bin.start} – ${bin.end.slice(bin.start.slice(0, 4) === bin.end.slice(0, 4) ? 5 : 0)}`;
}
