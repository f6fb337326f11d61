// Session 41, clsgen41 (issue 10, genuine messages flagged ≤ 3 %; genuine-forms41.tsv): the forms batch 46's dev half
// flagged and forms expected to be hard, written before main was run on them —
// - retold-case: a stranger's case retold by police, a bank, a school or a relative (a resident was called and told to
//   withdraw cash, customers were asked to move money, students were told their passport was in a crime), then what the
//   sender never does or what to do instead. Main read the request told of the stranger as the sender's own (nine of
//   45 flagged, five dangerous); now (retold-case.ts, scam-language.ts clauses) such a clause narrates up to the first
//   clause that turns to the reader. Its counters say the same tactic to the reader, or are the reader's own relative
//   on a live call, and stay dangerous.
// - own-instruction: a notice's own instruction (reply YES/NO, 1/2, TD/STOP; show a code at the counter);
// - notice-word: a notice asking nothing with a lesser word (a refund, a deposit returned, a withdrawal booked).
// The lines still flagged are `genuine-open` (measured by the CLI, not asserted). For both brand files, with and
// without the wording model: none of the asserted genuine lines dangerous or flagged; every asserted counter at its
// verdict.
import { describe, expect, it } from 'vitest';
import { retellsCase } from '../../src/classifier/retold-case.ts';
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms, asserted } = formsTable('41');

describeGenuineForms(
  'genuine forms 41: a stranger case retold, a notice own instruction, a notice with a lesser word',
  forms.filter((f) => !f.open),
  asserted,
  0,
);

describe('retold-case: a stranger or a group taking a call or told to act, never the reader or their own', () => {
  it.each([
    'an 88-year-old man was told by "paddington police station" to withdraw £3,300',
    'customers have told us about calls from people saying they are from our fraud department',
    'residents report callers claiming to be deputies',
    'we are getting reports of calls claiming you missed a federal court date',
    'a newcastle man lost $12',
    '说最近好多中国留学生接到“中国大使馆”电话说护照涉案',
    '有位婆婆接到电话',
  ])('retold: %s', (clause) => expect(retellsCase(clause)).toBe(true));
  it.each([
    'my mum got a call from the police saying her account is used by criminals',
    'your son was arrested and needs bail',
    'a courier will collect the cash from your door',
    '我爸刚接到一个电话',
    '您的账户涉嫌洗钱',
    'several accounts at your branch have been used by criminals',
  ])('not retold: %s', (clause) => expect(retellsCase(clause)).toBe(false));
});
