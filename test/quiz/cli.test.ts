import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { parseAnswer } from '../../src/quiz/answer.ts';
import { loadQuiz, quizItems } from '../../src/quiz/load.ts';
import { ordered } from '../../src/quiz/order.ts';
import { loadQuizReplies, QuizWording } from '../../src/quiz/replies.ts';
import { runCli } from '../helpers/cli.ts';

const ROOT = join(import.meta.dirname, '../..');
const quiz = loadQuiz(ROOT, loadBrand(join(ROOT, 'content/brand.yaml')));

async function quizCli(argv: string[], stdin = '', interactive = false) {
  const r = await runCli(['quiz', '--seed', SEED, ...argv], stdin, ROOT, { interactive });
  return { code: r.code, stdout: r.out, stderr: r.err };
}

// Every run here fixes the order with --seed: answers are written for the items as this seed shows them.
const SEED = '12345';
const shown = (phase: 'pre' | 'post', locale: 'zh' | 'en' = 'zh') => ordered(quizItems(quiz, phase, locale), Number(SEED));
const truths = (phase: 'pre' | 'post') => shown(phase).map((i) => i.truth);

describe('parseAnswer', () => {
  it.each([
    ['genuine', 'genuine'],
    ['G', 'genuine'],
    ['1', 'genuine'],
    ['真', 'genuine'],
    ['真的', 'genuine'],
    ['１', 'genuine'],
    ['scam', 'scam'],
    ['s', 'scam'],
    ['2', 'scam'],
    ['假', 'scam'],
    ['骗局', 'scam'],
    [' Scam. ', 'scam'],
    ['詐騙', 'scam'],
  ])('%j → %s', (input, want) => expect(parseAnswer(input)).toBe(want));
  it.each(['', 'maybe', '3', 'not sure'])('%j is not an answer', (input) => expect(parseAnswer(input)).toBeUndefined());
});

describe('scam-coach quiz, scripted', () => {
  it('all correct: every item correct, hit rate 1, no false alarms, d′ from the corrected rates', async () => {
    const t = truths('post');
    const { code, stdout } = await quizCli(['--phase', 'post', '--answers', '-', '--json'], t.join('\n'));
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(result).toMatchObject({ phase: 'post', locale: 'zh', seed: 12345, complete: true, hitRate: 1, falseAlarmRate: 0 });
    expect(result.items.map((i: { id: string }) => i.id)).toEqual(shown('post').map((i) => i.id));
    expect(result.items).toHaveLength(t.length);
    expect(result.items.every((i: { correct: boolean }) => i.correct)).toBe(true);
    expect(Object.keys(result.items[0])).toEqual(['id', 'truth', 'answer', 'correct']);
    expect(result.dPrime).toBeCloseTo(3.068, 2); // 7 scam and 7 genuine items: z(7.5/8) − z(0.5/8)
  });

  it('calling everything a scam is caught by the false-alarm rate (d′ ≈ 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quiz-'));
    const file = join(dir, 'answers.txt');
    // Mixed spellings, a comment and blank lines, as a person would write the file.
    writeFileSync(
      file,
      `# all scam\n${truths('pre')
        .map((_, i) => ['scam', '假', 's', '2'][i % 4])
        .join('\n\n')}\n`,
    );
    const { code, stdout } = await quizCli(['--answers', file, '--json', '--lang', 'en']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ phase: 'pre', locale: 'en', hitRate: 1, falseAlarmRate: 1 });
    expect(result.dPrime).toBeCloseTo(0, 9);
  });

  it('prints each item, the answer and the explanation, then the summary', async () => {
    const t = truths('pre');
    // Every answer right but the first.
    const answers = t.map((truth, i) => ((truth === 'genuine') !== (i === 0) ? 'g' : 's'));
    const { code, stdout } = await quizCli(['--answers', '-', '--lang', 'en'], answers.join('\n'));
    expect(code).toBe(0);
    const first = shown('pre', 'en')[0]!;
    const wording = new QuizWording(loadQuizReplies(ROOT), quiz.brand, 'en');
    expect(stdout).toContain(wording.item(first, 1, t.length));
    expect(stdout).toContain(`✗ Not quite. ${first.explain}`);
    expect(stdout).toContain(
      first.truth === 'genuine' ? 'Genuine contacts taken for scams: 1/7 (false-alarm rate 14%)' : 'Scams spotted: 6/7',
    );
    expect(stdout).toMatch(/Discernment d′ = \d\.\d\d/);
  });

  it('answers that run out give a partial result and exit 1', async () => {
    const { code, stdout, stderr } = await quizCli(['--answers', '-', '--json'], 'g\ns\n');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      complete: false,
      items: [{ id: shown('pre')[0]!.id, answer: 'genuine' }, { id: shown('pre')[1]!.id, answer: 'scam' }],
    });
    expect(stderr).toContain('2/14');
  });

  it('an unreadable answer names its line; bad options are usage errors', async () => {
    const bad = await quizCli(['--answers', '-'], 'g\n\nperhaps\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('answers line 3: "perhaps"');
    expect((await quizCli(['--phase', 'middle'])).code).toBe(2);
    expect((await quizCli(['--lang', 'fr'])).code).toBe(2);
    expect((await runCli(['quiz', '--seed', '-1'], '', ROOT)).code).toBe(2);
    expect((await quizCli(['--answers', '/nonexistent/answers.txt'])).stderr).toContain('cannot read answers file');
  });
});

describe('scam-coach quiz, interactive', () => {
  it('asks again after an unclear answer and shows the explanation after each item', async () => {
    const t = truths('pre');
    const typed = ['hmm', ...t.map((x) => (x === 'genuine' ? 'g' : 's'))].join('\n');
    const { code, stdout } = await quizCli([], typed, true);
    expect(code).toBe(0);
    expect(stdout).toContain('没看懂这个回答');
    expect(stdout.match(/✓ 答对了/g)).toHaveLength(t.length);
    expect(stdout).toContain('误报率 0%');
  });

  it('with --json the conversation goes to stderr and stdout holds only the result', async () => {
    const t = truths('pre');
    const { stdout, stderr } = await quizCli(['--json'], t.join('\n'), true);
    expect(JSON.parse(stdout).complete).toBe(true);
    expect(stderr).toContain('真的还是骗局');
  });
});
