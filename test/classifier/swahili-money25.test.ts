// East African mobile-money texts that mix in Swahili (session 25): a repayment sent "to this number" (tuma … kwa namba
// hii) because "the old line has a problem", money "sent by mistake" (kimakosa) and asked back (nirudishie). The verbs
// (tuma, nitumie, nirudishie, rudisha), the reader-supplied number (kwa namba hii, kwangu), the loan and repayment
// (mkopo, marejesho) and the slip (kimakosa) join the families, so these are dangerous by the rules alone.
// Counter-properties: genuine M-Pesa receipts and balance texts, in English and Swahili, and an advert for sending
// money. Both brands; texts written for this test.
import fc from 'fast-check';
import { describe, vi } from 'vitest';
import { itJudgesForms, itLeavesUnflagged, rulesAloneByBrand } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const REPAYMENT = fc
  .tuple(
    pick(['Habari, ', 'Afisa wa mikopo: ', '']),
    pick(['tuma marejesho ya mkopo kwa namba hii 0712 555 014', 'tuma pesa ya mkopo kwa hii number 0745 555 022', 'rudisha marejesho kwa namba hii 0733 555 018']),
    pick([', ile ya zamani ina shida.', ' leo.', '.']),
  )
  .map((parts) => parts.join(''));
const MISTAKE = fc
  .tuple(
    pick(['Nimetuma pesa kimakosa kwako, ', 'Samahani, Ksh 3,000 imeingia kwako kimakosa, ']),
    pick(['tafadhali nirudishie kwa namba hii.', 'nirudishie haraka.', 'rudisha pesa kwa namba hii 0712 555 014.']),
  )
  .map((parts) => parts.join(''));

const GENUINE = [
  'Umepokea Ksh 500 kutoka JOHN 0712555014. Salio jipya ni Ksh 1,200.',
  'Tuma pesa kwa wapendwa wako kwa urahisi na M-PESA.',
  'Confirmed. Ksh 1,000 sent to JANE 0722 555 019 on 3/12/25. New M-PESA balance is Ksh 4,200.',
  'Marejesho yako ya mkopo ya Ksh 2,000 yamepokelewa. Asante.',
];

for (const { brandName, verdict } of rulesAloneByBrand()) {
  describe(`Swahili mobile-money requests (${brandName}, rules alone)`, () => {
    itJudgesForms(
      verdict,
      [
        ['a repayment to this number', REPAYMENT],
        ['money sent by mistake asked back', MISTAKE],
      ],
      'dangerous',
      40,
    );
    itLeavesUnflagged(verdict, GENUINE);
  });
}
