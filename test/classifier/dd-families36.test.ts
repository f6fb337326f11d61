// Dangerous scams judged dangerous (session 36, issue 10): one family per commit, each read from its rows of
// dd-families36.tsv (sources in the file). Under both brands, by the rules alone, a family's scams are dangerous and
// its genuine counters unflagged; with the wording model too, no counter is dangerous.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies, familyTable } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const family = familyTable(resolve(import.meta.dirname, 'dd-families36.tsv'));

describeWordFamilies([
  family(
    'header-host',
    'a link built from the first word of a header of several words, joined to a word the header does not say',
  ),
  family('overpaid-back', 'money said refunded or paid out in excess, the surplus asked back to an account'),
  // Three misses stated: a pretext the reader does not hold (a membership closed, a refund "collected"), or the machine
  // named before the verb in a clause the reach does not pair.
  { ...family('atm-code', 'a "code" typed in at a cash machine under a pretext'), misses: 3 },
]);
