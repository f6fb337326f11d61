// Session 21 (issue 11): a product frame — the user's own account term that holds a scam word ("我误开通", "i signed up
// by mistake") — is read off the fraud side so a customer's own question is no scam story. Right after someone's
// claim word ("客服说我误开通了会员") it is that person's claim about the user, the refund scam's opening: it stays
// (content/routes.yaml fraud.claims, src/faq/route.ts CueReading.fraudSide). Lines written for this test, never
// from the field corpus; both brands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, loadFaq } from '../../src/faq/index.ts';
import { CueReading } from '../../src/faq/route.ts';
import { questionForms } from '../../src/faq/search.ts';
import { ROOT } from '../helpers/content.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';

const faq = loadFaq(ROOT);
const indexes = bothBrandIndexes();
const router = indexes[0]![1].router!;
const fraudSide = (q: string) => new CueReading(questionForms(indexes[0]![1], q).cued).fraudSide(router).text;

describe.each(indexes)('a frame inside someone else’s claim (%s)', (_, index) => {
  it.each([
    '客服说我误开通了会员，要帮我关闭还要退款',
    '有个电话讲我误开通了百万保障，每月扣费，要我处理',
    'the text said i signed up by mistake for a premium plan at 800 a month and i need to cancel it with them',
  ])('keeps the fraud route and a scam entry: %s', (q) => {
    const a = answerQuestion(index, q);
    expect(a.route).toBe('fraud');
    expect(a.match).not.toBeNull();
  });

  it.each([
    '我自己误开通了会员，怎么取消',
    'i signed up by mistake for the premium plan, how do i cancel it in the app',
  ])('the user’s own mistake stays an account question: %s', (q) => {
    const a = answerQuestion(index, q);
    expect(a.route).toBe('product');
    expect(a.match).toBeNull();
  });
});

describe('the fraud side keeps a frame only after a claim word', () => {
  const own = ['我误开通', '我自己误开通'];
  const claims = faq.routes!.fraud.claims!.zh;

  it('property: a claim word before an own-mistake frame keeps it; the bare frame is removed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...claims),
        fc.constantFrom(...own),
        fc.constantFrom('会员', '保险', '自动续费'),
        (c, f, x) => {
          expect(fraudSide(`客服${c}${f}了${x}`)).toContain('误开通');
          expect(fraudSide(`${f}了${x}怎么关`)).not.toContain('误开通');
        },
      ),
    );
  });
});
