// Scams in other words (session 31, issue 10; tables in other-words31.ts): a windfall inherited or unclaimed, released
// for a fee (reason-prize's inheritance words), and a sign-in at the message's link under an account problem
// (sign-in-on-link). Under both brands each family's scams are flagged by the rules alone (all but `misses` of them),
// and its genuine counters are unflagged by the rules and never dangerous with the wording model.
import { describe, expect, it, vi } from 'vitest';
import { itIsNeverDangerous, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';
import * as T from './other-words31.ts';

vi.setConfig({ testTimeout: 60_000 });

const FAMILIES: readonly { name: string; scams: readonly string[]; counters: readonly string[]; misses: number }[] = [
  { name: 'a windfall inherited, released for a fee', scams: T.WINDFALL_SCAMS, counters: T.WINDFALL_COUNTERS, misses: 0 },
  { name: 'a sign-in at the link under an account problem', scams: T.SIGN_IN_SCAMS, counters: T.SIGN_IN_COUNTERS, misses: 1 },
];

const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

for (const { brandName, verdict } of rulesAloneByBrand()) {
  for (const family of FAMILIES) {
    describe(`${family.name} (${brandName}, rules alone)`, () => {
      it(`flags all but ${family.misses} of ${family.scams.length} scams`, () => {
        const missed = family.scams.filter((t) => !flagged(verdict(t)));
        expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(family.misses);
      });
      itLeavesUnflagged(verdict, family.counters);
    });
  }
}

describe('the genuine counters of the two families', () => {
  itIsNeverDangerous(FAMILIES.flatMap((f) => f.counters));
});
