// Session 22 (issue 11): word families the fraud cues lacked — doubt said the casual way ("sus", "fishy", "red flag",
// 猫腻, 忽悠, 有诈) and a fee asked for before the payout (放款前要交, "before disbursement"). Each word is read as its
// family, so a question whose only scam sign it is stays on the fraud route; the same subjects asked as the user's own
// account matter, without the word, stay off it. Lines written for this test, never from the field corpus; both brands.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/faq/index.ts';
import { cueFamilies } from '../../src/faq/route.ts';
import { questionForms } from '../../src/faq/search.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';

const indexes = bothBrandIndexes();

describe.each(indexes)('casual doubt and a fee before the payout (%s)', (_, index) => {
  const router = index.router!;
  const families = (q: string) => cueFamilies(router, questionForms(index, q).cued);

  it.each([
    ['my cousin wants 2k from me to unlock a bigger limit on the app, sounds sus', 'doubt'],
    ['an agent can get my limit doubled overnight, feels fishy', 'doubt'],
    ['the rate they offered is too good to be true', 'doubt'],
    ['有人说交钱就能提额，这里面有没有猫腻', 'doubt'],
    ['说能帮我把逾期记录消掉，会不会是忽悠人的', 'doubt'],
    ['借款审核过了，放款前要交一笔保险费', 'request'],
    ['they approved me but there is an insurance fee before disbursement', 'request'],
  ] as const)('fraud: %s (%s)', (q, kind) => {
    expect(families(q)).toContain(kind);
    const a = answerQuestion(index, q);
    expect(a.route).toBe('fraud');
    expect(a.caution).toBeFalsy();
  });

  it.each([
    '放款前需要做什么审核',
    '放款前要做人脸识别吗',
    'how long before payout after my loan is approved',
    'can i raise my limit in the app',
  ])('no scam answer: %s', (q) => {
    const a = answerQuestion(index, q);
    expect(a.route).toBe('product');
    expect(a.match).toBeNull();
  });
});
