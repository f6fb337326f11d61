import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/classifier/types.ts';
import { classifier } from '../helpers/content.ts';
import { type Case, LINK_CASES, MESSAGE_CASES, PHONE_CASES } from './cases.ts';

function decisive(result: CheckResult, code: NonNullable<Case['code']>): boolean {
  if (code.startsWith('topic:')) return result.phrases.some((p) => `topic:${p.topic}` === code);
  return result.items.some((i) => i.reasons.some((r) => r.code === code));
}

describe.each([
  ['phone numbers', PHONE_CASES],
  ['links', LINK_CASES],
  ['whole messages', MESSAGE_CASES],
])('%s', (_name, cases) => {
  it.each(cases.map((c) => [c.input.slice(0, 70), c] as const))('%s', (_label, c) => {
    const result = classifier.check(c.input);
    expect(result.verdict).toBe(c.verdict);
    if (c.code) expect(decisive(result, c.code), JSON.stringify(result.items.map((i) => i.reasons.map((r) => r.code)))).toBe(true);
  });
});

describe('table size', () => {
  it('has at least 200 cases across numbers, links and messages', () => {
    expect(PHONE_CASES.length + LINK_CASES.length + MESSAGE_CASES.length).toBeGreaterThanOrEqual(200);
  });
});
