// Splits a written and labelled messages draft into a dev half and a held-out half.
// Deterministic: a seeded shuffle inside each stratum (label × topic for scams, label × lang for genuine
// messages), then alternate assignment, so every label, language and topic lands in both halves.
// Usage:
//   npx tsx test/field/split.ts [draft.tsv]
//     the first draft, split ONCE into new halves next to it (refuses to overwrite existing halves);
//   npx tsx test/field/split.ts --append batch.tsv [--seed N]
//     a later, separately written batch, split the same way with its own seed and appended to the existing
//     test/field/messages-dev.tsv and messages-held.tsv (refuses if any of its ids is already in either half).
//   npx tsx test/field/split.ts --questions-batch DRAFT.tsv --seed "scam-coach questions split batch N YYYY-MM-DD"
//     a new batch of field QUESTIONS, split the way the first batch was and appended to questions-dev.tsv and
//     questions-held.tsv (split-questions.ts; see QUESTIONS.md).
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { mulberry32 } from '../../src/content/prng.ts';
import { byIdNumber } from '../../src/content/id-batches.ts';
import { appendQuestionBatch } from './split-questions.ts';

const SEED = 20261129; // the first split
const BATCH_SEED = 20261130; // default for --append; pass --seed to give a later batch its own
const HEADER = 'id\tlabel\ttopic\tlang\ttext\tsource';

interface Row {
  id: string;
  label: string;
  topic: string;
  lang: string;
  line: string;
}

function readRows(path: string): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#') || line === HEADER) continue;
    const [id, label, topic, lang] = line.split('\t');
    if (!id || !label || !topic || !lang || line.split('\t').length !== 6) {
      throw new Error(`${path}: malformed line: ${line.slice(0, 60)}`);
    }
    rows.push({ id, label, topic, lang, line });
  }
  return rows;
}

function split(rows: Row[], seed: number): { dev: Row[]; held: Row[] } {
  const strata = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.label}/${row.topic === '-' ? row.lang : row.topic}`;
    strata.set(key, [...(strata.get(key) ?? []), row]);
  }
  const random = mulberry32(seed);
  const dev: Row[] = [];
  const held: Row[] = [];
  let offset = 0; // flips after each odd-sized stratum so the two halves stay within one line of each other
  for (const key of [...strata.keys()].sort()) {
    const group = [...(strata.get(key) ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [group[i], group[j]] = [group[j]!, group[i]!];
    }
    for (const [i, row] of group.entries()) ((i + offset) % 2 === 0 ? dev : held).push(row);
    if (group.length % 2 === 1) offset ^= 1;
  }
  const byId = (a: Row, b: Row) => a.id.localeCompare(b.id);
  return { dev: dev.sort(byId), held: held.sort(byId) };
}

function write(path: string, half: string, rows: Row[]): void {
  const note = `# scam-coach field corpus: messages, ${half} half (split once from the draft, seed ${SEED}). See test/field/README.md.`;
  writeFileSync(path, `${[note, HEADER, ...rows.map((r) => r.line)].join('\n')}\n`);
}

function count(rows: Row[], key: (r: Row) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return counts;
}

function table(title: string, dev: Row[], held: Row[], key: (r: Row) => string): string[] {
  const d = count(dev, key);
  const h = count(held, key);
  const keys = [...new Set([...d.keys(), ...h.keys()])].sort();
  return [
    `${title.padEnd(32)}  dev  held`,
    ...keys.map((k) => `${k.padEnd(32)} ${String(d.get(k) ?? 0).padStart(4)} ${String(h.get(k) ?? 0).padStart(5)}`),
  ];
}

function report(dev: Row[], held: Row[]): string {
  const scams = (r: Row) => r.topic !== '-';
  return [
    ...table('label', dev, held, (r) => r.label),
    '',
    ...table('lang', dev, held, (r) => r.lang),
    '',
    ...table('topic (risky + dangerous)', dev.filter(scams), held.filter(scams), (r) => r.topic),
    '',
    `total ${dev.length} dev, ${held.length} held`,
  ].join('\n');
}

