// Session 35 (issue 10, genuine messages never dangerous): a sender sorting whoever asks into "not us" ("凡要求先交…的，
// 均非本行所为", "均不是京东金融官方") or into "check first, another way" ("凡是以老师身份让家长扫码的，请先打电话向班主任
// 核实"); and the reader retelling a request they turned down ("让我扫码，我没扫") — for both brand files, with and
// without the wording model: none dangerous, at most the bar below flagged; the scams sharing their words (a 凡
// addressed to the sender's own customers with a fee, a scan or a code asked; a disowning borrowed before the sender's
// own ask; a refusal turned into the sender's ask) keep their verdict (genuine-forms35.tsv).
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms: FORMS_35, asserted: ASSERTED_COUNTERS_35 } = formsTable('35');

describeGenuineForms(
  'genuine forms 35: whoever asks disowned or sent to check first, a request retold as refused',
  FORMS_35,
  ASSERTED_COUNTERS_35,
  3,
);
