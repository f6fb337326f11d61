// The server refuses to start on content that `scam-coach content check` rejects (it used to serve half a bot with
// /healthz 200: drills that could no longer end safely, every question falling back), and `content check` rejects
// official numbers that are only a prefix ("+86", "000" made every number starting with them look official).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isWholeNumber } from '../../src/content/brand.ts';
import { ContentError } from '../../src/content/yaml-source.ts';
import { runCli } from '../helpers/cli.ts';
import { ROOT } from '../helpers/content.ts';
import { startTestServer } from '../helpers/server.ts';

const roots: string[] = [];
/** A copy of the shipped content and drills, with `edit` applied to one file. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'scam-coach-content-'));
  roots.push(root);
  for (const dir of ['content', 'scenarios']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  writeFileSync(join(root, file), edit(readFileSync(join(root, file), 'utf8')));
  return root;
}
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

const BREAKAGES: { name: string; file: string; edit: (t: string) => string }[] = [
  {
    name: 'a YAML syntax error in the shared intents',
    file: 'scenarios/intents.yaml',
    edit: (t) => `${t}\n  broken: [unclosed\n`,
  },
  { name: 'a broken FAQ file', file: 'content/faq/zh-calls.yaml', edit: (t) => `${t}\n: [broken\n` },
  { name: 'a broken drill', file: 'scenarios/apk-install.yaml', edit: (t) => `${t}\n\t- tab: indented\n` },
  {
    name: 'a prefix-only official number',
    file: 'content/brand.yaml',
    edit: (t) => t.replace('"400-000-0000"', '"+86"'),
  },
  {
    name: 'a place under a region no calling code serves',
    file: 'content/places.yaml',
    edit: (t) => t.replace('  FR: [', '  XX: ['),
  },
  {
    name: 'a defining act under a topic the taxonomy lacks',
    file: 'content/faq-lexicon.yaml',
    edit: (t) => t.replace('  task-scam:', '  lottery-scam:'),
  },
];

describe('content gate at start', () => {
  for (const b of BREAKAGES) {
    it(`refuses to start on ${b.name}: file:line:col, like content check`, { timeout: 30_000 }, async () => {
      const root = brokenCopy(b.file, b.edit);
      const check = await runCli(['content', 'check', root]);
      expect(check.code).toBe(1);
      const lines = check.out.trim().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^[\w./-]+:\d+:\d+: /);
      expect(check.out).toContain(`${b.file}:`);

      const err = await startTestServer({ root, brandFile: join(root, 'content/brand.yaml') }).catch((e) => e);
      expect(err).toBeInstanceOf(ContentError);
      expect(
        (err as ContentError).problems.map((p) => p.file),
        err.message,
      ).toContain(b.file);

      // `scam-coach serve` (npm start): the problems, exit 1, no stack trace.
      const serve = await runCli(['serve'], '', root);
      expect(serve.code).toBe(1);
      expect(serve.err).toMatch(new RegExp(`${b.file.replace(/[./]/g, '\\$&')}:\\d+:\\d+: `));
      expect(serve.err).not.toMatch(/\n\s+at /);
    });
  }
});

describe('official numbers must be whole numbers', () => {
  it('accepts hotlines, service numbers and E.164 numbers; rejects bare prefixes', () => {
    for (const ok of ['400-000-0000', '95588', '10086', '+86 21 0000 0000', '0086 21 0000 0000', '021-0000-0000'])
      expect(isWholeNumber(ok), ok).toBe(true);
    for (const bad of ['+86', '000', '0086', '+852', '00852', '+1 800', '400', '9558'])
      expect(isWholeNumber(bad), bad).toBe(false);
  });
});
