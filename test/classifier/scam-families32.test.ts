// Dangerous scams judged dangerous (session 32, issue 10): one family per commit, each read from its rows of
// scam-families32.tsv (sources in the file). Under both brands, by the rules alone, a family's scams are dangerous and
// its genuine counters unflagged; with the wording model too, no counter is dangerous.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies, familyTable } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const family = familyTable(resolve(import.meta.dirname, 'scam-families32.tsv'));

describeWordFamilies([family('handed-to-me', 'a secret handed "to me": 把…给我, pass me, all I need is')]);
