// Session 36 (issue 10, genuine messages never dangerous): genuine forms read as dangerous, one family a commit, with
// scam counters that share their words (genuine-forms36.tsv; sources per line).
// CLI, for figures before and after a change: `npx tsx test/classifier/genuine-forms36.ts [--lines]` (both test
// brands; with and without the wording model).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFormsTable, printFormsFigures } from '../helpers/genuine-forms.ts';

export const FORMS36_FILE = resolve(import.meta.dirname, 'genuine-forms36.tsv');
export const FAMILIES_36 = [
  'local-report-line',
  'own-code-settled',
  'quoted-steps',
  'credit-refuted',
  'driver-line',
] as const;
export type Family36 = (typeof FAMILIES_36)[number];

const TABLE = loadFormsTable(FORMS36_FILE, FAMILIES_36);
/** The genuine lines, each with its family as its kind. */
export const FORMS_36 = TABLE.forms;
/** The scams sharing a family's words, each with the verdict it keeps (`scam-open`: not asserted). */
export const COUNTERS_36 = TABLE.counters;
export const ASSERTED_COUNTERS_36 = TABLE.asserted;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printFormsFigures(TABLE, FAMILIES_36, process.argv.includes('--lines'));
