// Session 24 (issue 11): money that came IN to the user unasked and is asked back — "he sent it to my wallet by
// mistake", a loan the user never took landing in their card, 卡里突然多了一笔钱 — is the refund scheme's reversal
// (src/faq/money-in.ts): the refund entries lead, not the transfer victim's steps. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { searchFaq } from '../../src/faq/index.ts';
import { moneyIn } from '../../src/faq/money-in.ts';
import { questionForms } from '../../src/faq/search.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';

describe.each(bothBrandIndexes())('money sent in and asked back (%s)', (_, faq) => {
  const reads = (q: string) => moneyIn(questionForms(faq, q).plain);
  const first = (q: string) => {
    const s = searchFaq(faq, q)[0];
    return s ? faq.entries[s.entry]!.entry.topics : [];
  };
  const IN = [
    'a woman texted that she transferred 1,500 into my bank account by mistake, can i just send it back to her other number',
    'some guy deposited money to my e-wallet and now keeps calling me to return it',
    'a loan i never asked for was credited to my card and a man wants it back in cash',
    '陌生人说钱转错到我卡上了，催我转回去',
    '對方說匯錯錢給我了，要我退回到他另一張卡',
    '卡里莫名到账两千，有人打电话让我还给他',
    'someone 转错 money 到我卡 了，让我 send it back',
    'he transfered 800 into my acount by mistak, now wants it back',
  ];
  it.each(IN)('read as money in, asked back: %s', (q) => {
    expect(reads(q)).toBe(true);
  });
  it.each(IN.slice(0, 6))('the refund scheme leads: %s', (q) => {
    expect(first(q)).toContain('refund-scam');
  });

  it.each([
    'they said i sent money to my own savings account, so the loan is cleared?',
    'i transferred money to my new safe account like the officer said',
    'my salary was paid into my account but the app still shows overdue',
    '我把钱转到我自己的另一张卡上了，还款会不会受影响',
    'a loan was paid into my card yesterday, how do i repay early',
  ])('not money in asked back: %s', (q) => {
    expect(reads(q)).toBe(false);
  });
});
