// Session 34 (issue 10, genuine messages never dangerous): families by which a genuine institution's notice was read as
// a scam's request — a link to the site of the company its body names (`named-site`), a fee reported as already
// settled (`fee-settled`), a code handed with its value to be typed on the sender's own page (`code-to-enter`) — each
// with scam counters that share its words (genuine-forms34.tsv; sources per line).
// CLI, for figures before and after a change: `npx tsx test/classifier/genuine-forms34.ts [--lines]` (both test
// brands; with and without the wording model).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFormsTable, printFormsFigures } from '../helpers/genuine-forms.ts';

export const FORMS34_FILE = resolve(import.meta.dirname, 'genuine-forms34.tsv');
export const FAMILIES_34 = ['named-site', 'fee-settled', 'code-to-enter'] as const;
export type Family34 = (typeof FAMILIES_34)[number];

const TABLE = loadFormsTable(FORMS34_FILE, FAMILIES_34);
/** The genuine lines, each with its family as its kind. */
export const FORMS_34 = TABLE.forms;
/** The scams sharing a family's words, each with the verdict it keeps (`scam-open`: missed at the table's start, not
 *  asserted). */
export const COUNTERS_34 = TABLE.counters;
export const ASSERTED_COUNTERS_34 = TABLE.asserted;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printFormsFigures(TABLE, FAMILIES_34, process.argv.includes('--lines'));
