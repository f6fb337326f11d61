// A table of genuine forms by family and the scams sharing their words (test/classifier/genuine-formsID.tsv:
// family, role, source, text), loaded once, and its figures for the tables' CLIs: both test brands, the forms with and
// without the wording model, the counters as shipped. Shared by the session tables so each is its file and families.
import { join } from 'node:path';
import { check } from '../../src/classifier/check.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from './content.ts';
import { isOneOf, tsvRows } from './tsv.ts';

const ROLES = ['genuine', 'genuine-open', 'scam-dangerous', 'scam-flagged', 'scam-open'] as const;

export interface FormsTable<F extends string> {
  /** The genuine lines, each with its family as its kind. */
  forms: readonly { kind: F; text: string; source: string }[];
  /** The genuine lines still read dangerous when the table was left (`genuine-open`): measured, not asserted. */
  open: readonly { kind: F; text: string; source: string }[];
  /** The scams sharing a family's words, each with the verdict it keeps (`scam-open`: missed at the table's start,
   *  measured, not asserted). */
  counters: readonly { family: F; text: string; dangerous: boolean; open: boolean }[];
  /** The counters the table's test asserts (all but `scam-open`). */
  asserted: readonly { family: F; text: string; dangerous: boolean; open: boolean }[];
}

export function loadFormsTable<const F extends string>(file: string, families: readonly F[]): FormsTable<F> {
  const rows = tsvRows(
    file,
    ['family', 'role', 'source', 'text'],
    (r) => isOneOf(families, r.family) && isOneOf(ROLES, r.role),
  );
  const forms = rows
    .filter((r) => r.role === 'genuine')
    .map((r) => ({ kind: r.family as F, text: r.text, source: r.source }));
  const open = rows
    .filter((r) => r.role === 'genuine-open')
    .map((r) => ({ kind: r.family as F, text: r.text, source: r.source }));
  const counters = rows
    .filter((r) => !r.role.startsWith('genuine'))
    .map((r) => ({
      family: r.family as F,
      text: r.text,
      dangerous: r.role === 'scam-dangerous',
      open: r.role === 'scam-open',
    }));
  return { forms, open, counters, asserted: counters.filter((c) => !c.open) };
}

/** Each family's figures under both test brands: genuine lines flagged and dangerous (shipped or rules alone), its
 *  counters at their verdict (shipped); with `lines`, the lines flagged and the counters missed. */
export function printFormsFigures<F extends string>(
  table: FormsTable<F>,
  families: readonly F[],
  lines: boolean,
): void {
  const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';
  for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
    const classifier = createClassifier(ROOT, loadBrand(join(ROOT, file)));
    const shipped = (t: string) => classifier.check(t).verdict;
    const rules = (t: string) => check(t, { ...classifier.context, wording: undefined }).verdict;
    console.log(`## ${file}`);
    for (const family of families) {
      let fl = 0;
      let dg = 0;
      const of = [...table.forms, ...table.open].filter((f) => f.kind === family);
      for (const f of of) {
        const [s, r] = [shipped(f.text), rules(f.text)];
        if (flagged(s) || flagged(r)) fl++;
        if (s === 'dangerous' || r === 'dangerous') dg++;
        if (lines && (flagged(s) || flagged(r))) console.log(`  ${family} ${s}/${r}: ${f.text}`);
      }
      const cs = table.counters.filter((c) => c.family === family);
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
