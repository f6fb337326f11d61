// The half gate every topic probe table shares (test/faq/topic-probes*.test.ts): kept apart from probe-tables.ts,
// which scripts and the route fit import outside vitest.
import { describe, expect, it } from 'vitest';
import { evaluateField } from '../../src/faq/field.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';
import type { TopicProbe } from './probe-tables.ts';

type HalfFigures = Record<TopicProbe['half'], { top1: number; away: number }>;

/**
 * A topic probe table's two halves gated at what was reached, under both brands: top-1 never below REACHED, fraud
 * questions routed away never above it, no product question answered as a scam, no out-of-scope question answered
 * straight. START (the figures on the session's starting code) is printed beside, never asserted: the history.
 */
export function gateTopicProbeHalves(
  name: string,
  probes: readonly TopicProbe[],
  start: HalfFigures,
  reached: HalfFigures,
) {
  const halves = (['tune', 'score'] as const).map((half) => [half, probes.filter((p) => p.half === half)] as const);
  describe.each(bothBrandIndexes())(`${name} (%s)`, (_brand, index) => {
    it.each(halves)('%s half: top-1 and routes at least as reached, no counter answered as a scam', (half, rows) => {
      const m = evaluateField(index, rows);
      const top1 = Math.round(m.top1 * m.fraud);
      console.info(`${half}: top-1 ${top1}/${m.fraud} (start ${start[half].top1}), routed away ${m.fraudRoutedAway}`);
      expect(top1).toBeGreaterThanOrEqual(reached[half].top1);
      expect(m.fraudRoutedAway).toBeLessThanOrEqual(reached[half].away);
      expect(m.productAsScam).toBe(0);
      expect(m.outOfScopeConfident).toBe(0);
    });
  });
}
