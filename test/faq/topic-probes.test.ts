// Topic probes (issue 11, session 26): fraud questions whose right topic depends on the family their wording belongs
// to — a region's word for a debt collector (Inkasso, incassobureau, recouvrement, cobranza), a payment app's request
// to pay approved (UPI collect, TWINT, Swish, MB Way), a paid limit boost, "how do I check a call is really from you",
// "how do I report it" — with product and out-of-scope counters (test/faq/topic-probes.tsv, our own words, never the
// field corpus). The tune half was written first and run on the session's starting code (top-1 50/65, 11 fraud
// questions routed away); the score half (22 fraud, 6 counters) was written after the first fixes and is only counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../src/faq/concepts.ts';
import { answerQuestion, createFaq, searchFaq } from '../../src/faq/index.ts';
import { queryTerms } from '../../src/faq/search.ts';
import { normalizeQuestion } from '../../src/faq/normalize.ts';
import { brand, ROOT } from '../helpers/content.ts';
import { gateTopicProbeHalves } from './probe-gate.ts';
import { readTopicProbes } from './probe-tables.ts';

const probes = readTopicProbes(ROOT);
const tune = probes.filter((p) => p.half === 'tune');
const score = probes.filter((p) => p.half === 'score');
/** At the session's start (both halves scored on that code): top-1 and fraud questions routed away. */
const START = { tune: { top1: 50, away: 11 }, score: { top1: 17, away: 4 } };
/** Reached: the gate (raise it when a change ranks more right; never lower it to let a change through). */
const REACHED = { tune: { top1: 59, away: 5 }, score: { top1: 19, away: 2 } };

describe('the topic probe table', () => {
  it('holds 60+ fraud questions by family in zh, en and mixed, with product and out-of-scope counters', () => {
    const fraud = tune.filter((p) => p.route === 'fraud');
    expect(fraud.length).toBeGreaterThanOrEqual(60);
    expect(new Set(fraud.map((p) => p.family)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(fraud.map((p) => p.style))).toEqual(
      new Set(['plain', 'casual-en', 'mixed', 'traditional', 'voice', 'typo', 'story']),
    );
    expect(probes.filter((p) => p.route === 'product').length).toBeGreaterThanOrEqual(15);
    expect(probes.filter((p) => p.route === 'other').length).toBeGreaterThanOrEqual(10);
    expect(probes.every((p) => p.route !== 'fraud' || p.topics.length > 0)).toBe(true);
    expect(score.filter((p) => p.route === 'fraud').length).toBe(22);
  });
});

gateTopicProbeHalves('topic probes', probes, START, REACHED);

describe('the families behind the table', () => {
  const faq = createFaq(ROOT, brand);
  const topics = (q: string) => faq.entries[searchFaq(faq, q, { limit: 1 })[0]!.entry]!.entry.topics;

  it.each([
    ['a caller from the inkasso agency wants me to pay today', 'collector'],
    ['the incassobureau says i owe money', 'collector'],
    ['une agence de recouvrement, or a cobranza office', 'collector'],
    ['i approved a twint request', 'payment request'],
    ['accepted an mb way request by mistake', 'payment request'],
    ['4000 rupees and 80 chf', 'money'],
  ])('a region’s word reads as the concept: %s', (q, word) => {
    expect(normalizeQuestion(q)).toContain(word);
  });

  it('reads a payment app’s request in a Chinese question as the Chinese word', () => {
    expect(normalizeQuestion('我刚才点了一个 twint request')).toContain('付款请求');
  });

  it.each([
    [
      'a collect request approved, money gone',
      'I approved a UPI collect request to get a refund and 3,000 rupees left my account. What now?',
    ],
    ['a paid boost (zh)', '有没有交钱就能马上提高额度的办法？'],
    ['a paid boost (en)', 'Is there a paid service to get my credit limit raised faster?'],
    [
      'an account "to be closed or your credit suffers"',
      '客服说我的账户不符合监管要求必须关闭，不关闭会影响征信，怎么办',
    ],
  ])('stays a fraud question: %s', (_what, q) => {
    expect(answerQuestion(faq, q).route).toBe('fraud');
  });

  it('keeps closing one’s own account after repaying a product question', () => {
    expect(answerQuestion(faq, '我不想用了，结清以后怎么注销账户？注销会影响征信吗？').match).toBeNull();
  });

  it.each([
    'A man from an Inkasso agency says I owe you and must pay him today with vouchers. Is that real?',
    'Een incassobureau mailed me about my loan and wants the money on a foreign IBAN, is that you?',
  ])('ranks a region’s collection agency as a fake collector: %s', (q) => {
    expect(topics(q)).toContain('debt-collection-impersonation');
  });

  it.each([
    'Is there a way to confirm the number is genuine? They asked for the code on my screen.',
    'How can I tell the call was really from you? He said my loan would be cancelled unless I moved money.',
  ])('ranks the check-a-channel ask (lexicon.ts ASK_GRAMMARS) over the story it holds: %s', (q) => {
    expect(topics(q)).toContain('official-channels');
  });

  it('ranks a prize or survey lure that wants a login as phishing (DEFINING_ACTS phishing-link)', () => {
    const q = 'I won a lucky draw from a loan company and they want my login to send the prize. fake?';
    expect(topics(q)).toContain('phishing-link');
  });

  it('reads a repayment made in the platform’s own app as no loss, an app someone else named as one', () => {
    const own =
      'A man says I must pay him to clear my record. I already paid the overdue amount in the app. Who is he?';
    const theirs = 'I already paid the fee in the app they told me to download, what now?';
    expect(queryTerms(faq, own).moneyGone).toBe(false);
    expect(queryTerms(faq, theirs).moneyGone).toBe(true);
  });

  it('leaves a person checked to the role he claims (no channel in the ask)', () => {
    const q = 'a debt collector says pay today to his own account, how do i know if he is real';
    expect(topics(q)).toContain('debt-collection-impersonation');
  });

  it('appends concepts added after the shipped layers’ fit: no weight of theirs names a later concept', () => {
    // A concept's feature is its position (model-scan.ts CONCEPT_ID): one inserted before others shifts their weights.
    const ids = ['src/faq/model.generated.ts', 'src/faq/route-decision.generated.ts'].flatMap((f) =>
      [...readFileSync(join(ROOT, f), 'utf8').matchAll(/"c(\d+)"/g)].map((m) => Number(m[1])),
    );
    expect(Math.max(...ids)).toBeLessThan(CONCEPTS.findIndex((c) => c.en === 'payment request'));
  });
});
