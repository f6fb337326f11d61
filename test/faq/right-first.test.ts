// Right entry first (issue 11): after a loss the next steps lead — after a transfer the entry that puts 110 first —
// and questions about a call or a scammer's instructions never win the 96110 entry or the after-a-scam checklist.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createFaq, searchFaq } from '../../src/faq/index.ts';
import { brand, ROOT } from '../helpers/content.ts';

const faq = createFaq(ROOT, brand);
const best = (q: string) => {
  const s = searchFaq(faq, q)[0];
  return s ? faq.entries[s.entry]!.entry : undefined;
};

describe('right entry first', () => {
  it.each([
    'I already gave the code and transferred 5,000',
    'gave them the OTP and then transferred 3000, what now??',
    '验证码给了，也转了5000，怎么办',
    '我已经按他说的转了两万块，现在先做什么',
  ])('money already gone: the urgent next-steps entry leads (%s)', (q) => {
    const e = best(q)!;
    expect(e.urgent).toBe(true);
    expect(e.topics).toContain('victim-next-steps');
    expect(answerQuestion(faq, q).match?.id).toBe(e.id);
  });

  it('a code given but no money moved: the code next-steps entry, not the transfer one', () => {
    const e = best('我把验证码给他了，钱还没转，怎么办')!;
    expect(e.topics).toContain('verification-code');
    expect(e.urgent).toBeFalsy();
  });

  it.each(['a +852 number called again, should I pick up?', '+852的号码又打来了，要接吗'])(
    'an overseas call never wins the 96110 entry (%s)',
    (q) => {
      const e = best(q);
      expect(e?.id ?? '').not.toMatch(/96110/);
      expect(e?.topics).toContain('overseas-number');
    },
  );

  it.each(['a call from 96110, should I answer?', '96110打来的电话要接吗'])(
    'a 96110 call gets the 96110 entry, which says to answer it (%s)',
    (q) => {
      expect(best(q)?.id).toMatch(/96110/);
    },
  );

  it('"我要照做吗" alone does not win the after-a-scam checklist', () => {
    const a = answerQuestion(faq, '我要照做吗');
    expect(a.match?.topics ?? []).not.toContain('victim-next-steps');
  });
});
