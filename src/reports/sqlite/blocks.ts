// The time blocks the rollups are kept in, and which of them a report's range reads. Span k holds blocks of 4^k hours
// (1 h, 4 h, 16 h … 16,384 h ≈ 1.9 years), aligned on multiples of their length since 1970; span ALL holds all time.
// Any run of whole hours is the union of a few blocks (at most three of each length at either end), so a 14-day range
// reads about ten blocks instead of 14 days of day rows, and an edge that is not a UTC midnight (a +08:00 day) costs a
// few small blocks instead of its hours one by one. Only the partial hours at the ends are read from the raw rows.
import { DAY_MS, HOUR_MS } from '../time.ts';

/** Each span's blocks are BASE times longer than the span below. */
export const BASE = 4;
/** Spans 0 … LEVELS − 1; the longest block is BASE^(LEVELS − 1) hours. */
export const LEVELS = 8;
/** The span of one-hour blocks (slot: hours since 1970). */
export const HOUR = 0;
/** The span holding all time, in slot 0. */
export const ALL = 99;

/** [span, slot]: block `slot` of span `span`. */
export type Block = [span: number, slot: number];

/** Hours in a block of span `k`. */
export const blockHours = (k: number): number => BASE ** k;

/** The fewest blocks covering the whole hours [h0, h1) exactly: the longest aligned block that fits, left to right. */
export function cover(h0: number, h1: number): Block[] {
  const out: Block[] = [];
  let h = h0;
  while (h < h1) {
    let k = LEVELS - 1;
    while (k > 0 && (h % blockHours(k) !== 0 || h + blockHours(k) > h1)) k--;
    out.push([k, h / blockHours(k)]);
    h += blockHours(k);
  }
  return out;
}

/** What a report reads for [from, to) (an end undefined: open) given the first and last hour holding data (`hours()`,
 *  asked only when needed). `allTime`: an open range reads the all-time span (else the blocks of every data hour). */
export interface Window {
  /** Rollup blocks (all time alone when the range is open at both ends). */
  blocks: Block[];
  /** Raw-row ranges in epoch ms [lo, hi): the partial hours at a bounded end. */
  raw: [number, number][];
  /** The whole hours [h0, h1) the blocks cover (data hours only); undefined for all time. */
  hours?: [number, number];
}

export function windowOf(
  from: number | undefined,
  to: number | undefined,
  hours: () => [number | null, number | null],
  allTime = true,
): Window {
  if (allTime && from === undefined && to === undefined) return { blocks: [[ALL, 0]], raw: [] };
  const [minHour, maxHour] = hours();
  if (minHour === null || maxHour === null) return { blocks: [], raw: [] };
  // An open end is the edge of the data; a far bound is pulled in to it (no rows lie beyond: the raw edge is empty).
  const lo = from ?? minHour * HOUR_MS;
  const hi = to ?? (maxHour + 1) * HOUR_MS;
  const h0 = Math.max(Math.ceil(lo / HOUR_MS), minHour);
  const h1 = Math.min(Math.floor(hi / HOUR_MS), maxHour + 1);
  // Inside one hour, or outside the data hours: the raw rows of the range itself.
  if (h0 >= h1) return { blocks: [], raw: lo < hi ? [[lo, hi]] : [] };
  const raw: [number, number][] = [];
  if (lo < h0 * HOUR_MS) raw.push([lo, h0 * HOUR_MS]);
  if (h1 * HOUR_MS < hi) raw.push([h1 * HOUR_MS, hi]);
  return { blocks: cover(h0, h1), raw, hours: [h0, h1] };
}

/** A block counted under one local day: [span, slot, day]. */
export type DayBlock = [span: number, slot: number, day: number];

/**
 * Checks per local day at offset `tz` (minutes) over a window's whole hours: for each local day, the blocks of its
 * whole hours, tagged with the day; at an offset like +05:30 the hour across each local midnight is read from the
 * raw rows instead (each row's own time says its day).
 */
export function dayWindow(w: Window, tz: number): { blocks: DayBlock[]; raw: [number, number][] } {
  if (!w.hours) return { blocks: [], raw: [...w.raw] };
  const [h0, h1] = w.hours;
  const tzMs = tz * 60_000;
  const blocks: DayBlock[] = [];
  const raw = [...w.raw];
  const firstDay = Math.floor((h0 * HOUR_MS + tzMs) / DAY_MS);
  const lastDay = Math.floor((h1 * HOUR_MS - 1 + tzMs) / DAY_MS);
  for (let day = firstDay; day <= lastDay; day++) {
    const start = day * DAY_MS - tzMs;
    const hs = Math.max(h0, Math.ceil(start / HOUR_MS));
    const he = Math.min(h1, Math.floor((start + DAY_MS) / HOUR_MS));
    for (const [span, slot] of cover(hs, he)) blocks.push([span, slot, day]);
    // The hour this day begins in, when it begins mid-hour: its rows, once (the previous day ends in the same hour).
    const straddle = Math.floor(start / HOUR_MS);
    if (straddle * HOUR_MS !== start && straddle >= h0 && straddle < h1) {
      raw.push([straddle * HOUR_MS, (straddle + 1) * HOUR_MS]);
    }
  }
  return { blocks, raw };
}
