// Session 15 (issue 10): "if you do not pay …, the police will come" — a demand said the other way round, as CAFC and
// I4C warnings describe fake tax and police callers. In a message that threatens arrest, "if you do not …" is the
// threat's condition, not a negation of the request; a bill's "if you do not pay" threatens no arrest and stays a bill.
import { describe, expect, it } from 'vitest';
import { classifier } from '../helpers/content.ts';

const verdict = (text: string) => classifier.check(text).verdict;

describe('"if you do not …" before an arrest threat is the demand', () => {
  it.each([
    'Revenue agency notice: you owe $1,870 in unpaid tax. If you do not pay it today in Bitcoin at the ATM on Main Street, the police will be sent to arrest you.',
    "Court enforcement: if you don't pay the £520 fine before 6 pm, a warrant will be issued and officers will arrest you at home.",
  ])('%s → dangerous', (text) => {
    expect(verdict(text)).toBe('dangerous');
  });
  it.each([
    // A bill: the condition threatens a fee, not arrest
    'Your water bill of £61.30 is due on 12 March. If you do not pay by then, a late charge of £8 will be added. Pay in the app or by Direct Debit.',
    // A warning that names the police: the request stays negated
    'The police will never ask you to pay a fine over the phone. If you are not sure, do not pay and hang up.',
  ])('%s → not dangerous', (text) => {
    expect(verdict(text)).not.toBe('dangerous');
  });
});