function splitChecked(rows: Row[], seed: number): { dev: Row[]; held: Row[] } {
  const ids = rows.map((r) => r.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) fail(`ids repeated in the draft: ${[...new Set(repeated)].join(', ')}`);
  const { dev, held } = split(rows, seed);
  const scams = (r: Row) => r.topic !== '-';
  const missing = [...new Set(rows.filter(scams).map((r) => r.topic))].filter(
    (t) => !dev.some((r) => r.topic === t) || !held.some((r) => r.topic === t),
  );
  if (missing.length > 0) fail(`topics missing from a half: ${missing.join(', ')}`);
  return { dev, held };
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** First draft: split once into new halves next to it. */
function splitOnce(draft: string): void {
  const devPath = join(dirname(draft), 'messages-dev.tsv');
  const heldPath = join(dirname(draft), 'messages-held.tsv');
  if (existsSync(devPath) || existsSync(heldPath)) {
    fail(`${devPath} or ${heldPath} exists: the corpus is split once; add a new batch with --append.`);
  }
  const { dev, held } = splitChecked(readRows(draft), SEED);
  write(devPath, 'dev', dev);
  write(heldPath, 'held-out', held);
  console.log(report(dev, held));
}

/** A later batch: split with its own seed and append each half, under a comment naming the batch. */
function appendBatch(draft: string, seed: number): void {
  const devPath = join(import.meta.dirname, 'messages-dev.tsv');
  const heldPath = join(import.meta.dirname, 'messages-held.tsv');
  if (!existsSync(devPath) || !existsSync(heldPath)) fail(`${devPath} and ${heldPath} must exist to append a batch.`);
  const rows = readRows(draft);
  const existing = new Set([...readRows(devPath), ...readRows(heldPath)].map((r) => r.id));
  const clashes = rows.filter((r) => existing.has(r.id)).map((r) => r.id);
  if (clashes.length > 0) fail(`ids already in the corpus: ${clashes.join(', ')} — a batch continues the numbering.`);
  const { dev, held } = splitChecked(rows, seed);
  const ids = rows.map((r) => r.id).sort(byIdNumber);
  const note = `# batch ${basename(draft)}: ${ids[0]}–${ids.at(-1)}, ${rows.length} lines split with seed ${seed}`;
  appendFileSync(devPath, `${[note, ...dev.map((r) => r.line)].join('\n')}\n`);
  appendFileSync(heldPath, `${[note, ...held.map((r) => r.line)].join('\n')}\n`);
  console.log(report(dev, held));
}

/** A new batch of field questions: its seed is a string (sha256 order, as for the first questions batch). */
function questionsBatch(args: string[]): void {
  const draft = args[1];
  const seed = args.includes('--seed') ? args[args.indexOf('--seed') + 1] : undefined;
  if (!draft || !seed)
    fail('usage: split.ts --questions-batch DRAFT.tsv --seed "scam-coach questions split batch N YYYY-MM-DD"');
  try {
    console.log(appendQuestionBatch(draft, seed, import.meta.dirname));
  } catch (error) {
    fail((error as Error).message);
  }
}

function main(args: string[]): void {
  if (args[0] === '--questions-batch') {
    questionsBatch(args);
    return;
  }
  const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const batch = at('--append');
  if (args.includes('--append') && !batch) fail('usage: split.ts --append batch.tsv [--seed N]');
  const seedArg = at('--seed');
  const seed = seedArg === undefined ? BATCH_SEED : Number(seedArg);
  if (!Number.isInteger(seed)) fail(`--seed must be an integer, got ${seedArg}`);
  if (batch) appendBatch(batch, seed);
  else splitOnce(args[0] ?? join(import.meta.dirname, 'messages.draft.tsv'));
}

main(process.argv.slice(2));
