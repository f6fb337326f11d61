import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/classifier/check.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { placeholders } from '../field/messages-corpus.ts';
import { ROOT } from './content.ts';
import { resolve } from 'node:path';

const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

/**
 * The tests of a scam-families table (family, kind, text, source; sessions 39 on), under the demo brand and brand b,
 * its placeholders ({brand}, {hotline} …) filled from each: every row names a family of `families`; a `scam` row is
 * flagged by the rules alone and never `official`; a `counter` is not flagged by the rules and never `dangerous`
 * shipped; a `wear` row (a scam wearing the platform) is never `official`, rules or shipped; an `own` row (the
 * platform's own notice) is `official` both ways. One home for the frame the tables 39 and 40 share.
 */
export function describeScamFamilies(tsv: string, families: Readonly<Record<string, string>>): void {
  const rows = readFileSync(tsv, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string, string, string]);
  for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
    const brand = loadBrand(resolve(ROOT, file));
    const classifier = createClassifier(ROOT, brand);
    const vars = placeholders(brand);
    const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]!);
    const rules = (t: string) => check(t, { ...classifier.context, wording: undefined }).verdict;
    const shipped = (t: string) => classifier.check(t).verdict;

    it(`every row belongs to a family this test reads (${file})`, () => {
      expect(rows.filter(([f]) => !(f in families)).map(([f]) => f)).toEqual([]);
    });

    for (const [id, name] of Object.entries(families)) {
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
}
