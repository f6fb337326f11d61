// Genuine dev lines the classifier flags, counted by MECHANISM: the path that raised them (a high reason code on a
// counted item — an overseas prefix, a lookalike of the brand's number or domain …; a scam request beside a link that
// is not official; the wording model raising a request; a high scam-language hit of a topic, by the layer that found
// it: phrase rule, example request or concept grammar). A precision change aims at a mechanism, not at a line.
// READ batches list their lines; UNREAD batches only counts (their lines stay unread).
// `--scams`: the other side — scams judged below their label (not flagged, or labelled dangerous and not judged
// dangerous), counted by the evidence they hold: a warning, a request in the sender's words, the concept families
// read, the wording model's score band. A recall change aims at one such group.
// CLI: `npx tsx test/field/messages-mechanisms.ts [--read 1,3,5,7,9,11,13] [--flagged] [--scams] [--brand demo|b]`
//      (default: the lines judged dangerous; `--flagged`: every genuine line flagged).
import { createClassifier } from '../../src/classifier/index.ts';
import { compileConcepts } from '../../src/classifier/concepts.ts';
import { compileRequests } from '../../src/classifier/requests.ts';
import type { CheckResult } from '../../src/classifier/types.ts';
import { probability, type RulesView, type WordingInput, wordingLogit } from '../../src/classifier/wording-model.ts';
import { REASON_SEVERITY } from '../../src/classifier/reasons.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { BATCHES, type FieldMessage, loadMessages, messageBatch, READ_BATCHES } from './messages-corpus.ts';
import { BRAND_FILES, CORPUS, ROOT } from './messages-score.ts';

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const read = new Set((opt('--read') ?? READ_BATCHES).split(',').map(Number));
const everyFlag = argv.includes('--flagged');
const scamSide = argv.includes('--scams');
const isScam = (l: string) => l === 'risky' || l === 'dangerous';

/** The mechanisms of one result, as short names (a message can have several). */
function mechanisms(r: CheckResult, layerOf: (topic: string) => string): string[] {
  const out: string[] = [];
  for (const i of r.items) {
    if (i.reasons.some((x) => x.code === 'NAMED_IN_WARNING')) continue;
    for (const x of i.reasons)
      if (REASON_SEVERITY[x.code] === 'high' || (!everyFlag ? false : REASON_SEVERITY[x.code] === 'medium')) out.push(`item:${x.code}`);
  }
  for (const x of r.reasons ?? []) if (x.code.startsWith('SCAM_LIKE')) out.push(`wording:${x.code}`);
  for (const p of r.phrases) out.push(`hit:${p.topic}:${layerOf(p.topic)}`);
  return out.length ? [...new Set(out)] : ['(none)'];
}

for (const [name, file] of Object.entries(BRAND_FILES)) {
  if (opt('--brand') && opt('--brand') !== name) continue;
  const brand = loadBrand(file);
  const full = createClassifier(ROOT, brand);
  // The same classifier with one scam-language layer each: which layer finds a topic.
  const layer = (keep: 'phrases' | 'requests' | 'concepts') => {
    const c = createClassifier(ROOT, brand);
    delete c.context.wording;
    const l = c.context.language;
    if (keep !== 'phrases') l.phrases = { ...l.phrases, rules: [] };
    if (keep !== 'requests') l.requests = compileRequests({ topics: {} }, l.variants);
    if (keep !== 'concepts') l.concepts = compileConcepts({ families: {} }, l.variants);
    return c;
  };
  const layers = { phrase: layer('phrases'), request: layer('requests'), concept: layer('concepts') };
  const counts = { read: new Map<string, number>(), unread: new Map<string, number>() };
  console.log(`## ${name}`);
  for (const m of loadMessages(CORPUS.dev, brand)!) {
    if (scamSide) {
      scamEvidence(full, m, counts[read.has(messageBatch(m.id)) ? 'read' : 'unread'], read.has(messageBatch(m.id)));
      continue;
    }
    if (isScam(m.label)) continue;
    const r = full.check(m.text, { locale: m.lang });
    if (!(r.verdict === 'dangerous' || (everyFlag && r.verdict === 'suspicious'))) continue;
    const layerOf = (topic: string) =>
      Object.entries(layers)
        .filter(([, c]) => c.check(m.text, { locale: m.lang }).phrases.some((p) => p.topic === topic))
        .map(([k]) => k)
        .join('+') || 'joint';
    const mech = mechanisms(r, layerOf);
    const group = read.has(messageBatch(m.id)) ? 'read' : 'unread';
    // Counted once per message, by its whole path (a message can hold several mechanisms).
    const key = `${r.verdict} ${mech.join(' ')}`;
    counts[group].set(key, (counts[group].get(key) ?? 0) + 1);
    if (group === 'read')
      console.log(`  ${m.id} b${messageBatch(m.id)} ${m.label} → ${r.verdict} [${mech.join(' ')}] ${r.phrases.map((p) => `«${p.text}»`).join(' ')}\n    ${m.text.replace(/\n/g, '⏎').slice(0, 220)}`);
  }
  for (const [g, c] of Object.entries(counts)) {
    console.log(`${g} [${Object.keys(BATCHES).map(Number).filter((b) => (g === 'read') === read.has(b)).join(',')}]:`);
    for (const [k, n] of [...c].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${k}`);
    console.log(`  messages: ${[...c.values()].reduce((a, b) => a + b, 0)}`);
  }
}

/** A scam judged below its label, by the evidence it holds (counted; a READ line is listed). */
function scamEvidence(c: ReturnType<typeof createClassifier>, m: FieldMessage, counts: Map<string, number>, listed: boolean) {
  if (!isScam(m.label)) return;
  let seen: { input: WordingInput; rules: RulesView } | undefined;
  const r = c.check(m.text, { locale: m.lang, onWording: (input, rules) => (seen = { input, rules }) });
  const low = m.label === 'dangerous' ? r.verdict !== 'dangerous' : r.verdict !== 'suspicious' && r.verdict !== 'dangerous';
  if (!low) return;
  const p = seen && c.context.wording ? probability(wordingLogit(c.context.wording, seen.input)) : undefined;
  const band = p === undefined ? 'p:-' : `p:${p < 0.5 ? '<.5' : p < 0.86 ? '.5-.86' : '≥.86'}`;
  const families = seen?.input.families ?? [];
  const key = `${m.label}→${r.verdict} ${seen?.rules.warnings ? 'warning' : 'no-warning'} ${seen?.rules.request ? 'request' : 'no-request'} families:${families.length >= 3 ? '3+' : families.length} ${band}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (listed) console.log(`  ${m.id} b${messageBatch(m.id)} ${key} [${families.join(',')}]\n    ${m.text.replace(/\n/g, '⏎').slice(0, 200)}`);
}
