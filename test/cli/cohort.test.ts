import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('terminal training sessions are stored under their cohort', () => {
  const saved = process.env.DATA_DIR;
  const savedRedis = process.env.REDIS_URL;
  beforeAll(() => {
    process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'cohort-'));
    delete process.env.REDIS_URL;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = saved;
    if (savedRedis !== undefined) process.env.REDIS_URL = savedRedis;
  });

  it('train --session and quiz --session feed scam-coach report', async () => {
    const drill = await runCli(['train', 'overseas-service-call', '--answers', '-', '--session', 'cohort-a'], '不用了，我挂了，我自己打官方客服核实\n');
    expect(drill.code).toBe(0);
    const quiz = await runCli(['quiz', '--answers', '-', '--session', 'cohort-a', '--json'], `${'s\n'.repeat(14)}`);
    expect(quiz.code).toBe(0);
    await runCli(['train', 'credit-repair', '--answers', '-', '--session', 'cohort-b'], '好的，验证码是 482913，我马上转账\n'.repeat(6));
    const report = JSON.parse((await runCli(['report', '--session', 'cohort-a', '--format', 'json'])).out);
    expect(report.totals).toMatchObject({ drills: 1, quizzes: 1 });
    const all = JSON.parse((await runCli(['report', '--format', 'json'])).out);
    expect(all.totals.drills).toBe(2);
  });
});
