// The question-batch splitter on synthetic rows (never on the corpus): every line lands in exactly one half, each
// route × style cell stays within one line of 50/50, the split is reproducible from its seed, and appending refuses
// ids that already exist without touching either half.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendQuestionBatch, QUESTION_HEADER, type QuestionRow, splitQuestionBatch } from './split-questions.ts';

const STYLES = ['plain', 'voice', 'mixed'];
const TOPICS = ['upfront-fee', 'safe-account', 'fake-app'];

function row(n: number, route: string, topic: string, style: string): QuestionRow {
  const id = `q${String(n).padStart(4, '0')}`;
  return { id, route, topic, style, lang: 'zh', line: [id, route, topic, style, 'zh', `text ${n}`, 'test'].join('\t') };
}

function batch(): QuestionRow[] {
  const rows: QuestionRow[] = [];
  let n = 1000;
  for (const topic of TOPICS)
    for (const style of STYLES) for (let k = 0; k < 3; k++) rows.push(row(n++, 'fraud', topic, style));
  for (const style of STYLES) rows.push(row(n++, 'product', 'none', style), row(n++, 'smalltalk', 'none', style));
  return rows;
}

describe('splitQuestionBatch', () => {
  it('puts every line in exactly one half, each route × style cell within one line of even', () => {
    const rows = batch();
    const { dev, held } = splitQuestionBatch(rows, 'seed A');
    expect([...dev, ...held].map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const cell of new Set(rows.map((r) => `${r.route}/${r.style}`))) {
      const inCell = (r: QuestionRow) => `${r.route}/${r.style}` === cell;
      expect(Math.abs(dev.filter(inCell).length - held.filter(inCell).length)).toBeLessThanOrEqual(1);
    }
  });

  it('is reproducible from its seed and differs with another seed', () => {
    const ids = (seed: string) => splitQuestionBatch(batch(), seed).dev.map((r) => r.id);
    expect(ids('seed A')).toEqual(ids('seed A'));
    expect(ids('seed B')).not.toEqual(ids('seed A'));
  });
});

describe('appendQuestionBatch', () => {
  function folder(existingId: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'qsplit-'));
    writeFileSync(
      join(dir, 'questions-dev.tsv'),
      `${QUESTION_HEADER}\n${row(Number(existingId.slice(1)), 'other', 'none', 'plain').line}\n`,
    );
    writeFileSync(join(dir, 'questions-held.tsv'), `${QUESTION_HEADER}\n`);
    writeFileSync(
      join(dir, 'draft.tsv'),
      `${QUESTION_HEADER}\n${batch()
        .map((r) => r.line)
        .join('\n')}\n`,
    );
    return dir;
  }

  it('appends both halves after the existing lines', () => {
    const dir = folder('q0001');
    appendQuestionBatch(join(dir, 'draft.tsv'), 'seed A', dir);
    const dev = readFileSync(join(dir, 'questions-dev.tsv'), 'utf8').trim().split('\n');
    const held = readFileSync(join(dir, 'questions-held.tsv'), 'utf8').trim().split('\n');
    expect(dev[1]?.startsWith('q0001\t')).toBe(true);
    expect(dev.length - 2 + held.length - 1).toBe(batch().length);
  });

  it('refuses a draft whose id already exists in a half, leaving the halves untouched', () => {
    const dir = folder('q1004');
    const before = readFileSync(join(dir, 'questions-dev.tsv'), 'utf8');
    expect(() => appendQuestionBatch(join(dir, 'draft.tsv'), 'seed A', dir)).toThrow(/q1004 already exists/);
    expect(readFileSync(join(dir, 'questions-dev.tsv'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'questions-held.tsv'), 'utf8')).toBe(`${QUESTION_HEADER}\n`);
  });
});
