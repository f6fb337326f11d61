// The CLI as a trainer meets it in a terminal: real child processes for pipes, signals and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const BIN = join(ROOT, 'bin/scam-coach.js');

function sh(script: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', `set -o pipefail; ${script}`], {
    cwd: ROOT,
    env: { ...process.env, ...env, SC: `${process.execPath} ${BIN}` },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('pipes', { timeout: 90_000 }, () => {
  it('a reader that closes the pipe early ends the output quietly (no EPIPE stack)', () => {
    const r = sh('$SC scenarios | head -3; echo "status=$' + '{PIPESTATUS[0]}"');
    expect(r.out.split('\n').slice(0, 3).join('\n')).toMatch(/ID/);
    expect(r.out).toMatch(/status=0/);
    expect(r.err).not.toMatch(/EPIPE|Error|at /);
  });
});

describe('what is echoed back is safe for the terminal', { timeout: 90_000 }, () => {
  it('escape sequences in an input are shown, not obeyed', () => {
    const r = cli(['check', '\u001b]0;PWNED\u0007\u001b[2Jhello 00852 5123 8870 \u009b31m']);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.out).toContain('\\u001b]0;PWNED\\u0007');
    expect(r.out).toContain('\\u009b31m');
  });
  it('JSON output stays valid JSON and keeps the same characters', () => {
    const input = 'x\u009by \u202eevil';
    const r = cli(['check', '--json', input]);
    expect(r.out).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(JSON.parse(r.out).input).toBe(input);
  });
  it('a binary --brand file is one short error line, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-bin-'));
    const file = join(dir, 'brand.yaml');
    writeFileSync(file, Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 256)));
    const r = cli(['check', '--brand', file, '110']);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/brand\.yaml:1:1: not a YAML text file/);
    expect(r.err.length).toBeLessThan(300);
  });
});

describe('empty input and no match', { timeout: 90_000 }, () => {
  it.each([
    ['check', ''],
    ['ask', ''],
    ['check', '   '],
  ])('%s "%s" prints usage and exits 2', (cmd, arg) => {
    const r = cli([cmd, arg]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage: scam-coach/);
    expect(r.out).toBe('');
  });
  it('check - with nothing on stdin exits 2', () => {
    const r = sh('printf "\\n\\n" | $SC check -');
    expect(r.code).toBe(2);
  });
});

describe('one language per run', { timeout: 90_000 }, () => {
  it('several inputs answer in one language, detected once', () => {
    const r = cli(['check', 'is this number legit', '你好 00852 5123 8870']);
    const verdictLines = r.out.split('\n').filter((l) => /^\s+(结论|Verdict)/.test(l));
    expect(verdictLines).toHaveLength(2);
    expect(new Set(verdictLines.map((l) => /结论/.test(l))).size).toBe(1);
  });
  it('--lang decides for every input', () => {
    const r = cli(['check', '--lang', 'zh', 'is this number legit', 'another one']);
    expect(r.out.split('\n').filter((l) => /^\s+结论/.test(l))).toHaveLength(2);
  });
});

describe('report in a terminal', { timeout: 90_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sc-report-'));
  const env = { DATA_DIR: dataDir, REDIS_URL: '' };
  it('seeds demo data that ends today', () => {
    const r = cli(['seed', '--demo', '--count', '2000', '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).added).toBe(2000);
    const report = JSON.parse(cli(['report', '--json'], env).out);
    const days = report.checks.byDay.map((d: { day: string }) => d.day).sort();
    const last = Date.parse(days.at(-1));
    expect(Date.now() - last).toBeLessThan(3 * 86_400_000);
  });
  it('an unknown session is a one-line notice and exit 1', () => {
    const r = cli(['report', '--session', 'nope'], env);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/no outcome matches.*no session "nope"/);
  });
  it('dates in the header are in the zone asked for', () => {
    const r = cli(['report', '--from', '2025-03-10', '--to', '2025-03-12', '--tz', '+08:00'], env);
    const header = r.out.split('\n')[0]!;
    expect(header).toContain('from: 2025-03-10');
    expect(header).toContain('to: 2025-03-12 (included)');
    expect(header).toContain('UTC+08:00');
    expect(header).not.toMatch(/T16:00/);
  });
  it('report --session NAME prints a one-screen summary per scenario with a text bar chart', () => {
    const sessions = JSON.parse(cli(['report', '--json'], env).out).available.sessions as string[];
    const r = cli(['report', '--session', sessions[0]!], env);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    const rows = lines.filter((l) => /\d+ passed, \d+ failed/.test(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const [, passed, failed] = /(\d+) passed, (\d+) failed/.exec(row)!;
      const bar = /\s([█░·]+)\s/.exec(row)?.[1] ?? '';
      if (Number(passed) > 0) expect(bar).toContain('█');
      if (Number(failed) > 0) expect(bar).toContain('░');
    }
    expect(r.out).toMatch(/missed most: .+\(\d+\)/);
  });
});

describe('an interrupted drill speaks the drill’s language', { timeout: 90_000 }, () => {
  it('end of input (as after Ctrl-C) in a Chinese drill prints the Chinese notice only', async () => {
    const { runCli } = await import('../helpers/cli.ts');
    const zh = await runCli(['train', 'overseas-service-call', '--lang', 'zh'], '', ROOT, { interactive: true });
    expect(zh.out).not.toMatch(/drill stopped/i);
    expect(zh.out).toMatch(/演练已停止|已停止|已退出/);
  });
});
