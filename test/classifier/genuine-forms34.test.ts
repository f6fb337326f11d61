// Session 34 (issue 10, genuine messages never dangerous): a genuine institution's notice whose link goes to the site
// of the company its body names ("Your Upstart payment … upstart.com/pay") — for both brand files, with and without
// the wording model; and a fee reported as already settled ("a $3.50 service fee was charged for your ATM withdrawal",
// "您已支付退票手续费15元"); and a code handed with its value to be typed on the sender's own page ("enter code 552019
// on the Robinhood website"): none dangerous, at most the bar below flagged; the scams sharing their words (a lookalike
// link built from the name; a fee reported paid and the next one asked; a code asked for or typed at a lookalike link)
// keep their verdict (genuine-forms34.tsv).
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms: FORMS_34, asserted: ASSERTED_COUNTERS_34 } = formsTable('34');

describeGenuineForms(
  'genuine forms 34: notices linking to the site their body names, fees reported settled, codes to enter',
  FORMS_34,
  ASSERTED_COUNTERS_34,
  8,
);
