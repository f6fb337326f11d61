// Scams read `unknown` or `official` (session 40, issue 10): one family per commit, each read from its rows of
// scam-families40.tsv (sources in the file). The rows speak of the platform by placeholder ({brand}, {hotline},
// {domain} …), filled from each test brand. Under both brands: a family's scams are flagged by the rules alone and its
// counters are not (never dangerous with the wording model); a scam wearing the platform (kind `wear`) is never
// `official`, by the rules alone or shipped; the platform's own notice (kind `own`) is `official` both ways.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { describeScamFamilies } from '../helpers/scam-families.ts';

vi.setConfig({ testTimeout: 60_000 });

const FAMILIES = {
  // "逾期座位将被释放", "包裹将被退回", "your account will be deleted in 24 hours": a loss on a clock of hours, put right
  // by calling a stranger's number, a private chat or a payment (concepts.ts lossThreatened).
  'loss-threat':
    'a loss threatened within hours, put right through a stranger or a payment (concepts.ts lossThreatened)',
  // "提交申请后致电…，由专员回电为您办理到账", "按王经理指引将资金转出核验", "缴纳后即可到账": levers no notice of the
  // brand pulls, beside only its own contacts (official-levers.ts).
  'official-pose':
    "a scam wearing the platform's own contacts: a refund by call back, money moved out, a fee to receive",
  // "did you authorise a payment of 649 to …? If not, call our fraud team on 0330 …", a card-spend text whose "not
  // you?" clause gives a 0755 landline: the fake fraud alert's number to call (concepts.ts alertCalledBack).
  'alert-callback': "a payment alert whose 'if it was not you' sends the reader to a number that is not the bank's",
} as const;

describeScamFamilies(resolve(import.meta.dirname, 'scam-families40.tsv'), FAMILIES);
