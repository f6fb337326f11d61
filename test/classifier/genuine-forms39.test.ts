// Session 39 (issue 10, genuine messages flagged: notices and chats), one family a commit (genuine-forms39.tsv,
// written before main was run on it):
// - relative-abroad: a relative's own new number abroad named by the place's phone ("这边新办的手机号", "日本手機",
//   "my Korean number is"; own-line-abroad.ts). "New number abroad" scams with a deposit, a code, gift cards, bail or a
//   loan keep their verdict.
// - travel: an airline's, hotel's or property's own landline abroad, its calling code a place the booking names, given
//   as the line to call in a message that asks nothing (travel-line.ts). Fake airline and hotel lines with
//   compensation, a rebooking fee, a card, a chat app, a mobile desk or a code keep theirs.
// The other families (rental, utility-insurer, payment-check, marketplace) are measured: their lines still dangerous
// are `genuine-open`. Marketplace's writer-as-payer rule was taken out: judged on held by the lead, it turned one held
// risky scam from dangerous to unknown; its asserted counters keep their verdict without it. For both brand files,
// with and without the wording model: none of the asserted lines dangerous, at most the bar below flagged; every
// counter at its verdict.
import { describeGenuineForms } from '../helpers/classifier.ts';
import { formsTable } from './genuine-forms.ts';

const { forms, asserted: ASSERTED_COUNTERS_39 } = formsTable('39');
const FORMS_39 = forms.filter((f) => !f.open);

describeGenuineForms(
  'genuine forms 39: travel, rentals, utilities, marketplace, payment checks, relatives abroad',
  FORMS_39,
  ASSERTED_COUNTERS_39,
  12,
);
