// Session 35 (issue 10, genuine messages never dangerous): families by which a genuine sender's warning or retelling
// was read as the scam's request — a sender sorting whoever asks into "not us" or "check first" (`whoever-disowned`),
// the reader retelling a request they turned down (`refused-own-case`) — each with scam counters that share its words
// (genuine-forms35.tsv; sources per line).
// CLI, for figures before and after a change: `npx tsx test/classifier/genuine-forms35.ts [--lines]` (both test
// brands; with and without the wording model).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFormsTable, printFormsFigures } from '../helpers/genuine-forms.ts';

export const FORMS35_FILE = resolve(import.meta.dirname, 'genuine-forms35.tsv');
export const FAMILIES_35 = ['whoever-disowned', 'refused-own-case'] as const;
export type Family35 = (typeof FAMILIES_35)[number];

const TABLE = loadFormsTable(FORMS35_FILE, FAMILIES_35);
/** The genuine lines, each with its family as its kind. */
export const FORMS_35 = TABLE.forms;
/** The scams sharing a family's words, each with the verdict it keeps (`scam-open`: missed at the table's start, not
 *  asserted). */
export const COUNTERS_35 = TABLE.counters;
export const ASSERTED_COUNTERS_35 = TABLE.asserted;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printFormsFigures(TABLE, FAMILIES_35, process.argv.includes('--lines'));
