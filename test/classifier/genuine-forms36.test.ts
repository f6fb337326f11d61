// Session 36 (issue 10, genuine messages never dangerous), one family a commit (genuine-forms36.tsv):
// - local-report-line: a police force, government office or embassy abroad naming its place in its header gives its
//   own line in that place's international form only to report or check; a fake fraud desk, refund centre or police
//   notice abroad that asks the reader to call keeps its verdict.
// - own-code-settled: a relative's chat about a code the writer used or will never see, ending "whoever asks, never
//   give it"; the "Hi mum" scam asking for the code now (send, read out, screenshot, reply, "what is it") keeps it.
// - quoted-steps: a warning's numbered list of a scam's steps, each told of a third party, and "before <the reader's
//   own payment>, come to the police / talk to your bank / family first"; the steps in the sender's own voice and
//   "before you transfer, call me / our team" keep their verdict.
// - credit-refuted: advice refuting the credit-repair pitch (the record checked or disputed by the person themselves,
//   at the central bank or a branch, for free); the pitch with a fee, an agent or "no need to go yourself" keeps it.
// - driver-line: a courier's notice of a delivery under way giving the driver's 170 / 171 relay number; the courier
//   scam with a delivery gone wrong, a fee, a code, a link or a chat to add keeps its verdict.
// For both brand files, with and without the wording model: none dangerous, at most the bar below flagged; every
// counter at its verdict.
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms: FORMS_36, asserted: ASSERTED_COUNTERS_36 } = formsTable('36');

describeGenuineForms('genuine forms 36: warnings read as the scams they describe', FORMS_36, ASSERTED_COUNTERS_36, 3);
