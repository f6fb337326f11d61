// Session 31 (issue 10, precision by mechanism): the paths of genuine-paths31.ts. Own-site: — a sign-in / identity notice
// whose only contact is its signer's own site is never dangerous (the wording model alone raises it to suspicious at
// most: check.ts ownSiteOnly), for both brand files, with and without the wording model; the phishing texts that share
// its words keep `dangerous`. The notices may be suspicious (the bar is the table's size): the path is about the
// dangerous verdict that teaches a reader to ignore a genuine notice.
import { describeGenuineForms } from '../helpers/classifier.ts';
import { NETTED_FEE_COUNTERS_31, NETTED_FEE_NOTICES_31, OWN_SITE_COUNTERS_31, OWN_SITE_NOTICES_31 } from './genuine-paths31.ts';

describeGenuineForms('genuine paths 31: own-site notices', OWN_SITE_NOTICES_31, OWN_SITE_COUNTERS_31, OWN_SITE_NOTICES_31.length);

// Netted fee: a loan's fee taken from the payout or put on the repayments is no upfront fee (scam-phrases.yaml); the
// wording model may still call a few such notices suspicious (the bar), never dangerous; advance-fee scams stay dangerous.
describeGenuineForms('genuine paths 31: netted-fee notices', NETTED_FEE_NOTICES_31, NETTED_FEE_COUNTERS_31, 6);
