// Session 35b (issue 10, genuine messages never dangerous): a policy's negated subject given as a list of parties
// joined by "or" / "nor" ("no bank adviser or police officer will ask you to move money", "neither the police or your
// bank will ever ask …") — for both brand files, with and without the wording model: none dangerous, at most the bar
// below flagged; the scams sharing its words (the policy borrowed before the sender's own ask, "except us", "so pay
// …", "will ask you twice", "no credit check or guarantor will be needed") keep their verdict (genuine-forms35b.tsv).
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms: FORMS_35B, asserted: ASSERTED_COUNTERS_35B } = formsTable('35b');

describeGenuineForms(
  'genuine forms 35b: a policy said of several parties joined by "or"',
  FORMS_35B,
  ASSERTED_COUNTERS_35B,
  1,
);
