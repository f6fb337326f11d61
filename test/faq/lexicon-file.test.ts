// content/faq-lexicon.yaml, the FAQ matcher's word lists in content: its schema names the file, line and column of a
// broken entry (an unknown topic, a cue not in the form questions are read in, a repeated cue, a missing list), and
// the shipped lists reach the search (a scheme's defining act read in a question; a loss said, and a near miss, a call
// put through, money coming in or a payment in the app's own channel said as none).
import { describe, expect, it } from 'vitest';
import { faqLexiconSchema, NO_FAQ_LEXICON } from '../../src/faq/lexicon-file.ts';
import { buildFaqIndex, loadFaq, queryTerms } from '../../src/faq/index.ts';
import { formatProblem, loadYamlFile } from '../../src/content/yaml-source.ts';
import { brand, ROOT } from '../helpers/content.ts';

const problems = (body: string) => loadYamlFile('faq-lexicon.yaml', faqLexiconSchema, body).problems.map(formatProblem);
/** The loss lists every file needs, after the `defining_acts` under test (so its lines keep their numbers). */
const LOSS_LISTS =
  'loss_cues: [被骗了]\nnear_miss_cues: [差点]\nnot_a_loss:\n  call_targets: [police]\n  sender: [he]\n  incoming: [to me]\n  own_channel: [in the app]\nmoney_gone_cues: [转了]\n';
const withActs = (acts: string) => `${acts}${LOSS_LISTS}`;

describe('content/faq-lexicon.yaml schema', () => {
  it('accepts topics of content/topics.yaml with cues in the read form', () => {
    expect(problems(withActs('defining_acts:\n  task-scam: [刷单, order brushing]\n'))).toEqual([]);
  });

  it('rejects an unknown topic at its line and column', () => {
    const [first] = problems(withActs('defining_acts:\n  task-scam: [刷单]\n  lottery-scam: [中奖]\n'));
    expect(first).toBe(
      'faq-lexicon.yaml:3:17: defining_acts.lottery-scam: unknown topic "lottery-scam" (allowed: see content/topics.yaml)',
    );
  });

  it('rejects a cue the matcher would never meet: capitals, traditional script, full width', () => {
    expect(problems(withActs('defining_acts:\n  task-scam: [刷单, Order Brushing]\n'))).toEqual([
      'faq-lexicon.yaml:2:19: defining_acts.task-scam[1]: "Order Brushing" is read as "order brushing" (lower case, simplified, half-width): write it so',
    ]);
    expect(problems(withActs('defining_acts:\n  task-scam: [刷單]\n'))[0]).toMatch(
      /^faq-lexicon\.yaml:2:15: .*"刷單" is read as "刷单"/,
    );
    expect(problems(withActs('defining_acts:\n  task-scam: [ｖｉｐ]\n'))[0]).toMatch(
      /^faq-lexicon\.yaml:2:15: .*is read as "vip"/,
    );
  });

  it('rejects a cue listed twice in one topic, an empty topic and an unknown key', () => {
    expect(problems(withActs('defining_acts:\n  task-scam: [刷单, 跑分, 刷单]\n'))).toEqual([
      'faq-lexicon.yaml:2:23: defining_acts.task-scam[2]: "刷单" is already in this list',
    ]);
    expect(problems(withActs('defining_acts:\n  task-scam: []\n'))[0]).toMatch(
      /^faq-lexicon\.yaml:2:14: defining_acts\.task-scam: /,
    );
    expect(problems(withActs('defining_acts: {}\ntowns: [x]\n'))[0]).toMatch(/^faq-lexicon\.yaml:1:1: .*towns/);
  });
});

describe('the shipped lists reach the search', () => {
  const faq = loadFaq(ROOT);
  const opts = { replies: faq.replies!, routes: faq.routes! };
  const shipped = buildFaqIndex(faq.entries, brand, { ...opts, lexicon: faq.lexicon! });
  const none = buildFaqIndex(faq.entries, brand, { ...opts, lexicon: NO_FAQ_LEXICON });
  it.each([
    ['网上兼职刷单要先垫付，靠谱吗', 'task-scam'],
    ['someone asked me to do order brushing tasks for commission', 'task-scam'],
  ])('%s names the defining act of %s, read from the file', (q, topic) => {
    expect(queryTerms(shipped, q).acts).toContain(topic);
    expect(queryTerms(none, q).acts).not.toContain(topic);
  });

  it.each([
    ['我已经转了五千块过去，现在怎么办', true, true],
    ['I told him the code on the call, what now', true, false],
    ['对方让我转账，我差点就转了，还好没转', false, false],
    ['they transferred me to the police department and asked for my ID', false, false],
    ['he sent money to my wallet by mistake and wants it back', false, false],
    ['I already paid the overdue amount in the app, is that fine', false, false],
  ])('%s: a loss said %s, money gone %s, read from the file', (q, loss, moneyGone) => {
    const terms = queryTerms(shipped, q);
    expect([terms.loss, terms.moneyGone]).toEqual([loss, moneyGone]);
    expect([queryTerms(none, q).loss, queryTerms(none, q).moneyGone]).toEqual([false, false]);
  });
});

describe('the loss lists in the schema', () => {
  it('rejects a missing list and a cue listed twice, at their positions', () => {
    expect(problems('defining_acts:\n  task-scam: [刷单]\n')[0]).toMatch(/^faq-lexicon\.yaml:1:1: loss_cues: /);
    const twice = LOSS_LISTS.replace('sender: [he]', 'sender: [he, he]');
    expect(problems(`defining_acts:\n  task-scam: [刷单]\n${twice}`)).toEqual([
      'faq-lexicon.yaml:7:16: not_a_loss.sender[1]: "he" is already in this list',
    ]);
  });
});
