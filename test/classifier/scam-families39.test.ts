// Scams read `unknown` or `official` (session 39, issue 10): one family per commit, each read from its rows of
// scam-families39.tsv (sources in the file). The rows speak of the platform by placeholder ({brand}, {hotline},
// {domain} …), filled from each test brand. Under both brands: a family's scams are flagged by the rules alone and its
// counters are not (never dangerous with the wording model); a scam wearing the platform (kind `wear`) is never
// `official`, by the rules alone or shipped; the platform's own notice (kind `own`) is `official` both ways.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { check } from '../../src/classifier/check.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { placeholders } from '../field/messages-corpus.ts';

vi.setConfig({ testTimeout: 60_000 });

const rows = readFileSync(resolve(import.meta.dirname, 'scam-families39.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string, string, string]);

const FAMILIES = {
  // `official` vouches that the message asks nothing outside the genuine channel: a code for the caller, an app that
  // is not the brand's, a charge to ring and stop, money into a new account are levers no notice of the brand pulls.
  'official-lever': "a scam naming only the platform's own contacts and pulling a lever (official-levers.ts)",
  // "你被冒充客服骗的钱已追回，交…费即可退回": the reader's own loss retold is the recovery scam's opener, not a warning.
  'victim-retold':
    "the reader's own loss to an impersonator retold (被冒充…骗的), then a fee or a channel to get it back",
  // "真正的热线只有我们这个：…", "only use this direct line I'm giving you": the published channel disowned, the sender's
  // own line set above it.
  'sole-line': "the sender's own line given as the only real one, the published channel disowned",
} as const;

const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const vars = placeholders(brand);
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]!);
  const rules = (t: string) => check(t, { ...classifier.context, wording: undefined }).verdict;
  const shipped = (t: string) => classifier.check(t).verdict;

  for (const [id, name] of Object.entries(FAMILIES)) {
    const of = (kind: string) => rows.filter(([f, k]) => f === id && k === kind).map(([, , text]) => fill(text));
    describe(`${name} (${file})`, () => {
      const scams = of('scam');
      if (scams.length)
        it.each(scams)('is flagged by the rules alone and never official: %s', (text) => {
          expect(flagged(rules(text)), text).toBe(true);
          expect(shipped(text)).not.toBe('official');
        });
      const counters = of('counter');
      if (counters.length)
        it.each(counters)('is not flagged by the rules, never dangerous: %s', (text) => {
          expect(flagged(rules(text))).toBe(false);
          expect(shipped(text)).not.toBe('dangerous');
        });
      const wear = of('wear');
      if (wear.length)
        it.each(wear)('wears the platform and is never official: %s', (text) => {
          expect(rules(text)).not.toBe('official');
          expect(shipped(text)).not.toBe('official');
        });
      const own = of('own');
      if (own.length)
        it.each(own)("the platform's own notice stays official: %s", (text) => {
          expect(rules(text)).toBe('official');
          expect(shipped(text)).toBe('official');
        });
    });
  }
}
