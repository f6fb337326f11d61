// content/faq-lexicon.yaml, the FAQ matcher's word lists in content: its schema names the file, line and column of a
// broken entry (an unknown topic, a cue not in the form questions are read in, a repeated cue), and the shipped
// lists reach the search (a scheme's defining act read in a question).
import { describe, expect, it } from 'vitest';
import { faqLexiconSchema } from '../../src/faq/lexicon-file.ts';
import { buildFaqIndex, loadFaq, queryTerms } from '../../src/faq/index.ts';
import { formatProblem, loadYamlFile } from '../../src/content/yaml-source.ts';
import { brand, ROOT } from '../helpers/content.ts';

const problems = (body: string) => loadYamlFile('faq-lexicon.yaml', faqLexiconSchema, body).problems.map(formatProblem);

describe('content/faq-lexicon.yaml schema', () => {
  it('accepts topics of content/topics.yaml with cues in the read form', () => {
    expect(problems('defining_acts:\n  task-scam: [刷单, order brushing]\n')).toEqual([]);
  });

  it('rejects an unknown topic at its line and column', () => {
    const [first] = problems('defining_acts:\n  task-scam: [刷单]\n  lottery-scam: [中奖]\n');
    expect(first).toBe(
      'faq-lexicon.yaml:3:17: defining_acts.lottery-scam: unknown topic "lottery-scam" (allowed: see content/topics.yaml)',
    );
  });

  it('rejects a cue the matcher would never meet: capitals, traditional script, full width', () => {
    expect(problems('defining_acts:\n  task-scam: [刷单, Order Brushing]\n')).toEqual([
      'faq-lexicon.yaml:2:19: defining_acts.task-scam[1]: "Order Brushing" is read as "order brushing" (lower case, simplified, half-width): write it so',
    ]);
    expect(problems('defining_acts:\n  task-scam: [刷單]\n')[0]).toMatch(
      /^faq-lexicon\.yaml:2:15: .*"刷單" is read as "刷单"/,
    );
    expect(problems('defining_acts:\n  task-scam: [ｖｉｐ]\n')[0]).toMatch(
      /^faq-lexicon\.yaml:2:15: .*is read as "vip"/,
    );
  });

  it('rejects a cue listed twice in one topic, an empty topic and an unknown key', () => {
    expect(problems('defining_acts:\n  task-scam: [刷单, 跑分, 刷单]\n')).toEqual([
      'faq-lexicon.yaml:2:23: defining_acts.task-scam[2]: "刷单" is already listed for this topic',
    ]);
    expect(problems('defining_acts:\n  task-scam: []\n')[0]).toMatch(
      /^faq-lexicon\.yaml:2:14: defining_acts\.task-scam: /,
    );
    expect(problems('defining_acts: {}\nloss_cues: [x]\n')[0]).toMatch(/^faq-lexicon\.yaml:1:1: .*loss_cues/);
  });
});

describe('the shipped lists reach the search', () => {
  const faq = loadFaq(ROOT);
  const opts = { replies: faq.replies!, routes: faq.routes! };
  const shipped = buildFaqIndex(faq.entries, brand, { ...opts, lexicon: faq.lexicon! });
  const none = buildFaqIndex(faq.entries, brand, { ...opts, lexicon: { defining_acts: {} } });
  it.each([
    ['网上兼职刷单要先垫付，靠谱吗', 'task-scam'],
    ['someone asked me to do order brushing tasks for commission', 'task-scam'],
  ])('%s names the defining act of %s, read from the file', (q, topic) => {
    expect(queryTerms(shipped, q).acts).toContain(topic);
    expect(queryTerms(none, q).acts).not.toContain(topic);
  });
});
