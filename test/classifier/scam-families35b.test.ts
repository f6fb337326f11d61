// A change to the reader's credit record sold with its result promised (session 35b, issue 10), read from
// scam-families35b.tsv (sources in the file). Under both brands, by the rules alone, its scams are flagged (an opener:
// the fee comes later) and its genuine counters unflagged; with the wording model too, no counter is dangerous.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies, familyTable } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const family = familyTable(resolve(import.meta.dirname, 'scam-families35b.tsv'));

describeWordFamilies([
  {
    ...family('record-result', "a change to the reader's credit record offered with its result promised in advance"),
    dangerous: false,
  },
]);
