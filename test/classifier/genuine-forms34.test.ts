// Session 34 (issue 10, genuine messages never dangerous): a genuine institution's notice whose link goes to the site
// of the company its body names ("Your Upstart payment … upstart.com/pay") — for both brand files, with and without
// the wording model: none dangerous, at most the bar below flagged; the scams sharing their words (a lookalike link
// built from the name, the name's site beside a scam's own request) keep their verdict (genuine-forms34.tsv).
import { describeGenuineForms } from '../helpers/classifier.ts';
import { ASSERTED_COUNTERS_34, FORMS_34 } from './genuine-forms34.ts';

describeGenuineForms('genuine forms 34: notices linking to the site their body names', FORMS_34, ASSERTED_COUNTERS_34, 4);
