// Session 33 (issue 10, genuine messages never dangerous): an anti-fraud write-up describing a scam's practice from
// outside ("所谓…往往…", "so-called … often …", "…的说法要提高警惕"), a one-time code handed to its owner with its value
// ("your one-time password is 482 913"), a meeting asking the reader to share their screen to take the group through
// their own work ("walk us through", "给大家过一下") — for both brand files, with and without the wording model: none
// dangerous, at most the bar below flagged; the scams sharing their words keep their verdict (genuine-forms33.tsv).
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms: FORMS_33, asserted: ASSERTED_COUNTERS_33 } = formsTable('33');

describeGenuineForms(
  'genuine forms 33: practices described, codes given, work presented',
  FORMS_33,
  ASSERTED_COUNTERS_33,
  2,
);
