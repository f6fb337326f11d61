// Session 33 (issue 10, dd): scams that borrow an anti-fraud warning and then ask keep their verdict; the advisories
// sharing their words (banks, police, carriers, schools, employers; en, zh, traditional zh) stay unflagged, both
// brands, with and without the wording model (scam-open33.tsv; `scam-open` lines measured by the CLI only).
import { describeGenuineForms } from '../helpers/classifier.ts';
import { ADVISORIES_33, SCAMS_33 } from './scam-open33.ts';

describeGenuineForms('scam-open 33: borrowed warnings that ask', ADVISORIES_33, SCAMS_33, 0);
