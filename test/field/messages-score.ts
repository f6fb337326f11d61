// Runs the classifier over a messages corpus and measures it against issue 10's targets; prints a per-label
// confusion table. CLI:
// `npx tsx test/field/messages-score.ts [dev|FILE] [BRAND_FILE] [--batch N] [--misses] [--concepts-only|--no-concepts|--no-language] [--no-wording]`.
import { resolve } from 'node:path';
import { batchOption } from '../../src/content/id-batches.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { compileConcepts } from '../../src/classifier/concepts.ts';
import { compileRequests } from '../../src/classifier/requests.ts';
import { VERDICTS, type Verdict } from '../../src/classifier/types.ts';
import { type Brand, loadBrand } from '../../src/content/brand.ts';
import {
  BATCHES,
  messageBatch,
  type FieldMessage,
  LABELS,
  type Label,
  loadMessages,
  READ_BATCHES,
} from './messages-corpus.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BRAND_FILES = { demo: resolve(ROOT, 'content/brand.yaml'), b: resolve(ROOT, 'test/field/brand-b.yaml') };
export const CORPUS = {
  dev: resolve(ROOT, 'test/field/messages-dev.tsv'),
  held: resolve(ROOT, 'test/field/messages-held.tsv'),
};

/** Issue 10's targets. */
export const TARGETS = Object.freeze({
  scamsCalledOfficial: 0,
  genuineFlaggedMax: 0.03,
  genuineDangerous: 0,
  scamsFlaggedMin: 0.93,
  dangerousJudgedDangerousMin: 0.9,
});

export interface Outcome {
  message: FieldMessage;
  verdict: Verdict;
  topics: string[];
}

export interface Score {
  outcomes: Outcome[];
  confusion: Record<Label, Record<Verdict, number>>;
  scamsCalledOfficial: number;
  genuineFlagged: number;
  genuineDangerous: number;
  scamsFlagged: number;
  dangerousJudgedDangerous: number;
  met: boolean;
}

const flagged = (v: Verdict) => v === 'suspicious' || v === 'dangerous';
const isScam = (l: Label) => l === 'risky' || l === 'dangerous';
const share = (n: number, d: number) => (d ? n / d : 1);

/** Scam-language layers to keep: all (the shipped classifier); the concept grammar alone (phrase rules and example
 *  requests switched off: how far the word families reach on wording no phrase was written for); all but the
 *  concepts (the classifier before them); none (numbers and links only). */
export type Layers = 'all' | 'concepts' | 'no-concepts' | 'none';

