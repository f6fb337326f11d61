// Scams caught with margin (session 34, issue 10): one family per commit, each read from its rows of
// scam-families34.tsv (sources in the file). Under both brands, by the rules alone, a family's scams are dangerous (or,
// for a family of openers, flagged) and its genuine counters unflagged; with the wording model too, no counter is
// dangerous.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeWordFamilies, familyTable } from '../helpers/classifier.ts';

vi.setConfig({ testTimeout: 60_000 });

const family = familyTable(resolve(import.meta.dirname, 'scam-families34.tsv'));

describeWordFamilies([
  family('store-disowned', 'the app store disowned: the app said to be absent from it, or the reader told not to get it there, and fetched from the sender instead'),
  // Openers (no money asked yet): flagged, not dangerous. The one miss: "don't mention it to anyone" reads as the
  // everyday advice "don't tell anyone" (a warning sentence), the sender's role with it.
  {
    ...family('channel-disowned', "the genuine channel disowned by a role: its hotline, branch or other channels barred, the reader kept to the sender alone"),
    dangerous: false,
    misses: 1,
  },
  // Two misses: a police caller's line that ends on 不要告诉家人 reads as a warning sentence, and a carrier named without
  // a role word (对方说是运营商的) holds no caller beside the one sign.
  {
    ...family('device-held', "the reader's phone held by the caller while it happens: the screen said to go dark, the phone not to be touched, the SIM moved, the screen kept in view"),
    misses: 2,
  },
]);
