// Figures of dd-families36.tsv (session 36): per family and test brand, by the rules alone, how many scams are
// dangerous and how many genuine counters are flagged. CLI: `npx tsx test/classifier/dd-families36.ts [--lines]`
// (`--lines`: the scams below dangerous and the counters flagged).
import { join } from 'node:path';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { isOneOf, tsvRows } from '../helpers/tsv.ts';

const ROOT = join(import.meta.dirname, '../..');
const rows = tsvRows(
  join(import.meta.dirname, 'dd-families36.tsv'),
  ['family', 'kind', 'text', 'source'] as const,
  (r) => isOneOf(['scam', 'counter'], r.kind),
);
for (const [brandName, file] of Object.entries({ demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' })) {
  const rules = createClassifier(ROOT, loadBrand(join(ROOT, file)));
  delete rules.context.wording;
  const verdict = (text: string) => rules.check(text).verdict;
  for (const family of new Set(rows.map((r) => r.family))) {
    const of = (kind: string) => rows.filter((r) => r.family === family && r.kind === kind).map((r) => r.text);
    const missed = of('scam').filter((t) => verdict(t) !== 'dangerous');
    const flagged = of('counter').filter((t) => verdict(t) === 'suspicious' || verdict(t) === 'dangerous');
    console.log(
      `${brandName} ${family}: scams dangerous ${of('scam').length - missed.length}/${of('scam').length}, counters flagged ${flagged.length}/${of('counter').length}`,
    );
    if (process.argv.includes('--lines')) for (const t of [...missed, ...flagged]) console.log(`  ${verdict(t)}  ${t}`);
  }
}
