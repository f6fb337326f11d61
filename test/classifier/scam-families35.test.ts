// Scams caught with margin (session 35, issue 10): one family per commit, each read from its rows of
// scam-families35.tsv (sources in the file). Under both brands, by the rules alone, a family's scams are dangerous (or,
// for a family of openers, flagged) and its genuine counters unflagged; with the wording model too, no counter is
// dangerous.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies, familyTable } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const family = familyTable(resolve(import.meta.dirname, 'scam-families35.tsv'));

describeWordFamilies([
  // An opener (no money asked yet): flagged, not dangerous.
  {
    ...family('contact-promised', "the sender's own call or contact announced by a staff role after a problem with the account, card or identity"),
    dangerous: false,
  },
  // An opener too: the money is asked on the call.
  {
    ...family('renewal-call', 'a renewal or a monthly charge the reader did not choose, undone by calling a number or a customer service'),
    dangerous: false,
  },
  // An opener too: the fee comes after the first tasks.
  {
    ...family('task-invite', "paid work by the day or the piece offered with the sender's own private contact"),
    dangerous: false,
  },
]);
