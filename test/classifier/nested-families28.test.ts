// Session 28's pruned nesting drops (content/concept-nesting.yaml `reads`): a longer word now reads with the families of
// the words nested in it where they are plainly its meaning (a fee to unfreeze is a fee, a safe
// account an account, a card posted a transfer of the account). The words' readings, and our own sentences in the
// forms each pair reaches: scams flagged, genuine texts not.
import { describe, expect, it } from 'vitest';
import { conceptWords } from '../../src/classifier/concepts.ts';
import { classifier } from '../helpers/content.ts';
import { NESTED_ROWS } from './nested-families28.ts';

const reading = (text: string) =>
  conceptWords(text, [{ start: 0, end: text.length, warns: false }], classifier.context.language.concepts);

describe('a longer word reads with its nested words where they are its meaning', () => {
  it.each([
    ['缴纳解冻费', '解冻费', ['loan-fee', 'fee']],
    ['转入安全账户', '安全账户', ['destination', 'account']],
    ['邮寄银行卡', '邮寄银行卡', ['transfer', 'account']],
    ['报卡背面', '报卡背面', ['tell', 'secret']],
    ['做征信修复', '征信修复', ['reason-credit', 'reason-record']],
    ['send money now', 'send money', ['transfer', 'money']],
    ['the safe account', 'safe account', ['destination', 'account']],
  ])('%s: %s', (text, word, families) => {
    const found = reading(text).find((w) => w.startsWith(`0:${word}=`));
    expect(found).toBeDefined();
    for (const f of families) expect(found!.split('=')[1]!.split('/')).toContain(f);
  });

  it('a deliberate hide stays: 手续费 is no refund, 出租车 no lending', () => {
    expect(reading('手续费')).toEqual(['0:手续费=fee']);
    expect(reading('打出租车').join()).not.toMatch(/lend/);
  });
});

describe('our sentences in the forms the pruned pairs reach', () => {
  it.each(NESTED_ROWS.map(([text, label, pair]) => [pair, label, text] as const))(
    '%s (%s): %s',
    (_pair, label, text) => {
      const { verdict } = classifier.check(text);
      if (label === 'scam') expect(['suspicious', 'dangerous']).toContain(verdict);
      else expect(['suspicious', 'dangerous']).not.toContain(verdict);
    },
  );
});
