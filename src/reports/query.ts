// Report filters from text (command-line options, query strings): one parser, the same meaning everywhere.
import type { Channel } from '../store/types.ts';
import { parseBound, parseTz, ReportInputError } from './time.ts';
import { CHANNELS, type ReportQuery } from './types.ts';

export interface ReportParams {
  session?: string | undefined;
  channel?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  tz?: string | undefined;
  limit?: string | undefined;
}

const MAX_SESSION = 200;

/** Empty strings mean "not set" (an HTML form sends every field). `defaultTz` applies when `tz` is not given. */
export function parseReportParams(p: ReportParams, defaultTz?: string): ReportQuery {
  const given = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  const tz = parseTz(given(p.tz) ?? defaultTz);
  const q: ReportQuery = { tz };
  const session = given(p.session);
  if (session !== undefined) {
    if (session.length > MAX_SESSION) throw new ReportInputError(`session must be at most ${MAX_SESSION} characters`);
    q.session = session;
  }
  const channel = given(p.channel);
  if (channel !== undefined) {
    if (!(CHANNELS as readonly string[]).includes(channel))
      throw new ReportInputError(`channel must be one of ${CHANNELS.join(', ')}`);
    q.channel = channel as Channel;
  }
  const from = given(p.from);
  const to = given(p.to);
  if (from !== undefined) q.from = parseBound(from, tz, 'from');
  if (to !== undefined) q.to = parseBound(to, tz, 'to');
  if (q.from !== undefined && q.to !== undefined && q.from >= q.to)
    throw new ReportInputError('from must be before to');
  const limit = given(p.limit);
  if (limit !== undefined) {
    if (!/^\d{1,5}$/.test(limit)) throw new ReportInputError('limit must be a whole number up to 99999');
    q.fallbackLimit = Number(limit);
  }
  return q;
}
