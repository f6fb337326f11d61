// Session 38 (issue 10, genuine messages flagged: notices, work, personal chats), one family a commit
// (genuine-forms38.tsv, written before main was run on it):
// - work-meeting: a screen shared or remote IT help on the reader's own occasion (an onboarding, an IT ticket, an
//   interview, a course, a review) that names no money, bank, code, police, virus or consumer remote tool
//   (work-share.ts); a meeting invitation's dial-in line in more forms (number-context.ts). The "bank", "customer
//   service", "police" and fake-onboarding shares, "IT" asking for a code, and a meeting with a number to call keep
//   their verdict.
// - personal-chat: a bill split among friends (a share word and a total) is no debt collected (scam-phrases.yaml); a
//   writer's own number abroad in the place they say they are in, in a message that asks nothing (own-line-abroad.ts).
//   "Hi mum" with a bill, a code, a link or trouble, recovery groups' per-member fees and collectors keep theirs.
// The other families (own-request, account-notice, institution-notice) are measured: their lines still dangerous are
// `genuine-open`. For both brand files, with and without the wording model: none of the asserted lines dangerous, at
// most the bar below flagged; every counter at its verdict.
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms, asserted: ASSERTED_COUNTERS_38 } = formsTable('38');
const FORMS_38 = forms.filter((f) => !f.open);

describeGenuineForms('genuine forms 38: notices, work meetings and chats', FORMS_38, ASSERTED_COUNTERS_38, 11);
