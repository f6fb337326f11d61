// Scams read `unknown` (session 36, issue 10): one family per commit, each read from its rows of scam-families36.tsv
// (sources in the file). Under both brands, by the rules alone, a family's scams are flagged (openers: the money is
// asked next) and its genuine counters unflagged; with the wording model too, no counter is dangerous.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies, familyTable } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const family = familyTable(resolve(import.meta.dirname, 'scam-families36.tsv'));

describeWordFamilies([
  // The fee stated, its ask to follow. (One line left: the payout promised "once the fee has been received", a form
  // a landlord's deposit shares, is not read.)
  {
    ...family('fee-before-payout', 'a fee said to fall due before a loan is paid out, with no verb that asks for it'),
    dangerous: false,
    misses: 1,
  },
  // The app handed over before the install is asked. (One line left: "我发你安装包，装好就能提现" — its install-to-withdraw
  // clause is read by the install action and then set down; not traced this session.)
  {
    ...family(
      'app-file-sent',
      "the app's file sent by the sender himself, outside the store or under a role or a reason",
    ),
    dangerous: false,
    misses: 1,
  },
  // The collector's opener: the money is asked on the call back.
  {
    ...family(
      'collector-escalation',
      "a collector's next step (a home visit, the court, the employer told) threatened unless the reader calls back the same day",
    ),
    dangerous: false,
  },
  // The recovery's opener: the fee comes after the introduction. (One line left: "Don't give up, my aunt recovered all
  // her savings from the romance scammer …" — the sentence naming the scammer is read as a warning.)
  {
    ...family('recovery-introduced', "a recovery introduced on the strength of someone's money got back"),
    dangerous: false,
    misses: 1,
  },
]);
