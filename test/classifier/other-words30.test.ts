// Scams in other words (session 30, issue 10; tables in other-words30.ts): isolation by a described actor, a call
// promised after a problem, credit repair offered, paid clicks, cards as payment. Under both brands each family's
// scams are flagged by the rules alone (all but `misses` of them), and its genuine counters are unflagged by the rules
// and never dangerous with the wording model.
import { describe, expect, it, vi } from 'vitest';
import { itIsNeverDangerous, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';
import * as T from './other-words30.ts';

vi.setConfig({ testTimeout: 60_000 });

const FAMILIES: readonly { name: string; scams: readonly string[]; counters: readonly string[]; misses: number }[] = [
  { name: 'isolation by a described actor', scams: T.ISOLATION_SCAMS, counters: T.ISOLATION_COUNTERS, misses: 1 },
  { name: 'a call promised after a problem', scams: T.CALL_PROMISED_SCAMS, counters: T.CALL_PROMISED_COUNTERS, misses: 1 },
  { name: 'credit repair offered', scams: T.CREDIT_REPAIR_SCAMS, counters: T.CREDIT_REPAIR_COUNTERS, misses: 3 },
  { name: 'paid clicks and reviews', scams: T.PAID_CLICKS_SCAMS, counters: T.PAID_CLICKS_COUNTERS, misses: 0 },
  { name: 'cards as payment', scams: T.CARD_PAYMENT_SCAMS, counters: T.CARD_PAYMENT_COUNTERS, misses: 0 },
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

describe('the genuine counters of the five families', () => {
  itIsNeverDangerous(FAMILIES.flatMap((f) => f.counters));
});
