// Scams in other words (session 31, issue 10; tables in other-words31.ts): a windfall inherited or unclaimed, released
// for a fee (reason-prize's inheritance words). Under both brands the family's scams are flagged by the rules alone, and
// its genuine counters are unflagged by the rules and never dangerous with the wording model. (Its branch's second
// family, a sign-in at the message's link under an account problem, was refused: judged on the held half it raised a
// genuine notice to dangerous.)
import { vi } from 'vitest';
import { describeWordFamilies } from '../helpers/classifier.ts';
import * as T from './other-words31.ts';

vi.setConfig({ testTimeout: 60_000 });

describeWordFamilies([
  { name: 'a windfall inherited, released for a fee', scams: T.WINDFALL_SCAMS, counters: T.WINDFALL_COUNTERS, misses: 0 },
]);
