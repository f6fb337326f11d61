// Session 35b (issue 10, genuine messages never dangerous): a policy's negated subject given as a list of parties
// joined by "or" / "nor" ("no bank adviser or police officer will ask you to …") was read as the scam's request
// (`or-joined-subject`), with scam counters that share its words (genuine-forms35b.tsv; sources per line).
// CLI, for figures before and after a change: `npx tsx test/classifier/genuine-forms35b.ts [--lines]` (both test
// brands; with and without the wording model).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFormsTable, printFormsFigures } from '../helpers/genuine-forms.ts';

export const FORMS35B_FILE = resolve(import.meta.dirname, 'genuine-forms35b.tsv');
export const FAMILIES_35B = ['or-joined-subject'] as const;
export type Family35b = (typeof FAMILIES_35B)[number];

const TABLE = loadFormsTable(FORMS35B_FILE, FAMILIES_35B);
/** The genuine lines, each with its family as its kind. */
export const FORMS_35B = TABLE.forms;
/** The scams sharing a family's words, each with the verdict it keeps (`scam-open`: missed at the table's start, not
 *  asserted). */
export const COUNTERS_35B = TABLE.counters;
export const ASSERTED_COUNTERS_35B = TABLE.asserted;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printFormsFigures(TABLE, FAMILIES_35B, process.argv.includes('--lines'));
