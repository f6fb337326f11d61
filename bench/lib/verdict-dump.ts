// Every check() result (verdict, items, reasons, phrases, advice) for the table's inputs, the field corpus's dev half
// under three brands, and seeded rewrites of those messages (traditional script, spaced out, spliced, full-width):
// one JSON line per input. Run it on two trees (before and after a change to the matching machinery) and diff
// the files: a speed-up must not change a single line. The probe tables (both halves) are checked too. Never reads
// the held-out half.
// `npx tsx bench/lib/verdict-dump.ts OUT.jsonl`
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { mulberry32 } from '../../src/content/prng.ts';
import { LINK_CASES, MESSAGE_CASES, PHONE_CASES } from '../../test/classifier/cases.ts';
import { loadMessages } from '../../test/field/messages-corpus.ts';
import { loadProbes } from '../../test/classifier/genuine-probes.ts';
import { loadScamProbes } from '../../test/classifier/scam-probes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PROBES = resolve(ROOT, 'test/classifier');
// Every probe table, both halves (only diffed, never printed): genuine ones with the demo brand's placeholders filled
// (the other brands list no "+86 AREA" number to fill them with), checked under each brand.
const DEMO = loadBrand(resolve(ROOT, 'content/brand.yaml'));
const probeTexts = (brand = DEMO) =>
  readdirSync(PROBES)
    .filter((f) => f.endsWith('.tsv') && /^(genuine|scam)-probes/.test(f))
    .sort()
    .flatMap((f) =>
      (f.startsWith('genuine') ? loadProbes(brand, resolve(PROBES, f)) : loadScamProbes(resolve(PROBES, f))).map((p) => p.text),
    );
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const BRANDS = ['content/brand.yaml', 'test/field/brand-b.yaml', 'test/field/brand-c.yaml'];

function rewrites(texts: readonly string[]): string[] {
  const rand = mulberry32(20261130);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const out: string[] = [];
  for (const t of texts) {
    out.push(toTraditional(t));
    out.push([...t].join(pick([' ', '-', '*', '  '])));
    out.push(t.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    out.push(t.toUpperCase());
    const other = pick(texts);
    const cut = Math.floor(rand() * t.length);
    out.push(t.slice(0, cut) + pick(['，', '。', ' ', '\n', '']) + other.slice(Math.floor(rand() * other.length)));
    const at = Math.floor(rand() * t.length);
    out.push(t.slice(0, at) + pick(['薇信', 'V信', '验正码', 'yanzhengma', '00852 5123 8870', '¥5,000', '註銷', '138 1234 5678']) + t.slice(at));
  }
  return out;
}

const lines: string[] = [];
for (const file of BRANDS) {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const dev = (loadMessages(resolve(ROOT, 'test/field/messages-dev.tsv'), brand) ?? []).map((m) => m.text);
  const table = [...PHONE_CASES, ...LINK_CASES, ...MESSAGE_CASES].map((c) => c.input);
  for (const input of [...table, ...dev, ...probeTexts(), ...rewrites([...dev, ...MESSAGE_CASES.map((c) => c.input)])]) {
    lines.push(JSON.stringify({ brand: file, ...classifier.check(input) }));
    lines.push(JSON.stringify({ brand: file, asked: 'en', ...classifier.check(input, { locale: 'en' }) }));
  }
}
writeFileSync(process.argv[2] ?? 'verdicts.jsonl', `${lines.join('\n')}\n`);
console.log(`${lines.length} results → ${process.argv[2] ?? 'verdicts.jsonl'}`);
