// Session 21 (issue 11): a risk cue the user denies ("但我没有把账户给别人用", "i never let someone else use it") is the
// user saying it did not happen — the bank's own restriction notice — not a risk named: it is read off the fraud side
// (content/routes.yaml fraud.denials, src/faq/route.ts withoutDenied); a risk said plainly still decides. Lines
// written for this test, never from the field corpus; both brands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/faq/index.ts';
import { CueReading } from '../../src/faq/route.ts';
import { questionForms } from '../../src/faq/search.ts';
import { bothBrandIndexes } from '../helpers/faq.ts';

const indexes = bothBrandIndexes();
const index0 = indexes[0]![1];
const fraudSide = (q: string) => new CueReading(questionForms(index0, q).cued).fraudSide(index0.router!).text;

describe.each(indexes)('a denied risk (%s)', (_, index) => {
  it.each([
    '银行通知我账户受限了，可我没有把账户给别人用，去哪里申诉',
    'my bank restricted my account but i never let someone else use it, how do i appeal',
  ])('is no scam answer: %s', (q) => {
    const a = answerQuestion(index, q);
    expect(a.route).toBe('product');
    expect(a.match).toBeNull();
  });

  it.each(['我的账户被别人用了，怎么办', 'someone else used my account to borrow, what do i do'])(
    'a risk said plainly keeps its scam answer: %s',
    (q) => {
      const a = answerQuestion(index, q);
      expect(a.route).toBe('fraud');
      expect(a.match).not.toBeNull();
    },
  );
});

describe('the fraud side reads a risk off only shortly after a denial', () => {
  const risks = ['别人用', '被盗', '泄露'];
  it('property: denial + up to four characters + risk → off; the risk alone or far after → kept', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('没有', '从没', '并未'),
        fc.constantFrom(...risks),
        fc.constantFrom('', '把', '把账户给', '让'),
        (no, risk, gap) => {
          expect(fraudSide(`我${no}${gap}${risk}过`)).not.toContain(risk);
          expect(fraudSide(`我的账户${risk}了`)).toContain(risk);
          expect(fraudSide(`我${no}去过那个地方但是后来发现账户${risk}了`)).toContain(risk);
        },
      ),
    );
  });
});
