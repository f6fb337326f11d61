// A code asked of a "relative" or "friend" (session 36 second round, issue 10): the rows of scam-families36b.tsv
// (sources in the file). Under both brands, by the rules alone, the family's scams are dangerous and its genuine
// counters (a relative's own code settled, a bank's "do not share", meeting and locker codes, a warning's "don't send it
// over") unflagged; with the wording model too, no counter is dangerous.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies, familyTable } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const family = familyTable(resolve(import.meta.dirname, 'scam-families36b.tsv'));

describeWordFamilies([
  family('relative-code-ask', 'the code the reader has just received, asked for in chat by a "relative" or "friend"'),
]);
