import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('scam-coach train --all', () => {
  it('runs every drill from an answers folder and summarises each run', async () => {
    const { code, out } = await runCli(['train', '--all', '--answers-dir', 'test/fixtures/answers', '--json']);
    expect(code).toBe(0);
    const runs = out.trim().split('\n').map((l) => JSON.parse(l));
    const scenarios = (await runCli(['scenarios', '--json'])).out;
    const ids = JSON.parse(scenarios).map((s: { id: string }) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    // The fixtures hold the plain refusal in Chinese and the plain compliance in English for every drill.
    for (const id of ids) {
      expect(runs.find((r) => r.scenario === id && r.locale === 'zh')?.outcome, id).toBe('passed');
      expect(runs.find((r) => r.scenario === id && r.locale === 'en')?.outcome, id).toBe('failed');
    }
  });
});
