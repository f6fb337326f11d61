// `scam-coach scenarios` and `scam-coach train` through the real dispatcher, on the fixture drill.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { FIXTURE_ROOT, ROOT } from './helpers.ts';
import { runCli } from '../helpers/cli.ts';

const BRAND = ['--brand', join(ROOT, 'content/brand.yaml')];

async function cli(argv: string[], stdin = '', interactive = false) {
  const r = await runCli([...argv, ...BRAND], stdin, FIXTURE_ROOT, { interactive });
  return { code: r.code, stdout: r.out, stderr: r.err, lines: r.out.trimEnd().split('\n') };
}

/** A stream that remembers what was written (the Ctrl-C test drives a TTY-like stdin itself). */
function collect() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c) => {
    text += c;
  });
  return { stream, text: () => text };
}

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scam-coach-train-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('scam-coach scenarios', () => {
  it('--json lists id, title, short title, difficulty, topics, locales', async () => {
    const { code, stdout } = await cli(['scenarios', '--json', '--lang', 'en']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        id: 'mini-call',
        title: 'An overseas "support" call',
        shortTitle: 'An overseas "support" call',
        difficulty: 'easy',
        topics: ['overseas-number', 'verification-code'],
        locales: ['zh', 'en'],
      },
    ]);
  });

  it('prints a table otherwise', async () => {
    const { code, stdout } = await cli(['scenarios']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ID\s+TITLE\nmini-call\s+境外"客服"来电\n/);
  });
});

describe('scam-coach train --answers', () => {
  it('--json prints the summary as the last line', async () => {
    const dir = tmp({ 'a.txt': '嗯？\n\n好的\n不用了，我挂了\n' });
    const { code, lines } = await cli(['train', 'mini-call', '--answers', join(dir, 'a.txt'), '--json']);
    expect(code).toBe(0);
    const summary = JSON.parse(lines.at(-1)!);
    expect(Object.keys(summary)).toEqual(['scenario', 'outcome', 'score', 'redFlags', 'turns']);
    expect(summary).toMatchObject({ scenario: 'mini-call', outcome: 'passed', score: 62 });
    expect(summary.turns.map((t: { node: string; judgement: string }) => [t.node, t.judgement])).toEqual([
      ['opening', 'unclear'],
      ['opening', 'risky'],
      ['ask-code', 'safe'],
    ]);
  });

  it('reads answers from stdin with "-", and answers that run out give incomplete', async () => {
    const { code, lines } = await cli(['train', 'mini-call', '--answers', '-', '--json'], '嗯？\n');
    expect(code).toBe(0);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({
      outcome: 'incomplete',
      turns: [{ node: 'opening', judgement: 'unclear' }],
    });
  });

  it('detects the language from the first answer', async () => {
    const { lines } = await cli(['train', 'mini-call', '--answers', '-', '--json'], "No thanks, I'm hanging up\n");
    const summary = JSON.parse(lines.at(-1)!);
    expect(summary.outcome).toBe('passed');
    expect(summary.turns[0].bot).toMatch(/^Hello Ms\. Wang/);
  });

  it('--lang wins over detection', async () => {
    const { lines } = await cli(['train', 'mini-call', '--answers', '-', '--json', '--lang', 'zh'], 'hang up\n');
    expect(JSON.parse(lines.at(-1)!).turns[0].bot).toMatch(/王女士/);
  });

  it('without --json prints the transcript with markers and a summary line', async () => {
    const { code, stdout, stderr } = await cli(['train', 'mini-call', '--answers', '-'], '我挂了\n多余的回答\n');
    expect(code).toBe(0);
    expect(stdout).toContain('【模拟诈骗电话】');
    expect(stdout).toContain('> 我挂了');
    expect(stdout).toContain('第 1 步，共 3 步');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('mini-call: passed, score 100, spotted 0/2, avoided 2');
    expect(stderr).toContain('ended before the last 1 answer');
  });

  it('rejects an unknown drill and a missing id', async () => {
    expect((await cli(['train', 'nope', '--answers', '-'])).code).toBe(2);
    expect((await cli(['train'])).code).toBe(2);
  });
});

