// Per-batch figures of the dev half in one run (the table a precision or recall change reports, before → after):
// genuine flagged (dangerous), scams flagged, labelled dangerous judged dangerous, for each batch and brand.
// CLI: `npx tsx test/field/messages-batches.ts [--no-wording] [--brand demo|b] [--lines]`
// (`--lines` lists the genuine lines flagged, for a change's before/after diff.)
import { loadBrand } from '../../src/content/brand.ts';
import { BATCHES, loadMessages, messageBatch } from './messages-corpus.ts';
import { BRAND_FILES, CORPUS, scoreMessages } from './messages-score.ts';

const argv = process.argv.slice(2);
const only = argv.includes('--brand') ? argv[argv.indexOf('--brand') + 1] : undefined;
const isScam = (l: string) => l === 'risky' || l === 'dangerous';
const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

for (const [name, file] of Object.entries(BRAND_FILES)) {
  if (only && only !== name) continue;
  const brand = loadBrand(file);
  const s = scoreMessages(loadMessages(CORPUS.dev, brand)!, brand, 'all', { wording: !argv.includes('--no-wording') });
  console.log(`## ${name}${argv.includes('--no-wording') ? ' (rules alone)' : ''}`);
  console.log('batch  genuine flagged (dangerous)  scams flagged  dangerous→dangerous');
  const rows = [...Object.keys(BATCHES).map(Number), 0];
  for (const b of rows) {
    const os = s.outcomes.filter((o) => !b || messageBatch(o.message.id) === b);
    if (!os.length) continue;
    const g = os.filter((o) => !isScam(o.message.label));
    const sc = os.filter((o) => isScam(o.message.label));
    const d = os.filter((o) => o.message.label === 'dangerous');
    const gf = g.filter((o) => flagged(o.verdict)).length;
    const gd = g.filter((o) => o.verdict === 'dangerous').length;
    const sf = sc.filter((o) => flagged(o.verdict)).length;
    const dd = d.filter((o) => o.verdict === 'dangerous').length;
    console.log(
      `${b ? String(b).padEnd(5) : 'all  '}  ${`${gf}/${g.length} (${gd})`.padEnd(27)}  ${`${sf}/${sc.length}`.padEnd(13)}  ${dd}/${d.length}`,
    );
  }
  if (argv.includes('--lines'))
    for (const o of s.outcomes)
      if (!isScam(o.message.label) && flagged(o.verdict))
        console.log(`${o.message.id}\t${o.verdict}\t${o.message.text.replace(/\n/g, '⏎').slice(0, 160)}`);
}
