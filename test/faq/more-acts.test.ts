// Session 24 (issue 11): more of the schemes' defining acts (lexicon.ts DEFINING_ACTS) — paid ratings and "level up"
// deposits, money passed on for a cut (task scam); a limit promised to go up (limit boost); the caller's knowledge
// said in other words, mixed and misspelt (personal-data leak); how to reach the company (official channels); the
// user's number taken over (account security). Each lifts its topic over the story's setting. Sentences written
// for this test.
import { describe, expect, it } from 'vitest';
import { searchFaq } from '../../src/faq/index.ts';
import { queryTerms } from '../../src/faq/search.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';

const CASES: [string, string][] = [
  [
    'an agency on telegram pays for rating apps, but to get bigger tasks i have to level up my account with usd 50',
    'task-scam',
  ],
  ['the job is to rate hotels in an app and earn commission, is it real', 'task-scam'],
  ['群里说关注点赞就给佣金，还要先做单才能提现', 'task-scam'],
  ['他們說幫忙打榜就有錢拿，要先儲值', 'task-scam'],
  ['they said my limit could go up to 50k if i pay a small activation fee', 'limit-boost'],
  ['an sms offers a bigger limit on my loan app if i pay a processing charge first', 'limit-boost'],
  ['对方说交个会员费额度能提到五万', 'limit-boost'],
  ['客服說可以幫我涨额度，先要流水證明', 'limit-boost'],
  ['打来那人连我的工作单位都报对了，这种电话能信吗', 'personal-data-leak'],
  ['那个 agent knows 我的 employer 和 salary，he must be official 吧', 'personal-data-leak'],
  ['a woman said my full name and address before asking for a fee. how did she get it', 'personal-data-leak'],
  ['打电话的人连我家地址都说对了，可信吗', 'personal-data-leak'],
  ['a fake agent is on the line, what is the safe way to reach you directly', 'official-channels'],
  ['how can i reach the real company if the guy on the phone says he is from you', 'official-channels'],
  ['my carrier says my number was ported out last night and my bank app logs me out, sim swap?', 'account-security'],
  ['我的手机号被人 port走 了，银行 app 也登不上', 'account-security'],
];

describe.each(bothBrandIndexes())('more defining acts (%s)', (_, faq) => {
  const first = (q: string) => {
    const s = searchFaq(faq, q)[0];
    return s ? faq.entries[s.entry]!.entry.topics : [];
  };
  it.each(CASES)('%s → act %s read', (q, topic) => {
    expect(queryTerms(faq, q).acts).toContain(topic);
  });
  it.each(CASES)('%s → %s first', (q, topic) => {
    expect(first(q)).toContain(topic);
  });
  it.each([
    'how do i know my account is safe',
    'i want to rate the app five stars, where is the button',
    'what is my credit limit right now',
  ])('no act of those read where none is named: %s', (q) => {
    const acts = queryTerms(faq, q).acts;
    for (const t of ['personal-data-leak', 'task-scam', 'limit-boost']) expect(acts).not.toContain(t);
  });
});
