// Session 24 (issue 10, precision): genuine notification forms (genuine-forms24.ts, written for this test) are never
// dangerous and mostly not flagged, for both brand files, with and without the wording model; the scams that borrow
// their words stay flagged (the table's body: test/helpers/classifier.ts describeGenuineForms).
import { describeGenuineForms } from '../helpers/classifier.ts';
import { GENUINE_FORMS, SCAM_COUNTERS } from './genuine-forms24.ts';

/** How many genuine forms may still be flagged (suspicious, never dangerous): 0 of 120 on both brands at writing. */
describeGenuineForms('genuine forms', GENUINE_FORMS, SCAM_COUNTERS, 2);
