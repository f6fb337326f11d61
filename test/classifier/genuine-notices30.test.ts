// Session 30 (issue 10, precision): the genuine notices of genuine-notices30.ts — both brands' own notices, lawful
// collectors, bank fraud alerts, codes, couriers, tax, visa, health, carriers, broadcasts of several countries — are
// none flagged, for both brand files, with and without the wording model; the brand's own notices naming only its
// official contacts are `official`; the scams that borrow their words stay flagged.
import { describeGenuineForms } from '../helpers/classifier.ts';
import { GENUINE_NOTICES_30, SCAM_COUNTERS_30 } from './genuine-notices30.ts';

describeGenuineForms('genuine notices 30', GENUINE_NOTICES_30, SCAM_COUNTERS_30, 0);
