// Topic probes, table 4 (issue 11, session 30): a tax office, customs, immigration, a court or the police said to be
// the caller or the sender, with a refund, a code, a fine, a visa or a deadline as the pretext; a refund at a link;
// and issue 11 item 4 on the same stories (the code or money already gone, an overseas number calling again)
// (test/faq/topic-probes-4.tsv, our own words from public warnings, the source on each line; never the field
// corpus). Both halves were written first and run on the session's starting code (tune top-1 30/55, score 11/22).
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, searchFaq } from '../../src/faq/index.ts';
import { brand, ROOT } from '../helpers/content.ts';
import { gateTopicProbeHalves } from './probe-gate.ts';
import { readTopicProbes, TOPIC_PROBES_4 } from './probe-tables.ts';

const probes = readTopicProbes(ROOT, TOPIC_PROBES_4);
const tune = probes.filter((p) => p.half === 'tune');
const score = probes.filter((p) => p.half === 'score');
/** At the session's start (both halves scored on that code): top-1 and fraud questions routed away. */
const START = { tune: { top1: 30, away: 1 }, score: { top1: 11, away: 0 } };
/** Reached: the gate (raise it when a change ranks more right; never lower it to let a change through). */
const REACHED = { tune: { top1: 45, away: 1 }, score: { top1: 19, away: 0 } };

describe('topic probe table 4', () => {
  it('holds 80+ questions: 50+ fraud in seven families, every style, with product and out-of-scope counters', () => {
    expect(probes.length).toBeGreaterThanOrEqual(80);
    const fraud = tune.filter((p) => p.route === 'fraud');
    expect(fraud.length).toBeGreaterThanOrEqual(50);
    expect(new Set(fraud.map((p) => p.family)).size).toBe(7);
    expect(new Set(fraud.map((p) => p.style))).toEqual(
      new Set(['plain', 'casual-en', 'mixed', 'traditional', 'voice', 'typo', 'story']),
    );
    expect(probes.filter((p) => p.route === 'product').length).toBeGreaterThanOrEqual(8);
    expect(probes.filter((p) => p.route === 'other').length).toBeGreaterThanOrEqual(8);
    expect(score.filter((p) => p.route === 'fraud').length).toBe(22);
  });
});

gateTopicProbeHalves('topic probes 4', probes, START, REACHED);

// The first two groups were ranked wrong by the session's starting code (checked on it); the last three are guards
// the starting code already passed: the lead must not take them (a loss told, an overseas number, a customer's own).
describe('the families behind table 4', () => {
  const faq = createFaq(ROOT, brand);
  const first = (q: string) => faq.entries[searchFaq(faq, q, { limit: 1 })[0]!.entry]!.entry.topics;

  it.each([
    'the tax office rang about my refund and wants me to read back the code they just texted',
    '自称海关的人说要退我关税，让我把手机验证码发给他',
    '說是 immigration 的人要退我押金，叫我報 OTP 給他',
  ])(
    'ranks an authority whose refund asks for a code as the impersonation, not the code (CLAIMED_AUTHORITY): %s',
    (q) => {
      expect(first(q)).toContain('impersonating-authorities');
    },
  );

  it.each([
    'someone from the tax office says I must confirm online by tonight or my accounts get frozen, legit?',
    '说是交警大队的，要我马上把罚款转到他给的账户',
  ])('ranks an authority with a fine or a deadline as the impersonation: %s', (q) => {
    expect(first(q)).toContain('impersonating-authorities');
  });

  it.each([
    ['I already told them the code, the man said he was from the tax office', 'victim-next-steps'],
    ['我把验证码告诉了一个说是税务局的人，现在怎么办', 'victim-next-steps'],
    ['我按自称 police 的人说的 transfer 了 5000，怎么办', 'victim-next-steps'],
  ])('leads with the steps once the code or money is gone, whoever the caller claimed to be: %s', (q, topic) => {
    expect(first(q)).toContain(topic);
  });

  it('keeps an overseas number first when a claimed authority rings from abroad (issue 11 item 4)', () => {
    const q = 'a +44 number keeps calling, says it is the tax office about my refund, should I call back?';
    expect(first(q)).toContain('overseas-number');
    // Item 4: the answer never says to take the call ("answer it" is said of the local anti-fraud line only).
    expect(answerQuestion(faq, q).answer).not.toMatch(/\b(?:pick up|call (?:it|them) back)\b/i);
  });

  it.each(['How long does a tax refund take to reach my bank?', '签证到期前多久可以续签？'])(
    'leaves the same words in a customer’s own question alone: %s',
    (q) => {
      expect(answerQuestion(faq, q).match).toBeNull();
    },
  );
});
