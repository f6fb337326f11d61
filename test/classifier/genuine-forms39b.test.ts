// Session 39, clssev39 (issue 10, what may carry a dangerous verdict; genuine-forms39b.tsv):
// - overseas-line: a number with a calling code was dangerous by itself (INTERNATIONAL_PREFIX, high), whatever the
//   message said: a hotel's, an airline's, a consulate's or a relative's number abroad read as the worst verdict. Now
//   (check.ts overseasAlone) such a number is suspicious when it is the message's only danger and the message asks no
//   dangerous act (no high scam-language hit, no request named, nothing taken), gives no scam's pretext (a crime, a
//   refund, a threat, an authority, a deadline: concepts.ts givesPretext) and does not name the brand; its counters
//   give the number with a pretext or a request and stay dangerous.
// - code-word, link-notice, freeze-safe: the other lone surfaces, measured (main called none of the code-word lines and
//   two of each of the others dangerous: words read as requests, a link built on the brand's name); those still
//   dangerous are `genuine-open`.
// For both brand files, with and without the wording model: none dangerous, at most the bar below flagged (a number
// abroad stays flagged, suspicious: the bar counts them); every asserted counter dangerous.
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms, asserted } = formsTable('39b');
const FORMS_39B = forms.filter((f) => !f.open);

describeGenuineForms(
  'genuine forms 39b: an overseas number, a code word, a link or a freeze word with no dangerous act asked',
  FORMS_39B,
  asserted,
  20,
);
