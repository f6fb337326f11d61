// The recall counters of session 27 (recall-counters27.ts): each scam keeps at least the verdict it had on main —
// dangerous stays dangerous, flagged stays flagged — under both brands, with the wording model and by the rules alone;
// no genuine counter is dangerous, and at most one is flagged at all (as on main).
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { check } from '../../src/classifier/check.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import type { Verdict } from '../../src/classifier/types.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { GENUINE, SCAMS, type Was } from './recall-counters27.ts';

vi.setConfig({ testTimeout: 60_000 });
const rank: Record<Verdict, number> = { unknown: 0, official: 0, suspicious: 1, dangerous: 2 };
const floor = { D: 2, S: 1, U: 0 } as const;

describe('the recall counters cover the re-readings', () => {
  it('hold at least 80 scams, in Chinese and in English, and genuine counters of both', () => {
    expect(SCAMS.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['en', 'zh'] as const) {
      expect(SCAMS.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(30);
      expect(GENUINE.some((c) => c.lang === lang)).toBe(true);
    }
  });
});

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const classifier = createClassifier(ROOT, loadBrand(join(ROOT, file)));
  const shipped = (t: string) => classifier.check(t).verdict;
  const rules = (t: string) => check(t, { ...classifier.context, wording: undefined }).verdict;

  describe(`recall counters (${file})`, () => {
    it.each(SCAMS.map((c) => [c.was as Was, c.text]))('scam keeps its verdict on main (%s): %s', (was, text) => {
      expect(rank[rules(text)], `rules alone: ${rules(text)}`).toBeGreaterThanOrEqual(floor[was[0] as 'D' | 'S' | 'U']);
      expect(rank[shipped(text)], `with the model: ${shipped(text)}`).toBeGreaterThanOrEqual(
        floor[was[1] as 'D' | 'S' | 'U'],
      );
    });

    it.each(GENUINE.map((c) => c.text))('genuine is never dangerous: %s', (text) => {
      expect(shipped(text)).not.toBe('dangerous');
      expect(rules(text)).not.toBe('dangerous');
    });

    it('at most 1 genuine counter is flagged at all', () => {
      const hits = GENUINE.filter((c) => rank[shipped(c.text)] > 0 || rank[rules(c.text)] > 0).map((c) => c.text);
      expect(hits.length, hits.join('\n')).toBeLessThanOrEqual(1);
    });
  });
}
