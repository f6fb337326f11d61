// A call reported from a calling code without its number, the brand's staff claimed (masked-prefix28.ts): every form
// is dangerous by the rules alone under both brands; the brand's and operators' warnings, the reader's own number and
// the brand's hotline for callers abroad are never flagged, with the model or without.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { check } from '../../src/classifier/check.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { GENUINE, SCAM_EN, SCAM_ZH } from './masked-prefix28.ts';

vi.setConfig({ testTimeout: 60_000 });

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const brand = loadBrand(join(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const fill = (t: string) =>
    t.replaceAll('{brand}', brand.name.zh).replaceAll('{brand_en}', brand.name.en ?? brand.name.zh);
  const rules = (t: string) => check(fill(t), { ...classifier.context, wording: undefined }).verdict;
  const shipped = (t: string) => classifier.check(fill(t)).verdict;
  describe(`a call from a calling code alone, the brand claimed (${file})`, () => {
    it.each([...SCAM_ZH, ...SCAM_EN])('is dangerous by the rules alone: %s', (text) => {
      expect(rules(text)).toBe('dangerous');
    });
    it.each(GENUINE)('is not flagged: %s', (text) => {
      expect(['unknown', 'official']).toContain(rules(text));
      expect(['unknown', 'official']).toContain(shipped(text));
    });
  });
}
