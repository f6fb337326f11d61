// Outcome store: add / addMany / list with filters / count, identical on both kinds.
import { describe, expect, it } from 'vitest';
import type { OutcomeRecord } from '../../src/store/index.ts';
import { title, useBackends, useFreshStore } from './backends.ts';

const backends = useBackends();

const T0 = Date.UTC(2025, 0, 1);

const drill: OutcomeRecord = {
  kind: 'drill',
  at: T0 + 3000,
  user: 'a1b2c3d4e5f60718',
  channel: 'web',
  session: 'cohort-1',
  scenario: 'fake-customer-service',
  outcome: 'passed',
  score: 87.5,
  spotted: ['international-prefix', 'verification-code'],
  missed: [],
  topics: ['refund'],
};
const quiz: OutcomeRecord = {
  kind: 'quiz',
  at: T0 + 1000,
  user: 'ffff000011112222',
  channel: 'app',
  session: 'cohort-1',
  phase: 'pre',
  hits: 7,
  misses: 1,
  falseAlarms: 2,
  correctRejections: 6,
};
const faq: OutcomeRecord = {
  kind: 'faq',
  at: T0 + 2000,
  user: 'a1b2c3d4e5f60718',
  channel: 'cli',
  faqMatched: false,
  question: '征信修复要先交钱吗 [PHONE]',
};
const faqMatched: OutcomeRecord = {
  ...faq,
  at: T0 + 2000,
  faqMatched: true,
  faqId: 'credit-repair',
  topics: ['credit'],
};
const check: OutcomeRecord = { kind: 'check', at: T0, user: 'ffff000011112222', channel: 'web', verdict: 'dangerous' };

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`outcomes: ${title(backend)}`, () => {
    const ctx = useFreshStore(backend);

    it('starts empty', async () => {
      expect(await ctx.store.outcomes.count()).toBe(0);
      expect(await ctx.store.outcomes.list()).toEqual([]);
    });

    it('round-trips every field and lists oldest first (ties in insertion order)', async () => {
      await ctx.store.outcomes.add(drill);
      await ctx.store.outcomes.addMany([quiz, faq, faqMatched, check]);
      expect(await ctx.store.outcomes.count()).toBe(5);
      expect(await ctx.store.outcomes.list()).toEqual([check, quiz, faq, faqMatched, drill]);
    });

    it('filters by kind, session, channel and time window ([from, to))', async () => {
      await ctx.store.outcomes.addMany([drill, quiz, faq, faqMatched, check]);
      const { list } = ctx.store.outcomes;
      expect(await list({ kind: 'faq' })).toEqual([faq, faqMatched]);
      expect(await list({ session: 'cohort-1' })).toEqual([quiz, drill]);
      expect(await list({ channel: 'web' })).toEqual([check, drill]);
      expect(await list({ from: T0 + 1000, to: T0 + 3000 })).toEqual([quiz, faq, faqMatched]);
      expect(await list({ from: T0 + 3000 })).toEqual([drill]);
      expect(await list({ to: T0 + 1 })).toEqual([check]);
      expect(await list({ kind: 'drill', session: 'cohort-1', channel: 'web', from: T0, to: T0 + 4000 })).toEqual([
        drill,
      ]);
      expect(await list({ kind: 'drill', channel: 'app' })).toEqual([]);
      expect(await list({ session: 'nobody' })).toEqual([]);
    });

    it('lists many records (several read pages) completely and in order', async () => {
      const n = 25_000;
      const recs: OutcomeRecord[] = Array.from({ length: n }, (_, i) => ({
        kind: i % 2 ? 'check' : 'faq',
        at: T0 + ((i * 7919) % n), // arrival order is not time order
        user: `u${i % 97}`,
        channel: 'web',
      }));
      await ctx.store.outcomes.addMany(recs);
      expect(await ctx.store.outcomes.count()).toBe(n);
      const all = await ctx.store.outcomes.list();
      expect(all).toHaveLength(n);
      expect(all.every((r, i) => i === 0 || all[i - 1]!.at <= r.at)).toBe(true);
      expect(await ctx.store.outcomes.list({ kind: 'check' })).toHaveLength(n / 2);
    });
  });
}
