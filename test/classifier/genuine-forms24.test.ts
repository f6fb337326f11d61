// Session 24 (issue 10, precision): genuine notification forms (genuine-forms24.ts, written for this test) are never
// dangerous and mostly not flagged, for both brand files, with and without the wording model; the scams that borrow
// their words stay flagged. Then each mechanism this session loosened, beside the scams it must leave dangerous.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/classifier/check.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { GENUINE_FORMS, SCAM_COUNTERS } from './genuine-forms24.ts';

const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';
/** How many genuine forms may still be flagged (suspicious, never dangerous): 0 of 120 on both brands at writing. */
const FLAGGED_BAR = 2;

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const fill = (t: string) => t.replaceAll('{brand}', brand.name.zh);
  const shipped = (t: string) => classifier.check(fill(t)).verdict;
  const rules = (t: string) => check(fill(t), { ...classifier.context, wording: undefined }).verdict;

  describe(`genuine forms (${file})`, () => {
    it.each(GENUINE_FORMS.map((f) => [f.kind, f.text]))('[%s] %s is not dangerous', (_kind, text) => {
      expect(shipped(text)).not.toBe('dangerous');
      expect(rules(text)).not.toBe('dangerous');
    });

    it(`at most ${FLAGGED_BAR} of ${GENUINE_FORMS.length} are flagged at all`, () => {
      const hits = GENUINE_FORMS.filter((f) => flagged(shipped(f.text)) || flagged(rules(f.text))).map((f) => f.text);
      expect(hits.length, hits.join('\n')).toBeLessThanOrEqual(FLAGGED_BAR);
    });

    it.each(SCAM_COUNTERS.map((s) => [s.dangerous ? 'dangerous' : 'flagged', s.text]))('scam stays %s: %s', (want, text) => {
      const v = shipped(text);
      if (want === 'dangerous') expect(v).toBe('dangerous');
      else expect(flagged(v)).toBe(true);
    });
  });
}
