// Session 31 (issue 10, precision by mechanism): the three paths of genuine-paths31.ts, each for both brand files, with
// and without the wording model — its genuine notices never dangerous, the scams sharing their words keeping their
// verdict. Own site: a sign-in / identity notice whose only contact is its signer's own site (the wording model alone
// raises it to suspicious at most: check.ts ownSiteOnly); these notices may stay suspicious (the bar is the table's
// size): the path is about the dangerous verdict that teaches a reader to ignore a genuine notice.
import { describeGenuineForms } from '../helpers/classifier.ts';
import {
  COUNTER_OR_LINK_COUNTERS_31,
  COUNTER_OR_LINK_NOTICES_31,
  NETTED_FEE_COUNTERS_31,
  NETTED_FEE_NOTICES_31,
  OWN_SITE_COUNTERS_31,
  OWN_SITE_NOTICES_31,
} from './genuine-paths31.ts';

describeGenuineForms(
  'genuine paths 31: own-site notices',
  OWN_SITE_NOTICES_31,
  OWN_SITE_COUNTERS_31,
  OWN_SITE_NOTICES_31.length,
);

// Netted fee: a loan's fee taken from the payout or put on the repayments is no upfront fee (scam-phrases.yaml); the
// wording model may still call a few such notices suspicious (the bar), never dangerous; advance-fee scams stay dangerous.
describeGenuineForms('genuine paths 31: netted-fee notices', NETTED_FEE_NOTICES_31, NETTED_FEE_COUNTERS_31, 6);

// Counter or link: a bill paid or a balance topped up at the biller's counter or its site is no phishing request;
// fake recharge, points and re-verification texts stay dangerous.
describeGenuineForms(
  'genuine paths 31: counter-or-link bills',
  COUNTER_OR_LINK_NOTICES_31,
  COUNTER_OR_LINK_COUNTERS_31,
  0,
);
