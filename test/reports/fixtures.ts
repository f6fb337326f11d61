// A hand-written outcome set with totals worked out by hand (see aggregate.test.ts).
import type { OutcomeRecord } from '../../src/store/types.ts';

const T = (iso: string) => Date.parse(iso);
export const INJECTION = "=cmd|' /C calc'!A0";

export const HAND: OutcomeRecord[] = [
  { kind: 'drill', at: T('2025-03-01T08:00:00Z'), user: 'u1', channel: 'web', session: 'A', scenario: 'x', outcome: 'passed', score: 80, spotted: ['f1', 'f2'], missed: ['f3'], topics: ['t1'] },
  { kind: 'drill', at: T('2025-03-01T09:00:00Z'), user: 'u2', channel: 'app', session: 'A', scenario: 'x', outcome: 'failed', score: 30, spotted: ['f1'], missed: ['f2', 'f3'], topics: ['t1'] },
  { kind: 'drill', at: T('2025-03-01T10:00:00Z'), user: 'u3', channel: 'web', session: 'B', scenario: 'y', outcome: 'incomplete', score: 10, spotted: [], missed: ['f4'], topics: ['t2'] },
  { kind: 'quiz', at: T('2025-03-01T11:00:00Z'), user: 'u1', channel: 'web', session: 'A', phase: 'pre', hits: 4, misses: 3, falseAlarms: 2, correctRejections: 5 },
  { kind: 'quiz', at: T('2025-03-03T11:00:00Z'), user: 'u1', channel: 'web', session: 'A', phase: 'post', hits: 6, misses: 1, falseAlarms: 1, correctRejections: 6 },
  { kind: 'faq', at: T('2025-03-01T12:00:00Z'), user: 'u1', channel: 'web', session: 'A', faqMatched: true, faqId: 'q1', topics: ['t1'], question: 'is it real?' },
  { kind: 'faq', at: T('2025-03-01T13:00:00Z'), user: 'u4', channel: 'app', faqMatched: false, question: 'Q-a' },
  { kind: 'faq', at: T('2025-03-02T13:00:00Z'), user: 'u3', channel: 'web', session: 'B', faqMatched: false, question: 'Q-a' },
  { kind: 'faq', at: T('2025-03-01T14:00:00Z'), user: 'u5', channel: 'cli', faqMatched: false, question: INJECTION },
  { kind: 'check', at: T('2025-03-01T23:30:00Z'), user: 'u1', channel: 'web', session: 'A', verdict: 'suspicious' },
  { kind: 'check', at: T('2025-03-03T10:00:00Z'), user: 'u3', channel: 'app', session: 'B', verdict: 'dangerous' },
  { kind: 'check', at: T('2025-03-03T20:00:00Z'), user: 'u6', channel: 'web', verdict: 'official' },
];
