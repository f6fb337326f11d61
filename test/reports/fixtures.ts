// A hand-written outcome set with totals worked out by hand (see aggregate.test.ts).
import { DEMO_SESSIONS, DEMO_START } from '../../src/reports/demo.ts';
import type { ReportQuery } from '../../src/reports/index.ts';
import type { OutcomeRecord } from '../../src/store/types.ts';

const T = (iso: string) => Date.parse(iso);
export const INJECTION = "=cmd|' /C calc'!A0";

export const HAND: OutcomeRecord[] = [
  {
    kind: 'drill',
    at: T('2025-03-01T08:00:00Z'),
    user: 'u1',
    channel: 'web',
    session: 'A',
    scenario: 'x',
    outcome: 'passed',
    score: 80,
    spotted: ['f1', 'f2'],
    missed: ['f3'],
    avoided: ['f5'], // got past f5 safely without naming it
    topics: ['t1'],
  },
  {
    kind: 'drill',
    at: T('2025-03-01T09:00:00Z'),
    user: 'u2',
    channel: 'app',
    session: 'A',
    scenario: 'x',
    outcome: 'failed',
    score: 30,
    spotted: ['f1'],
    missed: ['f2', 'f3'],
    topics: ['t1'],
  },
  {
    kind: 'drill',
    at: T('2025-03-01T10:00:00Z'),
    user: 'u3',
    channel: 'web',
    session: 'B',
    scenario: 'y',
    outcome: 'incomplete',
    score: 10,
    spotted: [],
    missed: ['f4'],
    topics: ['t2'],
  },
  {
    kind: 'quiz',
    at: T('2025-03-01T11:00:00Z'),
    user: 'u1',
    channel: 'web',
    session: 'A',
    phase: 'pre',
    hits: 4,
    misses: 3,
    falseAlarms: 2,
    correctRejections: 5,
  },
  {
    kind: 'quiz',
    at: T('2025-03-03T11:00:00Z'),
    user: 'u1',
    channel: 'web',
    session: 'A',
    phase: 'post',
    hits: 6,
    misses: 1,
    falseAlarms: 1,
    correctRejections: 6,
  },
  {
    kind: 'faq',
    at: T('2025-03-01T12:00:00Z'),
    user: 'u1',
    channel: 'web',
    session: 'A',
    faqMatched: true,
    faqId: 'q1',
    topics: ['t1'],
    question: 'is it real?',
  },
  { kind: 'faq', at: T('2025-03-01T13:00:00Z'), user: 'u4', channel: 'app', faqMatched: false, question: 'Q-a' },
  {
    kind: 'faq',
    at: T('2025-03-02T13:00:00Z'),
    user: 'u3',
    channel: 'web',
    session: 'B',
    faqMatched: false,
    question: 'Q-a',
  },
  { kind: 'faq', at: T('2025-03-01T14:00:00Z'), user: 'u5', channel: 'cli', faqMatched: false, question: INJECTION },
  { kind: 'check', at: T('2025-03-01T23:30:00Z'), user: 'u1', channel: 'web', session: 'A', verdict: 'suspicious' },
  { kind: 'check', at: T('2025-03-03T10:00:00Z'), user: 'u3', channel: 'app', session: 'B', verdict: 'dangerous' },
  { kind: 'check', at: T('2025-03-03T20:00:00Z'), user: 'u6', channel: 'web', verdict: 'official' },
];

const DAY = 86_400_000;
const H = 3_600_000;

/** Filters, time zones and ranges every fast path must answer exactly like the records themselves. */
export const REPORT_QUERIES: ReportQuery[] = [
  {},
  { tz: 480 },
  { tz: -330 },
  { session: DEMO_SESSIONS[1] },
  { channel: 'cli' },
  { session: DEMO_SESSIONS[0], channel: 'web', tz: 480 },
  // Whole days, partial first and last days, a range inside one day, open-ended ranges, an empty range.
  { from: DEMO_START + 2 * DAY, to: DEMO_START + 9 * DAY },
  { from: DEMO_START + 2 * DAY + 5 * H + 17, to: DEMO_START + 9 * DAY + 13 * H, tz: 480 },
  { from: DEMO_START + 4 * DAY + 2 * H, to: DEMO_START + 4 * DAY + 7 * H },
  { from: DEMO_START + 4 * DAY + 2 * H + 1, to: DEMO_START + 4 * DAY + 2 * H + 1800_000 },
  { from: DEMO_START + 3 * DAY + H / 2 + 5, to: DEMO_START + 8 * DAY + 1.5 * H, tz: 330 },
  { from: DEMO_START + 20 * DAY + H / 2 },
  { to: DEMO_START + 6 * DAY - 1, tz: -330 },
  { from: DEMO_START + 40 * DAY, to: DEMO_START + 41 * DAY },
  { session: 'no-such-session' },
  { fallbackLimit: 2 },
];
