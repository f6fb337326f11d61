// Session 40, clsch40 (issue 10, genuine messages flagged ≤ 3 %; genuine-forms40b.tsv):
// - place-line: a number abroad that a consulate, school, clinic, tour office, venue, depot or a relative's host gives
//   as its own landline, in the place the message names, was flagged (suspicious since session 39's cap, dangerous
//   before) whatever the message said. Now (place-line.ts, check.ts quietAbroad) such a line has no vote when the
//   message asks nothing, gives no pretext, names no money, code, card, link, chat, trouble, warning, service role or
//   brand; its counters give the same line with a fee, a code, a card, a crime or a traveller's trouble and stay
//   dangerous, and a stranger's number with no place stays flagged.
// - own-site-link, notice-lesser: measured (main flagged three and two of them); those still flagged are `genuine-open`.
// For both brand files, with and without the wording model: none of the asserted genuine lines dangerous or flagged;
// every asserted counter at its verdict.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { describeGenuineForms } from '../helpers/classifier.ts';
import { ROOT } from '../helpers/content.ts';
import { formsTable } from './genuine-forms.ts';

const { forms, asserted } = formsTable('40b');
const FORMS_40B = forms.filter((f) => !f.open);

describeGenuineForms(
  'genuine forms 40b: a number abroad given as a line in the place named, a link to the sender own site, a notice',
  FORMS_40B,
  asserted,
  0,
);

describe('place-line: the reason names the rule, and only where the place is named and nothing is asked', () => {
  const classifier = createClassifier(ROOT, loadBrand(`${ROOT}/content/brand.yaml`));
  const codes = (text: string) => classifier.check(text).items.flatMap((i) => i.reasons.map((r) => r.code));
  it.each([
    'Welcome to Sunrise Language School, Vancouver, Canada. Your first class is Monday 9am, room 204. School office: +1 604 555 0110.',
    '中国驻悉尼总领事馆提醒：本周末悉尼市区将有大型游行活动，请注意避开相关路段。领事保护与协助电话：+61 2 5550 8002。',
    "Hi Gran, we've arrived in Dublin, Ireland! We're at Aunt Siobhan's, her landline is +353 1 555 0142 if you want to ring.",
  ])('PLACE_LINE, not counted: %s', (text) => {
    expect(codes(text)).toContain('PLACE_LINE');
    expect(classifier.check(text).verdict).toBe('unknown');
  });
  it.each([
    // The same school line with no place named, a fee beside it, a service role beside it, the brand beside it.
    'Welcome to Sunrise Language School. Your first class is Monday 9am, room 204. School office: +1 604 555 0110.',
    'Welcome to Sunrise Language School, Vancouver, Canada. Pay the $80 enrolment fee before Monday. School office: +1 604 555 0110.',
    'Sunrise Language School, Vancouver, Canada: your first class is Monday 9am. Customer service: +1 604 555 0110.',
    '{brand_en} Vancouver, Canada: your first class is Monday 9am. Office: +1 604 555 0110.',
  ])('no PLACE_LINE: %s', (text) => {
    const brand = loadBrand(`${ROOT}/content/brand.yaml`);
    expect(codes(text.replaceAll('{brand_en}', brand.name.en))).not.toContain('PLACE_LINE');
  });
});
