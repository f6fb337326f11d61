// The red-flag taxonomy: the YAML matches the typed union, every scenario red flag is in it under its current
// name, and `content check` points at the exact id to fix in a scenario file.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRedFlags, RED_FLAG_IDS, redFlagsSchema } from '../../src/content/red-flags.ts';
import { loadYamlFile } from '../../src/content/yaml-source.ts';
import { runCli } from '../helpers/cli.ts';
import { ROOT } from '../helpers/content.ts';

const taxonomy = loadRedFlags(ROOT);

describe('red-flag taxonomy', () => {
  it('the TypeScript union lists exactly the ids of content/red-flags.yaml', () => {
    const file = parse(readFileSync(resolve(ROOT, 'content/red-flags.yaml'), 'utf8')).red_flags;
    expect([...RED_FLAG_IDS].sort()).toEqual(Object.keys(file).sort());
  });

  it('every red flag of every scenario is a current id, each with zh and en labels', () => {
    const used = new Set<string>();
    for (const f of ['apk-install', 'overseas-service-call', 'screen-sharing', 'limit-boost', 'phishing-sms-link']) {
      const s = parse(readFileSync(resolve(ROOT, `scenarios/${f}.yaml`), 'utf8'));
      for (const flag of s.red_flags) used.add(flag.id);
    }
    for (const id of used) {
      expect(taxonomy.canonical(id), id).toBe(id);
      expect(taxonomy.labels(id)?.zh).toMatch(/\p{Script=Han}/u);
      expect(taxonomy.labels(id)?.en).toMatch(/[a-z]/);
    }
  });

  it('one idea, one id: the old names map to the current one and share its label', () => {
    expect(taxonomy.canonical('overseas-prefix')).toBe('overseas-number');
    expect(taxonomy.canonical('asks-code')).toBe('asks-for-code');
    expect(taxonomy.label('asks-code', 'en')).toBe(taxonomy.label('asks-for-code', 'en'));
    expect(taxonomy.canonical('no-such-flag')).toBeUndefined();
    expect(taxonomy.label('no-such-flag', 'zh')).toBe('no-such-flag');
  });

  it('a wrong taxonomy file is reported as file:line:col', () => {
    const body =
      'red_flags:\n  foo:\n    zh: 甲\n    en: a\n  asks-for-code:\n    zh: 乙\n    en: b\n    aliases: [overseas-number, x, x]\n';
    const lines = loadYamlFile('red-flags.yaml', redFlagsSchema, body).problems.map(
      (p) => `${p.file}:${p.line}:${p.col}: ${p.message}`,
    );
    expect(lines).toContain(
      'red-flags.yaml:3:5: red_flags.foo: "foo" is not in RED_FLAG_IDS (src/content/red-flags.ts): add it there too',
    );
    expect(lines).toContain(
      'red-flags.yaml:8:15: red_flags.asks-for-code.aliases[0]: "overseas-number" is a red flag of its own, not an old name',
    );
    expect(lines).toContain(
      'red-flags.yaml:8:35: red_flags.asks-for-code.aliases[2]: "x" is already an old name of "asks-for-code"',
    );
    expect(lines.some((l) => /missing red flags: overseas-number/.test(l))).toBe(true);
  });
});

describe('content check of scenario red flags', () => {
  it('an unknown id and an old name are errors at the id itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'red-flags-'));
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    cpSync(join(ROOT, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
    const file = join(dir, 'scenarios/overseas-service-call.yaml');
    // Only the red-flag id tokens (topics share some ids).
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) =>
        /^\s*(- id:|red_flags:)/.test(l)
          ? l.replace(/\boverseas-number\b/g, 'overseas-prefix').replace(/\bsafe-account\b/g, 'money-move')
          : l,
      )
      .join('\n');
    writeFileSync(file, text);
    const lines = text.split('\n');
    const at = (token: string) => {
      const line = lines.findIndex((l) => l.includes(`- id: ${token}`));
      return `${line + 1}:${lines[line]!.indexOf(token) + 1}`;
    };
    const { code, out } = await runCli(['content', 'check', dir]);
    expect(code).toBe(1);
    expect(out).toContain(
      `scenarios/overseas-service-call.yaml:${at('overseas-prefix')}: red_flags[0].id: "overseas-prefix" is an old name: use "overseas-number" (content/red-flags.yaml)`,
    );
    expect(out).toContain(
      `scenarios/overseas-service-call.yaml:${at('money-move')}: red_flags[4].id: unknown red flag "money-move" (not in content/red-flags.yaml)`,
    );
  });
});
