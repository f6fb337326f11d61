// Session 36, clsprec36b (issue 10, genuine messages never dangerous), one family a commit (genuine-forms36b.tsv):
// - gov-own-domain: an authority signed with its name linking to its own site under a government-only suffix whose
//   label joins the name in two languages or with a word of its own (rcmp-grc.gc.ca, hmrc-scams.gov.uk); the same
//   names built into a host anyone can register (rcmp-grc-ca.com, cra-arc.ca-notice.top) keep their verdict.
// - own-entry: a bank's maintenance notice or safety advice describing the reader's own PIN typed at its own machine,
//   keypad or terminal ("ATM系统升级期间，输入密码后请耐心等待", "enter your PIN as usual"); the same words with a link,
//   a page, a code to key in, someone to tell, a reply, a check or a safe account keep their verdict.
// For both brand files, with and without the wording model: none dangerous, at most the bar below flagged; every
// counter at its verdict.
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms: FORMS_36B, asserted: ASSERTED_COUNTERS_36B } = formsTable('36b');

describeGenuineForms(
  'genuine forms 36b: own sites and own entries read as lookalikes and requests',
  FORMS_36B,
  ASSERTED_COUNTERS_36B,
  3,
);
