// Session 34 (issue 10, genuine messages never dangerous): families by which a genuine institution's notice was read as
// a scam's request — a link to the site of the company its body names (`named-site`), a fee reported as already
// settled (`fee-settled`), a code handed with its value to be typed on the sender's own page (`code-to-enter`) — each
// with scam counters that share its words (genuine-forms34.tsv; sources per line).
// CLI, for figures before and after a change: `npx tsx test/classifier/genuine-forms34.ts [--lines]` (both test
// brands; with and without the wording model).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '../../src/classifier/check.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { isOneOf, tsvRows } from '../helpers/tsv.ts';

export const FORMS34_FILE = resolve(import.meta.dirname, 'genuine-forms34.tsv');
export const FAMILIES_34 = ['named-site', 'fee-settled', 'code-to-enter'] as const;
export type Family34 = (typeof FAMILIES_34)[number];
const ROLES = ['genuine', 'scam-dangerous', 'scam-flagged', 'scam-open'] as const;

type Role = (typeof ROLES)[number];

const ALL = tsvRows(
  FORMS34_FILE,
  ['family', 'role', 'source', 'text'],
  (r) => isOneOf(FAMILIES_34, r.family) && isOneOf(ROLES, r.role),
).map((r) => ({ family: r.family as Family34, role: r.role as Role, source: r.source, text: r.text }));
/** The genuine lines, each with its family as its kind. */
export const FORMS_34: readonly { kind: Family34; text: string; source: string }[] = ALL.filter(
  (r) => r.role === 'genuine',
).map((r) => ({ kind: r.family, text: r.text, source: r.source }));
/** The scams sharing a family's words, each with the verdict it keeps (`scam-open`: missed at the table's start, not
 *  asserted). */
export const COUNTERS_34: readonly { family: Family34; text: string; dangerous: boolean; open: boolean }[] = ALL.filter(
  (r) => r.role !== 'genuine',
).map((r) => ({
  family: r.family,
  text: r.text,
  dangerous: r.role === 'scam-dangerous',
  open: r.role === 'scam-open',
}));
export const ASSERTED_COUNTERS_34 = COUNTERS_34.filter((c) => !c.open);

function main(): void {
  const lines = process.argv.includes('--lines');
  const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';
  for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
    const classifier = createClassifier(ROOT, loadBrand(join(ROOT, file)));
    const shipped = (t: string) => classifier.check(t).verdict;
    const rules = (t: string) => check(t, { ...classifier.context, wording: undefined }).verdict;
    console.log(`## ${file}`);
    for (const family of FAMILIES_34) {
      let fl = 0;
      let dg = 0;
      const of = FORMS_34.filter((f) => f.kind === family);
      for (const f of of) {
        const [s, r] = [shipped(f.text), rules(f.text)];
        if (flagged(s) || flagged(r)) fl++;
        if (s === 'dangerous' || r === 'dangerous') dg++;
        if (lines && (flagged(s) || flagged(r))) console.log(`  ${family} ${s}/${r}: ${f.text}`);
      }
      const cs = COUNTERS_34.filter((c) => c.family === family);
      let kept = 0;
      for (const c of cs) {
        const v = shipped(c.text);
        const ok = c.dangerous ? v === 'dangerous' : flagged(v);
        if (ok) kept++;
        else if (lines) console.log(`  counter ${c.open ? 'open' : 'lost'} (${v}): ${c.text}`);
      }
      console.log(
        `${family}: ${of.length} genuine, flagged ${fl}, dangerous ${dg}; counters at their verdict ${kept}/${cs.length}`,
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
