// Reports show red flags by the taxonomy: old ids in stored outcomes count under their current id (one idea, one
// row), every row carries its zh/en label, and ids the taxonomy does not know are shown as they are.
import { describe, expect, it } from 'vitest';
import { loadRedFlags } from '../../src/content/red-flags.ts';
import { applyRedFlagTaxonomy, reportFromRecords } from '../../src/reports/index.ts';
import type { OutcomeRecord } from '../../src/store/types.ts';
import { ROOT } from '../helpers/content.ts';

const taxonomy = loadRedFlags(ROOT);
const drill = (scenario: string, missed: string[], spotted: string[], avoided?: string[]): OutcomeRecord => ({
  kind: 'drill',
  at: Date.parse('2025-03-01T08:00:00Z'),
  user: 'u',
  channel: 'web',
  scenario,
  outcome: 'failed',
  score: 40,
  missed,
  spotted,
  ...(avoided ? { avoided } : {}),
});

describe('red flags under the taxonomy', () => {
  // Outcomes stored before the ids were merged, and after.
  const records = [
    drill('overseas-service-call', ['overseas-prefix', 'asks-code'], []),
    drill('screen-sharing', ['overseas-prefix'], ['ignore-bank']),
    drill('sms-code-identity-check', ['overseas-number'], ['asks-for-code']),
    drill('overseas-service-call', ['retired-flag'], ['overseas-number']),
  ];
  const r = applyRedFlagTaxonomy(reportFromRecords(records), taxonomy);

  it('old and new ids of one idea are one row, with the label of the current id', () => {
    expect(r.redFlags.map((f) => [f.flag, f.missed, f.spotted])).toEqual([
      ['overseas-number', 3, 1],
      ['retired-flag', 1, 0], // as many missed, higher miss rate
      ['asks-for-code', 1, 1],
      ['ignore-warnings', 0, 1],
    ]);
    const overseas = r.redFlags[0]!;
    expect(overseas.label).toEqual(taxonomy.labels('overseas-number'));
    expect(overseas.label.en).toMatch(/overseas/i);
    expect(overseas.label.zh).toMatch(/境外/);
    expect(overseas.missRate).toBe(0.75);
  });

  it('per scenario too (the facilitator summary)', () => {
    const call = r.drills.find((d) => d.scenario === 'overseas-service-call')!;
    expect(call.flags.map((f) => [f.flag, f.missed, f.spotted])).toEqual([
      ['asks-for-code', 1, 0],
      ['retired-flag', 1, 0],
      ['overseas-number', 1, 1],
    ]);
  });

  it('avoided (got past safely without naming it) counts under the current id too, and lowers the miss rate', () => {
    const avoiding = [
      drill('overseas-service-call', [], [], ['overseas-prefix']), // stored under the old id
      drill('overseas-service-call', [], [], ['overseas-number']),
    ];
    const withAvoided = applyRedFlagTaxonomy(reportFromRecords([...records, ...avoiding]), taxonomy);
    const overseas = withAvoided.redFlags.find((f) => f.flag === 'overseas-number')!;
    expect([overseas.missed, overseas.spotted, overseas.avoided]).toEqual([3, 1, 2]);
    expect(overseas.missRate).toBe(3 / 6);
    const call = withAvoided.drills.find((d) => d.scenario === 'overseas-service-call')!;
    expect(call.flags.find((f) => f.flag === 'overseas-number')!.avoided).toBe(2);
  });

  it('an id no taxonomy knows keeps its id as its label', () => {
    expect(r.redFlags.find((f) => f.flag === 'retired-flag')!.label).toEqual({
      zh: 'retired-flag',
      en: 'retired-flag',
    });
  });
});
