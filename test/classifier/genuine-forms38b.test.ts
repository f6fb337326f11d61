// Session 38, clsquote38 (issue 10, genuine warnings that quote scam tactics read as scams), one family a commit
// (genuine-forms38b.tsv):
// - sorted-as-fraud: whoever asks sorted into fraud with the written quantifier 皆 ("任何要求您转账…者皆为诈骗", traditional
//   "者皆屬詐騙", "皆非本行人員") as with 都 / 均; a sender that borrows the sorting line and then asks in its own voice
//   keeps its verdict (皆 sorts within its sentence only: it does not make the message a broadcast).
// - retold-script: a scam's words told from outside — quoted after a gang named as the speaker ("诈骗集团常说：「……」",
//   "scammers often say things like "…""), a fake role in quotation marks ("the fake "police officer" will tell you"),
//   a stranger who rang ("a man rang saying …"), a victim who was told (a case write-up's "the victim was instructed to
//   …"); a scam quoting a scammer to stand apart and then asking in its own voice keeps its verdict.
// - listed-tactics: tactics named as a list — signs as its head ("Red flags include: …", "Spot the signs: …"), a talk's
//   or a course's topics naming fraud ("Topics: fake police calls, courier fraud and …"), 近期出现…等情况, a closer
//   sending the reader to report ("遇到以上情形，立即拨打165"), a 识诈口诀 heading; a scam listing tactics to stand apart
//   and then asking in a sentence of its own keeps its verdict.
// - retold-script, a near miss checked: the reader who called an official line to check ("我直接打165问了", "我打了快递
//   官方客服核实") refused, as one who hung up did: their story warns whoever it is told to; a sender claiming such a
//   check and then asking ("我打96110问过了，您这笔贷款需要先缴纳保证金") keeps its verdict.
// - never-asks: a sender's policy or red flags ("we will never ask …", "不会要求…", "Spot the signs: …"): read on main
//   but for the signs heading (fixed with listed-tactics); its counters state the policy and then ask.
// Lines still misread at the session's end are `genuine-open` (measured by the CLI, not asserted).
// For both brand files, with and without the wording model: none dangerous, at most the bar below flagged; every
// asserted counter at its verdict.
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms, asserted } = formsTable('38b');
const FORMS_38B = forms.filter((f) => !f.open);

describeGenuineForms(
  'genuine forms 38b: warnings that sort, list, retell or disown scam tactics read as scams',
  FORMS_38B,
  asserted,
  1,
);
