// The severity counters of session 27 (severity-counters27.ts): each scam keeps at least the verdict it had on main
// before session 26's branch — dangerous stays dangerous, flagged stays flagged — under both brands, with the wording
// model and by the rules alone; no genuine counter is dangerous, and few are flagged at all.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { check } from '../../src/classifier/check.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import type { Verdict } from '../../src/classifier/types.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { GENUINE, SCAMS, type Was } from './severity-counters27.ts';

vi.setConfig({ testTimeout: 60_000 });
const rank: Record<Verdict, number> = { unknown: 0, official: 0, suspicious: 1, dangerous: 2 };
const floor = { D: 2, S: 1, U: 0 } as const;

describe('the severity counters cover the demotions', () => {
  it('hold at least 100 scams, in Chinese and in English, and genuine counters of both', () => {
    expect(SCAMS.length).toBeGreaterThanOrEqual(100);
    for (const lang of ['en', 'zh'] as const) {
      expect(SCAMS.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(40);
      expect(GENUINE.some((c) => c.lang === lang)).toBe(true);
    }
  });
});

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const classifier = createClassifier(ROOT, loadBrand(join(ROOT, file)));
  const shipped = (t: string) => classifier.check(t).verdict;
  const rules = (t: string) => check(t, { ...classifier.context, wording: undefined }).verdict;

  describe(`severity counters (${file})`, () => {
    it.each(SCAMS.map((c) => [c.was as Was, c.text]))('scam keeps its verdict on main (%s): %s', (was, text) => {
      expect(rank[rules(text)], `rules alone: ${rules(text)}`).toBeGreaterThanOrEqual(floor[was[0] as 'D' | 'S' | 'U']);
      expect(rank[shipped(text)], `with the model: ${shipped(text)}`).toBeGreaterThanOrEqual(floor[was[1] as 'D' | 'S' | 'U']);
    });

    it.each(GENUINE.map((c) => c.text))('genuine is never dangerous: %s', (text) => {
      expect(shipped(text)).not.toBe('dangerous');
      expect(rules(text)).not.toBe('dangerous');
    });

    it('at most 2 genuine counters are flagged at all', () => {
      const hits = GENUINE.filter((c) => rank[shipped(c.text)] > 0 || rank[rules(c.text)] > 0).map((c) => c.text);
      expect(hits.length, hits.join('\n')).toBeLessThanOrEqual(2);
    });
  });
}
