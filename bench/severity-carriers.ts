// Which evidence carries a DANGEROUS verdict (issue 10's severity): for every message judged dangerous, the kinds of
// evidence present — a hard channel fact (a lookalike or a spoofed sender, an app download, a fake 96110 …), a high
// scam-language hit, a request the concept grammar names, a lesser hit, an overseas number, a link that is not
// official, the wording model's raise — counted by combination. Over the genuine tables (genuine-formsID.tsv: their
// `genuine` and `genuine-open` lines) and dev READ's genuine lines and scams labelled dangerous (demo brand).
// CLI: `npx tsx bench/severity-carriers.ts [--lines] [--tables-only] [--root DIR] [--tsv FILE …] [--flagged]
// [--brand FILE]` — `--root` runs the classifier of another checkout (a detached worktree of an older commit: how a
// table's first score is replayed), `--tsv` the given tables instead of this tree's registered ones. `--flagged`
// (session 40, issue 10's ≤ 3 %) sorts every FLAGGED line (suspicious or dangerous) by the one surface that flagged it
// (`surface` below: a lookalike or sender-name fact, an app download, a shortener, words read as a request, a lesser hit
// beside a link, a link alone, an overseas or other number, a lesser hit alone, the wording model), with its verdict;
// `--brand` reads another brand file (test/field/brand-b.yaml).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Evidence } from '../src/classifier/verdict-combiner.ts';

const argv = process.argv.slice(2);
const lines = argv.includes('--lines');
const ROOT = resolve(argv.includes('--root') ? argv[argv.indexOf('--root') + 1]! : join(import.meta.dirname, '..'));
const tsvs = argv.flatMap((a, i) => (argv[i - 1] === '--tsv' ? [resolve(a)] : []));
const flaggedMode = argv.includes('--flagged');
const brandFile = argv.includes('--brand') ? resolve(argv[argv.indexOf('--brand') + 1]!) : undefined;

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

const brand = loadBrand(brandFile ?? join(ROOT, 'content/brand.yaml'));
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

/** Link facts a genuine sender's own link has not: a host built on a name (lookalike, brand or sender in the host). */
const NAME_FACT = new Set(
  [...HARD].filter((c) => /LOOKALIKE_(SKELETON|EDIT|CHAR|TLD)|TARGET|COMBO|NAME_IN_DOMAIN|MIXED|IP_|USERINFO/.test(c)),
);

/** The one surface that flagged a message (suspicious or dangerous), first match in this order, with its verdict;
 *  '' when not flagged. Words read as a request come before a link's or a number's weaker evidence: they are
 *  another brief's (the request reader). */
function surface(text: string): string {
  let ev: Evidence | undefined;
  const r = check(text, classifier.context, { onEvidence: (e: Evidence) => (ev = e) });
  if (r.verdict !== 'dangerous' && r.verdict !== 'suspicious') return '';
  const codes = new Set<string>();
  const flaggedItems = (ev?.counted ?? []).filter((i) => i.verdict === 'dangerous' || i.verdict === 'suspicious');
  for (const i of flaggedItems) for (const c of i.reasons) codes.add(c.code);
  const has = (p: (c: string) => boolean) => [...codes].some(p);
  const link = flaggedItems.some((i) => i.kind === 'url');
  const phone = flaggedItems.some((i) => i.kind === 'phone');
  const high = ev?.hits.some((h) => h.severity === 'high') || namesRequest(ev?.families);
  const kind = has((c) => NAME_FACT.has(c))
    ? 'name-fact'
    : has((c) => c === 'APP_DOWNLOAD' || c === 'DANGEROUS_SCHEME')
      ? 'app-download'
      : has((c) => c === 'URL_SHORTENER' || c === 'REDIRECT_TO_OTHER_HOST')
        ? 'shortener'
        : high
          ? 'request-words'
          : ev?.hits.length && (link || has((c) => c === 'SCAM_REQUEST_WITH_LINK'))
            ? 'lesser-hit+link'
            : link
              ? 'link-not-official'
              : has((c) => c === 'INTERNATIONAL_PREFIX' || c === 'OVERSEAS_NUMBER_ALONE')
                ? 'overseas-number'
                : phone
                  ? 'other-number'
                  : ev?.hits.length
                    ? 'lesser-hit'
                    : r.reasons?.some((m: { code: string }) => m.code.startsWith('SCAM_LIKE_WORDING'))
                      ? 'wording-model'
                      : 'other';
  return `${r.verdict}\t${kind}`;
}

function tally(name: string, texts: readonly string[]): void {
  const by = new Map<string, string[]>();
  for (const t of texts) {
    const k = flaggedMode ? surface(t) : carriers(t);
    if (k) by.set(k, [...(by.get(k) ?? []), t]);
  }
  const n = [...by.values()].reduce((a, b) => a + b.length, 0);
  console.log(`## ${name}: ${n} of ${texts.length} ${flaggedMode ? 'flagged' : 'dangerous'}`);
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
  const { loadMessages, messageBatch, READ_BATCHES } = await import('../test/field/messages-corpus.ts');
  const { CORPUS } = await import('../test/field/messages-score.ts');
  // Dev READ only: an UNREAD batch's lines stay figures, never printed.
  const read = new Set(String(READ_BATCHES).split(',').map(Number));
  const dev: { id: string; label: string; text: string }[] = (loadMessages(CORPUS.dev, brand) ?? []).filter(
    (m: { id: string }) => read.has(Number(messageBatch(m.id))),
  );
  tally(
    'dev READ genuine',
    dev.filter((m) => m.label === 'official' || m.label === 'benign').map((m) => m.text),
  );
  if (!flaggedMode)
    tally(
      'dev READ dangerous scams',
      dev.filter((m) => m.label === 'dangerous').map((m) => m.text),
    );
}
