// Topic probes, table 3 (issue 11, session 28): seven families named from questions batch 33's and batches 27–29's
// READ misses and widened from other regions (test/faq/topic-probes-3.tsv, our own words, never the field corpus) — a
// central bank or regulator by a region's name, what the caller knew, a prize's fee or tax first, the lost money asked
// back, the safe account by other names, the mule and a task's "level up" deposit, a collector at the family for a
// loan paid up. The tune half was written first and run on the session's starting code (top-1 57/71, 4 fraud
// questions routed away); the score half (22 fraud, 6 counters) was written after the first fixes and is only counted
// (start 16/22, 2 routed away).
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, searchFaq } from '../../src/faq/index.ts';
import { brand, ROOT } from '../helpers/content.ts';
import { gateTopicProbeHalves } from './probe-gate.ts';
import { readTopicProbes, TOPIC_PROBES_3 } from './probe-tables.ts';

const probes = readTopicProbes(ROOT, TOPIC_PROBES_3);
const tune = probes.filter((p) => p.half === 'tune');
const score = probes.filter((p) => p.half === 'score');
/** At the session's start (both halves scored on that code): top-1 and fraud questions routed away. */
const START = { tune: { top1: 57, away: 4 }, score: { top1: 16, away: 2 } };
/** Reached: the gate (raise it when a change ranks more right; never lower it to let a change through). */
const REACHED = { tune: { top1: 62, away: 4 }, score: { top1: 19, away: 2 } };

describe('topic probe table 3', () => {
  it('holds 60+ fraud questions in seven families, every style, with product and out-of-scope counters', () => {
    const fraud = tune.filter((p) => p.route === 'fraud');
    expect(fraud.length).toBeGreaterThanOrEqual(60);
    expect(new Set(fraud.map((p) => p.family)).size).toBe(7);
    expect(new Set(fraud.map((p) => p.style))).toEqual(
      new Set(['plain', 'casual-en', 'mixed', 'traditional', 'voice', 'typo', 'story']),
    );
    expect(probes.filter((p) => p.route === 'product').length).toBeGreaterThanOrEqual(15);
    expect(probes.filter((p) => p.route === 'other').length).toBeGreaterThanOrEqual(10);
    expect(score.filter((p) => p.route === 'fraud').length).toBe(22);
  });
});

gateTopicProbeHalves('topic probes 3', probes, START, REACHED);

// Each case below was ranked wrong by the session's starting code (checked on it before the fix).
describe('the families behind table 3', () => {
  const faq = createFaq(ROOT, brand);
  const topics = (q: string) => faq.entries[searchFaq(faq, q, { limit: 1 })[0]!.entry]!.entry.topics;

  it.each([
    'they say I won a lottery and must pay the tax before the money is sent',
    'I won a raffle and they want customs paid before the prize ships',
  ])('ranks a prize whose winnings wait for a fee or a tax as the advance fee (PRIZE_FEE): %s', (q) => {
    expect(topics(q)).toContain('upfront-fee');
  });

  it('ranks a central bank on the line as the impersonation (DEFINING_ACTS impersonating-authorities)', () => {
    expect(topics('有人说是人民银行的，要我把借款转到他们账户核查')).toContain('impersonating-authorities');
  });

  it('ranks a deposit to "level up" a review task as the task scam (DEFINING_ACTS task-scam)', () => {
    expect(topics('the app says I must deposit to level up before I can withdraw my review earnings')).toContain(
      'task-scam',
    );
  });

  it('ranks a collector at the family for a loan never late as the fake collector (DEFINING_ACTS)', () => {
    expect(topics('someone demands my family pay my debt in cash but I have never been late')).toContain(
      'debt-collection-impersonation',
    );
  });

  it.each([
    'Does the central bank rate cut change my loan interest?',
    '央行降息了，我的借款利率会降吗？',
    'I have never missed a payment, can my limit go up?',
    'Is there a lucky draw for customers who repay on time?',
  ])('leaves the same words in a customer’s own question alone: %s', (q) => {
    expect(answerQuestion(faq, q).match).toBeNull();
  });
});
