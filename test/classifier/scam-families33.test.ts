// Dangerous scams judged dangerous (session 33, issue 10): one family per commit, each read from its rows of
// scam-families33.tsv (sources in the file). Under both brands, by the rules alone, a family's scams are dangerous and
// its genuine counters unflagged; with the wording model too, no counter is dangerous.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const ROWS = readFileSync(resolve(import.meta.dirname, 'scam-families33.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t'));
const rowsOf = (family: string, kind: 'scam' | 'counter') => ROWS.filter(([f, k]) => f === family && k === kind).map((r) => r[2]!);
const family = (id: string, name: string) => ({ name, scams: rowsOf(id, 'scam'), counters: rowsOf(id, 'counter'), misses: 0, dangerous: true });

describeWordFamilies([
  family('order-to-release', "the task scam's next order funded to free the money already in: 连单, 卡单, combination order"),
  family('anti-fraud-service', 'the sender as an anti-fraud or recovery service: a fee charged to get lost money back, card details to block the scammer'),
]);
