// Topic probes, table 2 (issue 11, session 27): six families named from questions batch 32's READ misses and widened
// from other regions (test/faq/topic-probes-2.tsv, our own words, never the field corpus) — where to check a message,
// an e-ID or bank-app login approved at a caller's word, a payment "sent by mistake" to send back, a region's police by
// its own name, a collector's waiver for a private account, a text's number to call. The tune half was written first
// and run on the session's starting code (top-1 35/65, 11 fraud questions routed away); the score half (22 fraud, 6
// counters) was written after the first fixes and is only counted (start 9/22, 3 routed away).
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, searchFaq } from '../../src/faq/index.ts';
import { normalizeQuestion } from '../../src/faq/normalize.ts';
import { brand, ROOT } from '../helpers/content.ts';
import { gateTopicProbeHalves } from './probe-gate.ts';
import { readTopicProbes, TOPIC_PROBES_2 } from './probe-tables.ts';

const probes = readTopicProbes(ROOT, TOPIC_PROBES_2);
const tune = probes.filter((p) => p.half === 'tune');
const score = probes.filter((p) => p.half === 'score');
/** At the session's start (both halves scored on that code): top-1 and fraud questions routed away. */
const START = { tune: { top1: 35, away: 11 }, score: { top1: 9, away: 3 } };
/** Reached: the gate (raise it when a change ranks more right; never lower it to let a change through). */
const REACHED = { tune: { top1: 56, away: 3 }, score: { top1: 21, away: 1 } };

describe('topic probe table 2', () => {
  it('holds 60+ fraud questions in six families, every style, with product and out-of-scope counters', () => {
    const fraud = tune.filter((p) => p.route === 'fraud');
    expect(fraud.length).toBeGreaterThanOrEqual(60);
    expect(new Set(fraud.map((p) => p.family)).size).toBe(6);
    expect(new Set(fraud.map((p) => p.style))).toEqual(
      new Set(['plain', 'casual-en', 'mixed', 'traditional', 'voice', 'typo', 'story']),
    );
    expect(probes.filter((p) => p.route === 'product').length).toBeGreaterThanOrEqual(15);
    expect(probes.filter((p) => p.route === 'other').length).toBeGreaterThanOrEqual(10);
    expect(score.filter((p) => p.route === 'fraud').length).toBe(22);
  });
});

gateTopicProbeHalves('topic probes 2', probes, START, REACHED);

// Each case below was answered wrong by the session's starting code (checked on it before the fix).
describe('the families behind table 2', () => {
  const faq = createFaq(ROOT, brand);
  const topics = (q: string) => faq.entries[searchFaq(faq, q, { limit: 1 })[0]!.entry]!.entry.topics;

  it.each([
    'A woman says she paid me 80 pounds by accident and wants it sent back to her sister’s account. Scam?',
    '对方说他转错账了，钱到了我卡里，让我退到他朋友的账户',
    'a stranger made a mistaken payment to me and now calls every hour asking for it back',
  ])('ranks a payment "sent by mistake" to send back as the refund scam (DEFINING_ACTS refund-scam): %s', (q) => {
    expect(topics(q)).toContain('refund-scam');
  });

  it.each([
    'the bank guy said tap approve on the login request so he can stop the thief',
    '他说是银行的，让我在app里点确认登录，说是保护资金',
  ])('ranks a login approved at a caller’s word as a code given away (DEFINING_ACTS verification-code): %s', (q) => {
    expect(topics(q)).toContain('verification-code');
  });

  it.each([
    'A text claims my loan is frozen. Where should I check whether it is genuine?',
    'where do i check if a text about my loan is legit',
    '收到说我贷款逾期的邮件，在哪里可以核实是不是真的？',
  ])('ranks the where-to-check ask as the official channels (ASK_GRAMMARS official-channels): %s', (q) => {
    expect(topics(q)).toContain('official-channels');
  });

  it.each([
    ['the Carabinieri', 'an email from the carabinieri about a fine'],
    ['the RCMP', 'a call from the rcmp about my taxes'],
    ['the Gendarmerie', 'the gendarmerie texted me'],
  ])('reads a region’s police by its own name as the police: %s', (_who, q) => {
    expect(normalizeQuestion(q)).toContain('police');
  });

  it.each([
    'text says my account is locked and to call this number to open it again, should i?',
    'email says my repayment bounced, please phone the number in the email to sort it. should I?',
    'debt collector wants the overdue amount in a private account and says the late fee will be waived',
  ])('keeps a text’s number to call and a collector’s private account on the fraud route: %s', (q) => {
    expect(answerQuestion(faq, q).route).toBe('fraud');
  });

  it.each([
    'Can I call the number in my app instead of the one on my bill to ask about my repayment?',
    'Where do I check whether my repayment went through?',
    'I repaid twice by mistake this month. How do I get the extra amount back?',
  ])('leaves the same words in a customer’s own question alone: %s', (q) => {
    expect(answerQuestion(faq, q).match).toBeNull();
  });
});
