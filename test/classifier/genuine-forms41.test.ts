// Session 41, clsgen41 (issue 10, genuine messages flagged ≤ 3 %; genuine-forms41.tsv): the forms batch 46's dev half
// flagged and forms expected to be hard, written before main was run on them —
// - retold-case: a stranger's case retold by police, a bank, a school or a relative (a resident was called and told to
//   withdraw cash, customers were asked to move money, students were told their passport was in a crime), then what the
//   sender never does or what to do instead; its counters say the same tactic to the reader, asking.
// - own-instruction: a notice's own instruction (reply YES/NO, 1/2, TD/STOP; show a code at the counter);
// - notice-word: a notice asking nothing with a lesser word (a refund, a deposit returned, a withdrawal booked).
// The lines main flagged are `genuine-open` (measured by the CLI, not asserted). For both brand files, with and without
// the wording model: none of the asserted genuine lines dangerous or flagged; every asserted counter at its verdict.
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms, asserted } = formsTable('41');

describeGenuineForms(
  'genuine forms 41: a stranger case retold, a notice own instruction, a notice with a lesser word',
  forms.filter((f) => !f.open),
  asserted,
  0,
);
