// Days and time zones for reports. A report day is a calendar day at a fixed UTC offset (the anti-fraud team's,
// e.g. +08:00), so "per day" charts and date filters mean the same thing in the terminal and on /admin.
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** Offsets allowed: −12:00 … +14:00 in whole minutes. */
const MAX_WEST = -12 * 60;
const MAX_EAST = 14 * 60;

export class ReportInputError extends Error {
  override name = 'ReportInputError';
}

/** "Z", "UTC", "+08:00", "+0800", "+8", "-05:30" → minutes east of UTC. */
export function parseTz(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const v = value.trim();
  if (/^(z|utc|gmt)$/i.test(v)) return 0;
  const m = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(v);
  if (!m) throw new ReportInputError(`tz must look like +08:00, -05:00 or Z, not "${value}"`);
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  if (minutes < MAX_WEST || minutes > MAX_EAST || Number(m[3] ?? 0) >= 60) {
    throw new ReportInputError(`tz ${value} is out of range (−12:00 … +14:00)`);
  }
  return minutes;
}

/** "UTC", "UTC+08:00", "UTC-05:30". */
export function formatTz(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const a = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** The local day number (days since 1970-01-01 at that offset) an instant falls on. */
export function dayIndex(at: number, tz: number): number {
  return Math.floor((at + tz * 60_000) / DAY_MS);
}

/** Epoch ms of local midnight starting day `day`. */
export function dayStart(day: number, tz: number): number {
  return day * DAY_MS - tz * 60_000;
}

/** "YYYY-MM-DD" of a local day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A filter bound from the command line or a query string. A date alone means the whole local day: `from` starts at
 * its midnight, `to` includes it (ends at the next midnight). A full ISO date-time (with Z or an offset), or epoch
 * milliseconds, is that instant (`to` exclusive, as in the store).
 */
export function parseBound(value: string, tz: number, edge: 'from' | 'to'): number {
  const v = value.trim();
  const d = DATE_ONLY.exec(v);
  if (d) {
    const utc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]));
    const check = new Date(utc);
    if (
      check.getUTCFullYear() !== Number(d[1]) ||
      check.getUTCMonth() !== Number(d[2]) - 1 ||
      check.getUTCDate() !== Number(d[3])
    ) {
      throw new ReportInputError(`${edge}: no such date "${value}"`);
    }
    const day = utc / DAY_MS;
    return dayStart(edge === 'from' ? day : day + 1, tz);
  }
  if (/^\d{10,15}$/.test(v)) return Number(v);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v)) {
    const t = Date.parse(v);
    if (Number.isFinite(t)) return t;
  }
  throw new ReportInputError(`${edge} must be a date (2025-03-31) or an ISO date-time with offset, not "${value}"`);
}
