// A secret made ready for a caller (prepared-secrets28.ts): every pretext × caller × secret readied is dangerous by the
// rules alone under both brands; phone-banking, courier and branch notices and a warning are never flagged.
import { describe, expect, it, vi } from 'vitest';
import { itIsNeverDangerous, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';
import { GENUINE, SCAM_EN, SCAM_ZH } from './prepared-secrets28.ts';

vi.setConfig({ testTimeout: 60_000 });

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`a secret made ready for a caller (${brandName}, rules alone)`, () => {
    it.each([...SCAM_EN, ...SCAM_ZH])('is dangerous: %s', (text) => {
      expect(verdict(text)).toBe('dangerous');
    });
    itLeavesUnflagged(verdict, GENUINE);
  });
}
describe('phone-banking, courier and branch notices (with the model too)', () => {
  itIsNeverDangerous(GENUINE);
});
