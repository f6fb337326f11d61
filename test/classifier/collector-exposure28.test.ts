// The fake collector's exposure threat beside a payment asked (collector-exposure28.ts): every pretext × threat ×
// request is dangerous by the rules alone under both brands; the lawful notices and warnings are never dangerous, and
// at most the one English warning that quotes the whole script is flagged at all.
import { describe, expect, it, vi } from 'vitest';
import { itIsNeverDangerous, rulesAloneByBrand } from '../helpers/classifier.ts';
import { GENUINE, SCAM_EN, SCAM_ZH } from './collector-exposure28.ts';

vi.setConfig({ testTimeout: 60_000 });

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a fake collector's exposure threat with a payment asked (${brandName}, rules alone)`, () => {
    it.each([...SCAM_ZH, ...SCAM_EN])('is dangerous: %s', (text) => {
      expect(verdict(text)).toBe('dangerous');
    });
    it('flags at most one genuine counter', () => {
      const flagged = GENUINE.filter((t) => verdict(t) !== 'unknown' && verdict(t) !== 'official');
      expect(flagged.length, flagged.join('\n')).toBeLessThanOrEqual(1);
    });
  });
}
describe('lawful collection notices and warnings quoting the threat', () => {
  itIsNeverDangerous(GENUINE);
});