export function scoreMessages(
  messages: readonly FieldMessage[],
  brand: Brand,
  layers: Layers = 'all',
  { wording = true } = {},
): Score {
  const classifier = createClassifier(ROOT, brand);
  // The wording model (src/classifier/wording-model.ts) off: the rules alone.
  if (!wording || layers !== 'all') delete classifier.context.wording;
  const language = classifier.context.language;
  if (layers === 'no-concepts') language.concepts = compileConcepts({ families: {} }, language.variants);
  else if (layers !== 'all') {
    language.phrases = { ...language.phrases, rules: [] };
    language.requests = compileRequests({ topics: {} }, language.variants);
    if (layers === 'none') language.concepts = compileConcepts({ families: {} }, language.variants);
  }
  const outcomes = messages.map((message) => {
    const r = classifier.check(message.text, { locale: message.lang });
    return { message, verdict: r.verdict, topics: r.phrases.map((p) => p.topic) };
  });
  const confusion = Object.fromEntries(
    LABELS.map((l) => [l, Object.fromEntries(VERDICTS.map((v) => [v, 0]))]),
  ) as Score['confusion'];
  for (const o of outcomes) confusion[o.message.label][o.verdict]++;
  const scams = outcomes.filter((o) => isScam(o.message.label));
  const genuine = outcomes.filter((o) => !isScam(o.message.label));
  const dangerous = outcomes.filter((o) => o.message.label === 'dangerous');
  const s = {
    outcomes,
    confusion,
    scamsCalledOfficial: scams.filter((o) => o.verdict === 'official').length,
    genuineFlagged: share(genuine.filter((o) => flagged(o.verdict)).length, genuine.length),
    genuineDangerous: genuine.filter((o) => o.verdict === 'dangerous').length,
    scamsFlagged: share(scams.filter((o) => flagged(o.verdict)).length, scams.length),
    dangerousJudgedDangerous: share(dangerous.filter((o) => o.verdict === 'dangerous').length, dangerous.length),
  };
  const met =
    s.scamsCalledOfficial <= TARGETS.scamsCalledOfficial &&
    s.genuineFlagged <= TARGETS.genuineFlaggedMax &&
    s.genuineDangerous <= TARGETS.genuineDangerous &&
    s.scamsFlagged >= TARGETS.scamsFlaggedMin &&
    s.dangerousJudgedDangerous >= TARGETS.dangerousJudgedDangerousMin;
  return { ...s, met };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function report(name: string, s: Score): string {
  const rows = [['label \\ verdict', ...VERDICTS, 'total']];
  for (const l of LABELS) {
    const row = s.confusion[l];
    rows.push([l, ...VERDICTS.map((v) => String(row[v])), String(VERDICTS.reduce((n, v) => n + row[v], 0))]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const table = rows.map((r) => r.map((v, c) => v.padEnd(widths[c]!)).join('  ')).join('\n');
  return [
    `## ${name}`,
    table,
    `scams called official: ${s.scamsCalledOfficial} (target 0)`,
    `genuine flagged: ${pct(s.genuineFlagged)} (target ≤ 3 %), genuine judged dangerous: ${s.genuineDangerous} (target 0)`,
    `scams flagged: ${pct(s.scamsFlagged)} (target ≥ 93 %)`,
    `labelled dangerous judged dangerous: ${pct(s.dangerousJudgedDangerous)} (target ≥ 90 %)`,
    `targets ${s.met ? 'met' : 'NOT met'}`,
  ].join('\n');
}

/** Lines judged against their label: genuine flagged, scams not flagged, dangerous not judged dangerous. */
export function misses(s: Score): Outcome[] {
  return s.outcomes.filter((o) => {
    const l = o.message.label;
    if (!isScam(l)) return flagged(o.verdict) || (l === 'official' && o.verdict !== 'official');
    return !flagged(o.verdict) || (l === 'dangerous' && o.verdict !== 'dangerous');
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const batch = batchOption(process.argv, BATCHES);
  const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--batch');
  const which = args[0] ?? 'dev';
  if (which === 'held' || /held/.test(which))
    throw new Error('the held-out half is a gate only: run test/field/messages.test.ts');
  const file = which === 'dev' ? CORPUS.dev : resolve(which);
  const brandFiles: [string, string][] = args[1] ? [['brand', resolve(args[1])]] : Object.entries(BRAND_FILES);
  for (const [name, brandFile] of brandFiles) {
    const brand = loadBrand(brandFile);
    const all = loadMessages(file, brand);
    if (!all) throw new Error(`${file}: not found`);
    const messages = batch === undefined ? all : all.filter((m) => messageBatch(m.id) === batch);
    const layers = (['concepts-only', 'no-concepts', 'no-language'] as const).find((l) =>
      process.argv.includes(`--${l}`),
    );
    const s = scoreMessages(
      messages,
      brand,
      layers === 'concepts-only' ? 'concepts' : layers === 'no-language' ? 'none' : (layers ?? 'all'),
      { wording: !process.argv.includes('--no-wording') },
    );
    console.log(
      report(
        `${file.replace(`${ROOT}/`, '')}${batch ? ` batch ${batch}` : ''}${layers ? ` (--${layers})` : ''}${process.argv.includes('--no-wording') ? ' (--no-wording)' : ''} × ${name}`,
        s,
      ),
    );
    if (process.argv.includes('--misses')) {
      // On the dev half only READ batches' misses may be read; UNREAD batches stay figures only.
      const read = new Set(READ_BATCHES.split(',').map(Number));
      const readable = (o: Outcome) => which !== 'dev' || read.has(Number(messageBatch(o.message.id)));
      for (const o of misses(s).filter(readable))
        console.log(
          `${o.message.id}\t${o.message.label}\t${o.message.topic}\t→ ${o.verdict} ${o.topics.join(',')}\t${o.message.text.replace(/\n/g, '⏎')}`,
        );
    }
  }
}
