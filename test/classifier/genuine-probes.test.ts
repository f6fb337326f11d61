// Genuine text written from public forms (genuine-probes.tsv, sources in the file), never from the field corpus:
// anti-fraud broadcasts that name number prefixes and tactics, notifications with amounts, ids and codes, the brand's
// own notices with its numbers in every written form, family chats about money. None may be flagged, under the demo
// brand and a second fictional one; the brand's notices naming its own contacts are `official`.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { loadProbes } from './genuine-probes.ts';

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const probes = loadProbes(brand);
  const row = (p: (typeof probes)[number]) => [`${p.group}:${p.line} ${p.text}`, p] as const;

  describe(`genuine probes × ${brand.name.en}`, () => {
    it('cover every group with about 150 lines', () => {
      expect(probes.length).toBeGreaterThanOrEqual(150);
      for (const g of ['broadcast', 'notice', 'brand', 'chat', 'advice']) expect(probes.some((p) => p.group === g), g).toBe(true);
    });

    it.each(probes.map(row))('not flagged: %s', (_name, p) => {
      expect(['unknown', 'official']).toContain(classifier.check(p.text).verdict);
    });

    it.each(probes.filter((p) => p.group === 'brand').map(row))('the brand’s own notice is official: %s', (_name, p) => {
      expect(classifier.check(p.text).verdict).toBe('official');
    });
  });
}
