import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/classifier/check.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
const ROOT = process.argv[3] ?? '/work/wt/clsprec32';
const texts: string[] = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const c = createClassifier(ROOT, loadBrand(join(ROOT, 'content/brand.yaml')));
let f = 0, d = 0;
for (const t of texts) { const s = c.check(t).verdict; const r = check(t, { ...c.context, wording: undefined }).verdict;
  const fl = [s, r].some((v) => v === 'suspicious' || v === 'dangerous'); if (fl) f++; if (s === 'dangerous' || r === 'dangerous') d++;
  if (fl) console.log(`${s}/${r}: ${t}`); }
console.log(`flagged ${f}/${texts.length}, dangerous ${d}`);
