// Scams in other words (session 30, issue 10; tables in other-words30.ts): isolation by a described actor, a call
// promised after a problem, credit repair offered, paid clicks, cards as payment. Under both brands each family's
// scams are flagged by the rules alone (all but `misses` of them), and its genuine counters are unflagged by the rules
// and never dangerous with the wording model.
import { vi } from 'vitest';
import { describeWordFamilies } from '../helpers/classifier.ts';
import * as T from './other-words30.ts';

vi.setConfig({ testTimeout: 60_000 });

describeWordFamilies([
  { name: 'isolation by a described actor', scams: T.ISOLATION_SCAMS, counters: T.ISOLATION_COUNTERS, misses: 1 },
  { name: 'a call promised after a problem', scams: T.CALL_PROMISED_SCAMS, counters: T.CALL_PROMISED_COUNTERS, misses: 1 },
  { name: 'credit repair offered', scams: T.CREDIT_REPAIR_SCAMS, counters: T.CREDIT_REPAIR_COUNTERS, misses: 3 },
  { name: 'paid clicks and reviews', scams: T.PAID_CLICKS_SCAMS, counters: T.PAID_CLICKS_COUNTERS, misses: 0 },
  { name: 'cards as payment', scams: T.CARD_PAYMENT_SCAMS, counters: T.CARD_PAYMENT_COUNTERS, misses: 0 },
]);
