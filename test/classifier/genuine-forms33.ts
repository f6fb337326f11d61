// Session 33 (issue 10, genuine messages never dangerous): three families by which a genuine text was read as a scam's
// request — an anti-fraud write-up describing a practice from outside (`practice`), a one-time code handed to its owner
// with its value (`code-given`), a meeting asking the reader to share their screen to take the group through their own
// work (`presenting`) — each with scam counters that share its words (genuine-forms33.tsv; sources per line). CLI, for
// figures before and after a change: `npx tsx test/classifier/genuine-forms33.ts [--lines]` (both test brands; with and
// without the wording model).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFormsTable, printFormsFigures } from '../helpers/genuine-forms.ts';

export const FORMS33_FILE = resolve(import.meta.dirname, 'genuine-forms33.tsv');
export const FAMILIES_33 = ['practice', 'code-given', 'presenting'] as const;
export type Family33 = (typeof FAMILIES_33)[number];

const TABLE = loadFormsTable(FORMS33_FILE, FAMILIES_33);
/** The genuine lines, each with its family as its kind. */
export const FORMS_33 = TABLE.forms;
/** The scams sharing a family's words, each with the verdict it keeps (`scam-open`: missed at the table's start, not
 *  asserted). */
export const COUNTERS_33 = TABLE.counters;
export const ASSERTED_COUNTERS_33 = TABLE.asserted;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printFormsFigures(TABLE, FAMILIES_33, process.argv.includes('--lines'));
