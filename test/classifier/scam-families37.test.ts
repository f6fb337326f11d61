// Scams read `unknown` (session 37, issue 10): one family per commit, each read from its rows of scam-families37.tsv
// (sources in the file). Under both brands, by the rules alone, a family's scams are flagged and its genuine counters
// unflagged; with the wording model too, no counter is dangerous.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies, familyTable } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const family = familyTable(resolve(import.meta.dirname, 'scam-families37.tsv'));

describeWordFamilies([
  // The card is the payment and its numbers the money: whoever they are sent to spends them.
  {
    ...family('card-codes-sent', "a gift or top-up card's numbers, PIN or photographed back sent to the sender"),
    dangerous: false,
  },
  // The opener whose link, app or meeting comes next: the ask is in what is sent.
  {
    ...family(
      'next-step-promised',
      "a link, an app's download, a meeting's number or instructions promised to come from the sender under a problem or a role",
    ),
    dangerous: false,
  },
  // The fake police's opener: the report, the statement or the "refund" is taken in the group.
  {
    ...family('report-in-group', 'a crime report or a case taken in a chat group the reader is told to join'),
    dangerous: false,
  },
  // The task and investment scams' last step: the payment is asked in the same words.
  {
    ...family('withdrawal-bought', 'a withdrawal unlocked by a payment, an upgrade or a tax paid first'),
    dangerous: false,
  },
]);
