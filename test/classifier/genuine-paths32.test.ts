// Session 32 (issue 10, precision by mechanism): anti-fraud advisories that name a scam's request in order to warn
// against it — a negated actor ("no bank will tell you to …", "…绝不会要求…"), a condition whose consequent defends
// ("if anyone asks you to …, hang up", "如有人让您…，请立即停止…"), a report of a circulating scam ("texts offering … are
// going round") and mixed frames — for both brand files, with and without the wording model: none flagged; the scams
// borrowing the frame keep their verdict (genuine-paths32.tsv; `scam-open` lines, missed before this path, are measured
// by the CLI only).
import { describeGenuineForms } from '../helpers/classifier.ts';
import { ADVISORIES_32, ADVISORY_COUNTERS_32 } from './genuine-paths32.ts';

describeGenuineForms('genuine paths 32: anti-fraud advisories', ADVISORIES_32, ADVISORY_COUNTERS_32, 0);
