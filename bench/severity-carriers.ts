// Which evidence carries a DANGEROUS verdict (issue 10's severity): for every message judged dangerous, the kinds of
// evidence present — a hard channel fact (a lookalike or a spoofed sender, an app download, a fake 96110 …), a high
// scam-language hit, a request the concept grammar names, a lesser hit, an overseas number, a link that is not
// official, the wording model's raise — counted by combination. Over the genuine tables (genuine-formsID.tsv: their
// `genuine` and `genuine-open` lines) and dev READ's genuine lines and scams labelled dangerous (demo brand).
// CLI: `npx tsx bench/severity-carriers.ts [--lines] [--tables-only] [--root DIR] [--tsv FILE …]` — `--root` runs the
// classifier of another checkout (a detached worktree of an older commit: how a table's first score is replayed),
// `--tsv` the given tables instead of this tree's registered ones.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Evidence } from '../src/classifier/verdict-combiner.ts';

const argv = process.argv.slice(2);
const lines = argv.includes('--lines');
const ROOT = resolve(argv.includes('--root') ? argv[argv.indexOf('--root') + 1]! : join(import.meta.dirname, '..'));
const tsvs = argv.flatMap((a, i) => (argv[i - 1] === '--tsv' ? [resolve(a)] : []));

const { check } = await import(join(ROOT, 'src/classifier/check.ts'));
const { namesRequest } = await import(join(ROOT, 'src/classifier/concepts.ts'));
const { createClassifier } = await import(join(ROOT, 'src/classifier/index.ts'));
const { REASON_SEVERITY } = await import(join(ROOT, 'src/classifier/reasons.ts'));
const { loadBrand } = await import(join(ROOT, 'src/content/brand.ts'));

/** Channel facts no genuine sender's contact has: a lookalike or spoof of a name, a dangerous link form. */
const HARD = new Set([
  'LOOKALIKE_SKELETON',
  'LOOKALIKE_EDIT_DISTANCE',
  'LOOKALIKE_CHAR_SWAP',
  'LOOKALIKE_TLD_SWAP',
  'TARGET_EMBEDDING',
  'COMBOSQUATTING',
  'BRAND_NAME_IN_DOMAIN',
  'SENDER_NAME_IN_DOMAIN',
  'MIXED_SCRIPT_HOST',
  'IP_ADDRESS_HOST',
  'USERINFO_IN_URL',
  'APP_DOWNLOAD',
  'DANGEROUS_SCHEME',
  'FAKE_96110',
  'LOOKALIKE_OFFICIAL_NUMBER',
  'LINK_IN_12381_TEXT',
]);
const HIGH = new Set(
  Object.entries(REASON_SEVERITY as Record<string, string>).flatMap(([c, s]) => (s === 'high' ? [c] : [])),
);

const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
const classifier = createClassifier(ROOT, brand);
const fill = (t: string): string =>
  t
    .replaceAll('{brand}', brand.name.zh)
    .replaceAll('{brand_en}', brand.name.en)
    .replaceAll('{hotline}', brand.official_numbers[0]?.number ?? '')
    .replaceAll('{domain}', brand.official_domains[0] ?? '');

/** The evidence kinds of one message judged dangerous, joined by "+" ('' when not dangerous). */
function carriers(text: string): string {
  let ev: Evidence | undefined;
  const r = check(text, classifier.context, { onEvidence: (e: Evidence) => (ev = e) });
  if (r.verdict !== 'dangerous') return '';
  const kinds: string[] = [];
  const codes = new Set<string>();
  for (const i of ev?.counted ?? []) for (const c of i.reasons) codes.add(c.code);
  if ([...codes].some((c) => HARD.has(c))) kinds.push('channel-fact');
  if (ev?.hits.some((h) => h.severity === 'high')) kinds.push('high-hit');
  else if (ev?.hits.length) kinds.push('medium-hit');
  if (namesRequest(ev?.families)) kinds.push('named-request');
  if (codes.has('INTERNATIONAL_PREFIX') && HIGH.has('INTERNATIONAL_PREFIX')) kinds.push('overseas');
  if (ev?.counted.some((i) => i.kind === 'url' && i.verdict !== 'official')) kinds.push('link');
  for (const m of r.reasons ?? []) if (m.code.startsWith('SCAM_LIKE_WORDING')) kinds.push(m.code.toLowerCase());
  return kinds.join('+') || 'none';
}

function tally(name: string, texts: readonly string[]): void {
  const by = new Map<string, string[]>();
  for (const t of texts) {
    const k = carriers(t);
    if (k) by.set(k, [...(by.get(k) ?? []), t]);
  }
  const n = [...by.values()].reduce((a, b) => a + b.length, 0);
  console.log(`## ${name}: ${n} of ${texts.length} dangerous`);
  for (const [k, ts] of [...by].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(ts.length).padStart(4)}  ${k}`);
    if (lines) for (const t of ts) console.log(`          ${t.slice(0, 140)}`);
  }
}

/** A table's genuine lines (role genuine or genuine-open), brand-filled. */
const genuineOf = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .filter((c) => c[1] === 'genuine' || c[1] === 'genuine-open')
    .map((c) => fill(c[3]!));

if (tsvs.length) for (const f of tsvs) tally(f.replace(/.*\//, ''), genuineOf(f));
else {
  const { FORMS_TABLES } = await import('../test/classifier/genuine-forms.ts');
  const all = Object.keys(FORMS_TABLES).flatMap((id) =>
    genuineOf(join(import.meta.dirname, `../test/classifier/genuine-forms${id}.tsv`)),
  );
  tally(`genuine tables ${Object.keys(FORMS_TABLES).join(', ')}`, all);
}
if (!argv.includes('--tables-only') && !tsvs.length) {
  const { loadMessages } = await import('../test/field/messages-corpus.ts');
  const { CORPUS } = await import('../test/field/messages-score.ts');
  const dev: { label: string; text: string }[] = loadMessages(CORPUS.dev, brand) ?? [];
  tally(
    'dev genuine',
    dev.filter((m) => m.label === 'official' || m.label === 'benign').map((m) => m.text),
  );
  tally(
    'dev dangerous scams',
    dev.filter((m) => m.label === 'dangerous').map((m) => m.text),
  );
}
