// Session 33 (issue 10, dd): scams that borrow an anti-fraud warning and then ask — in a sentence the warning does not
// reach, with the warning as their credential ("so please reply with the code"), on a personal mobile given as the
// line to verify on, or as a fake anti-fraud desk — and the advisories sharing their words that must stay unflagged
// (scam-open33.tsv: kind, group, source, text; sources per line). CLI, for figures before and after a change:
// `npx tsx test/classifier/scam-open33.ts [--lines]` (both test brands; with and without the wording model).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isOneOf, tsvRows } from '../helpers/tsv.ts';
import { printPathFigures } from './genuine-paths32.ts';

const FILE = resolve(import.meta.dirname, 'scam-open33.tsv');
export const GROUPS_33 = ['negated', 'condition', 'report', 'mixed', 'otp'] as const;
const KINDS = ['advisory', 'scam-dangerous', 'scam-flagged', 'scam-open'] as const;

const ROWS = tsvRows(FILE, ['kind', 'group', 'source', 'text'], (r) => isOneOf(KINDS, r.kind));

/** The advisories, each with its group (the frame it warns in). */
export const ADVISORIES_33: readonly { kind: string; text: string }[] = ROWS.filter((r) => r.kind === 'advisory').map(
  (r) => ({ kind: r.group, text: r.text }),
);
const COUNTERS = ROWS.filter((r) => r.kind !== 'advisory').map((r) => ({
  text: r.text,
  dangerous: r.kind === 'scam-dangerous',
  open: r.kind === 'scam-open',
}));
/** The scams borrowing the frame, each with the verdict it keeps (`scam-open` lines left out: measured only). */
export const SCAMS_33: readonly { text: string; dangerous: boolean }[] = COUNTERS.filter((c) => !c.open);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printPathFigures(ADVISORIES_33, GROUPS_33, COUNTERS, process.argv.includes('--lines'));
