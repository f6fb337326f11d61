// The wording refit's ship rule (bench/wording-transfer.ts `passes`, README session 20): on the transfer tables, summed,
// genuine and advice flagged / dangerous may not rise and scams flagged / dangerous→dangerous may not fall. Made-up
// tallies; and the transfer tables are score halves only, disjoint from the read halves a rule author tunes on.
import { describe, expect, it } from 'vitest';
import { passes, type Row } from '../../bench/wording-transfer.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { genuineTransferTables, worldReadHalves } from './genuine-probes.ts';
import { ROOT } from '../helpers/content.ts';

const row = (table: string, kind: Row['kind'], flagged: number, dangerous: number): Row => ({ table, kind, t: { flagged, dangerous, of: 50 } });
const shipped = [row('g1', 'genuine', 3, 1), row('g2', 'genuine', 2, 0), row('s1', 'scam', 40, 30), row('a', 'advice', 20, 10)];

describe('the wording refit ship rule', () => {
  it('passes a candidate that moves flags between tables without a net rise', () => {
    expect(passes(shipped, [row('g1', 'genuine', 2, 1), row('g2', 'genuine', 3, 0), row('s1', 'scam', 41, 30), row('a', 'advice', 20, 9)])).toEqual([]);
  });

  it('fails one genuine flag more, one scam fewer, one dd fewer, one advice text dangerous more', () => {
    expect(passes(shipped, [row('g1', 'genuine', 4, 1), ...shipped.slice(1)])).toEqual(['genuine flagged 5 → 6']);
    expect(passes(shipped, [...shipped.slice(0, 2), row('s1', 'scam', 39, 29), shipped[3]!])).toEqual(['scams flagged 40 → 39', 'scams dd 30 → 29']);
    expect(passes(shipped, [...shipped.slice(0, 3), row('a', 'advice', 20, 11)])).toEqual(['advice dangerous 10 → 11']);
  });
});

describe('the genuine transfer tables', () => {
  it('hold no line of a read half the fit guard or a rule author reads', () => {
    const brand = loadBrand(`${ROOT}/content/brand.yaml`);
    const read = new Set(worldReadHalves(brand).map((p) => p.text));
    const scored = genuineTransferTables(brand).flatMap((t) => t.probes);
    expect(scored.length).toBeGreaterThan(400);
    expect(scored.filter((p) => read.has(p.text))).toEqual([]);
  });
});
