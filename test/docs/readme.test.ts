// README and docs say what is true: every `npx scam-coach …` example line of README runs as written from the project
// folder (except those that need a person at a terminal or start a server), and every relative link in README.md and
// docs/*.md points at a file that exists (and, with #anchor, at a heading in it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The `npx scam-coach` lines of README's shell blocks, in order, without their trailing comments. */
function exampleLines(markdown: string): string[] {
  const out: string[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g))
    for (const line of block[1]!.split('\n'))
      if (/\bnpx scam-coach\b/.test(line)) out.push(line.replace(/\s{2,}#.*$/, '').trim());
  return out;
}

/** Why an example is not run here, or null to run it. */
function skipReason(line: string): string | null {
  if (/\bscam-coach serve\b/.test(line)) return 'starts a server';
  if (/\bscam-coach (train|quiz)\b/.test(line) && !/--answers/.test(line)) return 'interactive: needs a person';
  return null;
}

describe("README's examples run as written", { timeout: 300_000 }, () => {
  const lines = exampleLines(README);
  const dataDir = mkdtempSync(join(tmpdir(), 'sc-readme-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds the examples, and runs most of them', () => {
    expect(lines.length).toBeGreaterThanOrEqual(15);
    const run = lines.filter((l) => skipReason(l) === null);
    expect(run.length).toBeGreaterThanOrEqual(11);
    expect(lines.filter((l) => skipReason(l) !== null).map((l) => l.split(' ').slice(1, 4).join(' '))).toEqual([
      'scam-coach train overseas-service-call',
      'scam-coach train overseas-service-call',
      'scam-coach quiz --phase',
      'scam-coach serve',
    ]);
  });

  // In README order, on one fresh store: `seed` comes before the reports that read what it wrote.
  for (const line of lines.filter((l) => skipReason(l) === null)) {
    it(line, () => {
      const r = spawnSync('bash', ['-c', line], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          DATA_DIR: dataDir,
          npm_config_offline: 'true',
        },
      });
      expect(r.stderr, line).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      expect(r.stdout.trim().length, line).toBeGreaterThan(0);
    });
  }
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)) out.add(slug(m[1]!.trim()));
  return out;
}

describe('links in README.md and docs/ resolve', () => {
  const files = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    const broken: string[] = [];
    for (const link of links) {
      if (/^(https?:|mailto:)/.test(link)) continue;
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path ? resolve(ROOT, dirname(file), path) : join(ROOT, file);
      if (!existsSync(target)) broken.push(`${link}: no such file`);
      else if (anchor && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor))
        broken.push(`${link}: no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
    if (file === 'README.md') expect(links.length).toBeGreaterThan(3);
  });
  it('README names no file outside the repository as its reference', () => {
    expect(README).not.toMatch(/DESIGN\.md/);
  });
});
