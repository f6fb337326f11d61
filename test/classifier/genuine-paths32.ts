// Session 32 (issue 10, precision by mechanism): anti-fraud advisories that name a scam's request in order to warn
// against it (genuine-paths32.tsv: frames `negated`, `condition`, `report`, `mixed`), and the scams that borrow their
// frame and must keep their verdict. Sources per line in the file. CLI, for figures before and after a change:
// `npx tsx test/classifier/genuine-paths32.ts [--lines]` (both test brands; with and without the wording model).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '../../src/classifier/check.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { isOneOf, tsvRows } from '../helpers/tsv.ts';

export const PATHS32_FILE = resolve(import.meta.dirname, 'genuine-paths32.tsv');
export const FRAMES_32 = ['negated', 'condition', 'report', 'mixed'] as const;
const COUNTER_KINDS = ['scam-dangerous', 'scam-flagged', 'scam-open'] as const;

const rows = () =>
  tsvRows(
    PATHS32_FILE,
    ['kind', 'source', 'text'],
    (r) => isOneOf(FRAMES_32, r.kind) || isOneOf(COUNTER_KINDS, r.kind),
  );

/** The advisories, each with its frame. */
export const ADVISORIES_32: readonly { kind: (typeof FRAMES_32)[number]; text: string; source: string }[] = rows()
  .filter((r) => (FRAMES_32 as readonly string[]).includes(r.kind))
  .map((r) => ({ kind: r.kind as (typeof FRAMES_32)[number], text: r.text, source: r.source }));
/** The scams borrowing an advisory's frame, each with the verdict it keeps (`open`: missed at the table's start, not
 *  asserted). */
const COUNTERS = rows()
  .filter((r) => r.kind.startsWith('scam-'))
  .map((r) => ({ text: r.text, dangerous: r.kind === 'scam-dangerous', open: r.kind === 'scam-open' }));
export const ADVISORY_COUNTERS_32: readonly { text: string; dangerous: boolean }[] = COUNTERS.filter((c) => !c.open);

/** Figures of a table of advisories (by frame) and the scams borrowing their frame, both test brands: shipped and
 *  rules alone for the advisories, shipped for the counters (`open` ones measured, not asserted). Shared by the
 *  advisory tables' CLIs (this file, scam-open33.ts). */
export function printPathFigures(
  forms: readonly { kind: string; text: string }[],
  frames: readonly string[],
  counters: readonly { text: string; dangerous: boolean; open: boolean }[],
  lines: boolean,
): void {
  for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
    const classifier = createClassifier(ROOT, loadBrand(join(ROOT, file)));
    const shipped = (t: string) => classifier.check(t).verdict;
    const rules = (t: string) => check(t, { ...classifier.context, wording: undefined }).verdict;
    const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';
    console.log(`## ${file}`);
    for (const frame of frames) {
      const of = forms.filter((f) => f.kind === frame);
      let fl = 0;
      let dg = 0;
      for (const f of of) {
        const [s, r] = [shipped(f.text), rules(f.text)];
        if (flagged(s) || flagged(r)) fl++;
        if (s === 'dangerous' || r === 'dangerous') dg++;
        if (lines && (flagged(s) || flagged(r))) console.log(`  ${frame} ${s}/${r}: ${f.text}`);
      }
      console.log(`${frame}: ${of.length} lines, flagged ${fl}, dangerous ${dg}`);
    }
    let kept = 0;
    let open = 0;
    for (const c of counters) {
      const v = shipped(c.text);
      const ok = c.dangerous ? v === 'dangerous' : flagged(v);
      if (ok) kept++;
      if (c.open && flagged(v)) open++;
      if (!ok && lines) console.log(`  counter ${c.open ? 'open' : 'lost'} (${v}): ${c.text}`);
    }
    const asserted = counters.length - counters.filter((c) => c.open).length;
    console.log(
      `counters: ${kept}/${counters.length} at their verdict (${asserted} asserted); open ones flagged ${open}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printPathFigures(ADVISORIES_32, FRAMES_32, COUNTERS, process.argv.includes('--lines'));
