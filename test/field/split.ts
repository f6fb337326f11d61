// Splits the written and labelled messages draft ONCE into a dev half and a held-out half.
// Deterministic: a seeded shuffle inside each stratum (label × topic for scams, label × lang for genuine
// messages), then alternate assignment, so every label, language and topic lands in both halves.
// Usage: npx tsx test/field/split.ts [draft.tsv]   (refuses to overwrite existing halves: split once)
// A new batch of field QUESTIONS is split and appended to the existing halves instead (split-questions.ts):
//   npx tsx test/field/split.ts --questions-batch DRAFT.tsv --seed "scam-coach questions split batch N YYYY-MM-DD"
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mulberry32 } from '../../src/content/prng.ts';
import { appendQuestionBatch } from './split-questions.ts';

const SEED = 20261129;
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

function split(rows: Row[]): { dev: Row[]; held: Row[] } {
  const strata = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.label}/${row.topic === '-' ? row.lang : row.topic}`;
    strata.set(key, [...(strata.get(key) ?? []), row]);
  }
  const random = mulberry32(SEED);
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

function questionsBatch(args: string[]): void {
  const draft = args[1];
  const seedAt = args.indexOf('--seed');
  const seed = seedAt > 0 ? args[seedAt + 1] : undefined;
  if (!draft || !seed) {
    console.error('usage: split.ts --questions-batch DRAFT.tsv --seed "scam-coach questions split batch N YYYY-MM-DD"');
    process.exit(1);
  }
  try {
    console.log(appendQuestionBatch(draft, seed, import.meta.dirname));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

function messages(): void {
  const draft = process.argv[2] ?? join(import.meta.dirname, 'messages.draft.tsv');
  const devPath = join(dirname(draft), 'messages-dev.tsv');
  const heldPath = join(dirname(draft), 'messages-held.tsv');
  if (existsSync(devPath) || existsSync(heldPath)) {
    console.error(`${devPath} or ${heldPath} exists: the corpus is split once; add a new batch as a separate split.`);
    process.exit(1);
  }
  const { dev, held } = split(readRows(draft));
  const scams = (r: Row) => r.topic !== '-';
  const missing = [...new Set([...dev, ...held].filter(scams).map((r) => r.topic))].filter(
    (t) => !dev.some((r) => r.topic === t) || !held.some((r) => r.topic === t),
  );
  if (missing.length > 0) {
    console.error(`topics missing from a half: ${missing.join(', ')}`);
    process.exit(1);
  }
  write(devPath, 'dev', dev);
  write(heldPath, 'held-out', held);
  console.log(
    [
      ...table('label', dev, held, (r) => r.label),
      '',
      ...table('lang', dev, held, (r) => r.lang),
      '',
      ...table('topic (risky + dangerous)', dev.filter(scams), held.filter(scams), (r) => r.topic),
      '',
      `total ${dev.length} dev, ${held.length} held`,
    ].join('\n'),
  );
}

if (process.argv[2] === '--questions-batch') questionsBatch(process.argv.slice(2));
else messages();
