// Splits ONE new, fully labelled batch of field questions into a dev and a held-out half and APPENDS each half to
// test/field/questions-dev.tsv / questions-held.tsv — the same way the first batch was split (see QUESTIONS.md):
// strata are route × style × first topic id; inside a stratum lines are ordered by sha256(seed + "\t" + id) and
// dealt alternately to dev and held; an odd stratum's extra line goes to the half that is behind in its route × style
// cell, on a tie to the half its topic's toggle points at (flipped at each use). Each batch gets its own seed string,
// so no batch's split depends on another's. Refuses if any draft id already exists in either half.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byIdNumber } from '../../src/content/id-batches.ts';

export const QUESTION_HEADER = 'id\troute\ttopic\tstyle\tlang\ttext\tsource';

export interface QuestionRow {
  id: string;
  route: string;
  topic: string;
  style: string;
  lang: string;
  line: string;
}

/** The rows of a questions file (header and `#` lines skipped); throws naming file:line on a malformed line. */
export function readQuestionRows(path: string): QuestionRow[] {
  const rows: QuestionRow[] = [];
  for (const [i, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (line === '' || line.startsWith('#') || line === QUESTION_HEADER) continue;
    const fields = line.split('\t');
    const [id, route, topic, style, lang] = fields;
    if (fields.length !== 7 || !id || !route || !topic || !style || !lang) {
      throw new Error(
        `${path}:${i + 1}:1: expected 7 tab-separated fields (${QUESTION_HEADER.replaceAll('\t', ', ')})`,
      );
    }
    rows.push({ id, route, topic, style, lang, line });
  }
  return rows;
}

const firstTopic = (r: QuestionRow) => r.topic.split('|')[0] ?? r.topic;
const cellOf = (r: QuestionRow) => `${r.route}/${r.style}`;

/** Deterministic stratified split of one batch; `seed` is the batch's own seed string. */
export function splitQuestionBatch(rows: QuestionRow[], seed: string): { dev: QuestionRow[]; held: QuestionRow[] } {
  const order = (id: string) => createHash('sha256').update(`${seed}\t${id}`).digest('hex');
  const strata = new Map<string, QuestionRow[]>();
  for (const row of rows) {
    const key = `${cellOf(row)}/${firstTopic(row)}`;
    strata.set(key, [...(strata.get(key) ?? []), row]);
  }
  const dev: QuestionRow[] = [];
  const held: QuestionRow[] = [];
  const cells = new Map<string, number>(); // dev minus held per route × style cell
  const toggles = new Map<string, boolean>(); // per topic: true → the next tie goes to dev
  for (const key of [...strata.keys()].sort()) {
    const group = [...(strata.get(key) ?? [])].sort((a, b) => order(a.id).localeCompare(order(b.id)));
    for (const [i, row] of group.entries()) {
      const cell = cellOf(row);
      let toDev = i % 2 === 0;
      if (i === group.length - 1 && group.length % 2 === 1) {
        const lead = cells.get(cell) ?? 0;
        if (lead !== 0) toDev = lead < 0;
        else {
          toDev = toggles.get(firstTopic(row)) ?? true;
          toggles.set(firstTopic(row), !toDev);
        }
      }
      (toDev ? dev : held).push(row);
      cells.set(cell, (cells.get(cell) ?? 0) + (toDev ? 1 : -1));
    }
  }
  const byId = (a: QuestionRow, b: QuestionRow) => a.id.localeCompare(b.id);
  return { dev: dev.sort(byId), held: held.sort(byId) };
}

function table(title: string, dev: QuestionRow[], held: QuestionRow[], key: (r: QuestionRow) => string): string[] {
  const count = (rows: QuestionRow[]) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return m;
  };
  const d = count(dev);
  const h = count(held);
  const keys = [...new Set([...d.keys(), ...h.keys()])].sort();
  return [
    `${title.padEnd(40)}  dev  held`,
    ...keys.map((k) => `${k.padEnd(40)} ${String(d.get(k) ?? 0).padStart(4)} ${String(h.get(k) ?? 0).padStart(5)}`),
  ];
}

/** Splits the draft and appends the halves to `dir`/questions-{dev,held}.tsv; returns the report to print. */
export function appendQuestionBatch(draft: string, seed: string, dir: string): string {
  const devPath = join(dir, 'questions-dev.tsv');
  const heldPath = join(dir, 'questions-held.tsv');
  const existing = new Set([...readQuestionRows(devPath), ...readQuestionRows(heldPath)].map((r) => r.id));
  const rows = readQuestionRows(draft);
  const seen = new Set<string>();
  for (const r of rows) {
    if (existing.has(r.id)) throw new Error(`${draft}: id ${r.id} already exists in a half: a batch only adds new ids`);
    if (seen.has(r.id)) throw new Error(`${draft}: id ${r.id} appears twice`);
    seen.add(r.id);
  }
  const { dev, held } = splitQuestionBatch(rows, seed);
  const fraudTopics = new Set(rows.filter((r) => r.route === 'fraud').map(firstTopic));
  const missing = [...fraudTopics].filter(
    (t) => !dev.some((r) => firstTopic(r) === t) || !held.some((r) => firstTopic(r) === t),
  );
  if (missing.length > 0) throw new Error(`topics missing from a half: ${missing.join(', ')}`);
  for (const [path, half] of [
    [devPath, dev],
    [heldPath, held],
  ] as const) {
    const text = readFileSync(path, 'utf8');
    appendFileSync(path, `${text.endsWith('\n') ? '' : '\n'}${half.map((r) => `${r.line}\n`).join('')}`);
  }
  const ids = rows.map((r) => r.id).sort(byIdNumber);
  return [
    ...table('route', dev, held, (r) => r.route),
    '',
    ...table('route × style', dev, held, cellOf),
    '',
    ...table(
      'fraud topic (first id)',
      dev.filter((r) => r.route === 'fraud'),
      held.filter((r) => r.route === 'fraud'),
      firstTopic,
    ),
    '',
    `batch ${ids[0]}–${ids.at(-1)}: ${dev.length} appended to ${devPath}, ${held.length} to ${heldPath} (seed "${seed}")`,
  ].join('\n');
}
