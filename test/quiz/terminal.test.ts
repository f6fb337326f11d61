// `scam-coach quiz` typed into a real terminal: a child process on a pseudo-terminal (util-linux `script`), so stdin
// is a TTY as for a person. After the result it must exit by itself — it used to wait for Ctrl-C.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { loadQuiz, quizItems } from '../../src/quiz/load.ts';
import { ordered } from '../../src/quiz/order.ts';

const ROOT = join(import.meta.dirname, '../..');
const hasScript = spawnSync('script', ['--version']).status === 0;

async function until(child: ChildProcess, out: () => string, text: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!out().includes(text)) {
    if (child.exitCode !== null) throw new Error(`exited before "${text}":\n${out()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${ms} ms:\n${out()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!hasScript)('scam-coach quiz in a terminal', () => {
  it('prints the result and exits with 0 while the terminal stays open', async () => {
    const seed = 99;
    const quiz = loadQuiz(ROOT, loadBrand(join(ROOT, 'content/brand.yaml')));
    const items = ordered(quizItems(quiz, 'pre', 'en'), seed);
    const cmd = `${process.execPath} bin/scam-coach.js quiz --lang en --seed ${seed}`;
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const exited = once(child, 'exit');
    try {
      for (const [i, item] of items.entries()) {
        await until(child, () => out, `Item ${i + 1}/${items.length}`, 20_000);
        child.stdin!.write(item.truth === 'genuine' ? 'g\r' : 's\r');
      }
      await until(child, () => out, 'Discernment', 20_000);
      // stdin is still open (the person has not pressed Ctrl-D): the command must end on its own.
      const timeout = new Promise((r) => setTimeout(() => r('timeout'), 5_000));
      const result = await Promise.race([exited, timeout]);
      expect(result, 'still running 5 s after printing its result').not.toBe('timeout');
      expect((result as [number | null])[0]).toBe(0);
      expect(out).toContain(`Scams spotted: 7/7`);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);

  it('Ctrl-C ends the form with its partial result and exit 130', async () => {
    const cmd = `${process.execPath} bin/scam-coach.js quiz --lang en --seed 7`;
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const exited = once(child, 'exit');
    try {
      await until(child, () => out, 'Item 1/', 20_000);
      child.stdin!.write('g\r');
      await until(child, () => out, 'Item 2/', 20_000);
      child.stdin!.write('\x03');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(130);
      expect(out).toMatch(/Only 1 of \d+ items answered/);
      expect(out).toContain('Discernment');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
