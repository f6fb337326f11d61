// Scams caught with margin (session 34, issue 10): one family per commit, each read from its rows of
// scam-families34.tsv (sources in the file). Under both brands, by the rules alone, a family's scams are dangerous (or,
// for a family of openers, flagged) and its genuine counters unflagged; with the wording model too, no counter is
// dangerous.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies, familyTable } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const family = familyTable(resolve(import.meta.dirname, 'scam-families34.tsv'));

describeWordFamilies([
  family('store-disowned', 'the app store disowned: the app said to be absent from it, or the reader told not to get it there, and fetched from the sender instead'),
]);
