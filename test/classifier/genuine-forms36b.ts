// Session 36, clsprec36b (issue 10, genuine messages never dangerous): genuine forms read as dangerous, one family a commit, with
// scam counters that share their words (genuine-forms36b.tsv; sources per line).
// CLI, for figures before and after a change: `npx tsx test/classifier/genuine-forms36b.ts [--lines]` (both test
// brands; with and without the wording model).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFormsTable, printFormsFigures } from '../helpers/genuine-forms.ts';

export const FORMS36B_FILE = resolve(import.meta.dirname, 'genuine-forms36b.tsv');
export const FAMILIES_36B = ['gov-own-domain', 'own-entry'] as const;
export type Family36b = (typeof FAMILIES_36B)[number];

const TABLE = loadFormsTable(FORMS36B_FILE, FAMILIES_36B);
/** The genuine lines, each with its family as its kind. */
export const FORMS_36B = TABLE.forms;
/** The scams sharing a family's words, each with the verdict it keeps (`scam-open`: not asserted). */
export const COUNTERS_36B = TABLE.counters;
export const ASSERTED_COUNTERS_36B = TABLE.asserted;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printFormsFigures(TABLE, FAMILIES_36B, process.argv.includes('--lines'));