describe('scam-coach train --all', () => {
  it('runs every drill with DIR/<id>.txt and DIR/<id>.<locale>.txt and prints a table', async () => {
    const dir = tmp({ 'mini-call.txt': '我挂了\n', 'mini-call.en.txt': 'OK\nthe code is 1234\n' });
    const { code, lines } = await cli(['train', '--all', '--answers-dir', dir]);
    expect(code).toBe(0);
    expect(lines).toEqual([
      'ID         LANG  OUTCOME  SCORE  SPOTTED  AVOIDED  MISSED',
      'mini-call  zh    passed   100    0/2      2',
      'mini-call  en    failed   0      0/3      0        overseas-prefix,knows-data,asks-code',
    ]);
  });

  it('--json prints one summary line per drill', async () => {
    const dir = tmp({ 'mini-call.zh.txt': '嗯？\n' });
    const { code, lines } = await cli(['train', '--all', '--answers-dir', dir, '--json']);
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([
      { scenario: 'mini-call', outcome: 'incomplete', locale: 'zh' },
    ]);
  });

  it('a drill without answers is reported and the exit code is 1', async () => {
    const { code, stderr } = await cli(['train', '--all', '--answers-dir', tmp({})]);
    expect(code).toBe(1);
    expect(stderr).toContain('no answers for "mini-call"');
  });
});

describe('scam-coach train, interactive', () => {
  it('typing a number picks a quick reply; --json prints the summary at the end', async () => {
    const { code, stdout, lines } = await cli(['train', 'mini-call', '--json'], '1\n', true);
    expect(code).toBe(0);
    expect(stdout).toContain('   1) 不用了，我挂了，自己打官方客服核实');
    expect(stdout).toContain('→ 不用了，我挂了，自己打官方客服核实');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({
      outcome: 'passed',
      turns: [{ user: '不用了，我挂了，自己打官方客服核实', judgement: 'safe' }],
    });
  });

  it('switches to English when the first answer is English', async () => {
    const { stdout } = await cli(['train', 'mini-call'], 'what?\nhang up\n', true);
    expect(stdout).toContain('[SIMULATED SCAM CALL] Please cooperate');
  });

  it('Ctrl-C stops the drill: the stopped notice in the drill\'s language, exit 130, no stack trace', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} });
    const stdout = Object.assign(collect(), {});
    Object.assign(stdout.stream, { isTTY: true, columns: 80 });
    const stderr = collect();
    const run = main(['train', 'mini-call', '--json', ...BRAND], {
      stdin,
      stdout: stdout.stream,
      stderr: stderr.stream,
      interactive: true,
      root: FIXTURE_ROOT,
    });
    await new Promise((r) => setTimeout(r, 50));
    stdin.write('嗯？\r');
    await new Promise((r) => setTimeout(r, 50));
    stdin.write('\x03');
    expect(await run).toBe(130);
    const text = stdout.text();
    expect(text).toContain('演练已停止'); // content/replies/drill.yaml `stopped`, in the drill's language only
    expect(text).not.toContain('drill stopped');
    expect(text).toContain('\x1b[1;97;41m【模拟诈骗电话】\x1b[0m'); // coloured marker in a terminal
    expect(JSON.parse(text.trimEnd().split('\n').at(-1)!)).toMatchObject({ outcome: 'incomplete' });
    expect(stderr.text()).toBe('');
  });

  it('the chat\'s stop word ends the drill as not finished, as in the widget', async () => {
    const { code, stdout, lines } = await cli(['train', 'mini-call', '--json'], '嗯？\n退出演练\n我挂了\n', true);
    expect(code).toBe(0);
    expect(stdout).toContain('演练已停止');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ outcome: 'incomplete', turns: [{ user: '嗯？' }] });
  });

  it('end of input stops the drill too', async () => {
    const { code, stdout } = await cli(['train', 'mini-call'], '嗯？\n', true);
    expect(code).toBe(130);
    expect(stdout).toContain('演练已停止');
  });
});
