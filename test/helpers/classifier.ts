import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/classifier/check.ts';
import { type Classifier, createClassifier } from '../../src/classifier/index.ts';
import type { Verdict } from '../../src/classifier/types.ts';
import { type Brand, loadBrand } from '../../src/content/brand.ts';
import { ROOT } from './content.ts';

/** The classifier's rules alone (the wording model taken out) under both test brands — the demo brand, then brand b:
 *  the setup the rule tests share, so a mechanism is checked under a brand it was not written for and without the
 *  statistical layer that could hide a rule's miss. */
export function rulesAloneByBrand(): { brandName: string; rules: Classifier; verdict: (text: string) => Verdict }[] {
  return Object.entries({ demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' }).map(([brandName, file]) => {
    const rules = createClassifier(ROOT, loadBrand(join(ROOT, file)));
    delete rules.context.wording;
    return { brandName, rules, verdict: (text: string) => rules.check(text).verdict };
  });
}

/** A family of scams in other words and the genuine counters that share its words (the other-words tables). */
export type WordFamily = {
  name: string;
  scams: readonly string[];
  counters: readonly string[];
  misses: number;
  /** The scams must be judged dangerous, not only flagged (a family written for the dangerous-to-dangerous figure). */
  dangerous?: boolean;
};

/** The families of a scam-families table (tab-separated: family, scam | counter, text, source; `#` lines are notes):
 *  `family(id, name)` gives that family's rows as a WordFamily whose scams must be dangerous, none missed. */
export function familyTable(file: string): (id: string, name: string) => WordFamily {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  const rowsOf = (family: string, kind: 'scam' | 'counter') =>
    rows.filter(([f, k]) => f === family && k === kind).map((r) => r[2]!);
  return (id, name) => ({
    name,
    scams: rowsOf(id, 'scam'),
    counters: rowsOf(id, 'counter'),
    misses: 0,
    dangerous: true,
  });
}

/** Under both brands, by the rules alone, each family's scams are flagged (all but `misses` of them) and its counters
 *  unflagged; with the wording model too, no counter is dangerous. */
export function describeWordFamilies(families: readonly WordFamily[]): void {
  const flagged = (v: Verdict) => v === 'suspicious' || v === 'dangerous';
  for (const { brandName, verdict } of rulesAloneByBrand()) {
    for (const family of families) {
      describe(`${family.name} (${brandName}, rules alone)`, () => {
        it(`${family.dangerous ? 'judges dangerous' : 'flags'} all but ${family.misses} of ${family.scams.length} scams`, () => {
          const missed = family.scams.filter((t) =>
            family.dangerous ? verdict(t) !== 'dangerous' : !flagged(verdict(t)),
          );
          expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(family.misses);
        });
        itLeavesUnflagged(verdict, family.counters);
      });
    }
  }
  describe('the genuine counters of the families', () => {
    itIsNeverDangerous(families.flatMap((f) => f.counters));
  });
}

/** Each named group of forms comes out `dangerous`, or `flagged` (suspicious or dangerous): fast-check draws `runs`
 *  forms of each group. The body the rule tests share, one `it` per group. */
export function itJudgesForms(
  verdict: (text: string) => Verdict,
  groups: readonly (readonly [string, fc.Arbitrary<string>])[],
  expected: 'dangerous' | 'flagged',
  runs: number,
): void {
  const allowed: readonly Verdict[] = expected === 'dangerous' ? ['dangerous'] : ['suspicious', 'dangerous'];
  for (const [name, forms] of groups) {
    it(`${name} is ${expected}`, () => {
      fc.assert(
        fc.property(forms, (text) => {
          expect(allowed, text).toContain(verdict(text));
        }),
        { numRuns: runs },
      );
    });
  }
}

/** Every concatenation of one string from each part, in order: the rule tables' way of writing many forms of a
 *  sentence from its interchangeable pieces. */
export const combos = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((acc, p) => acc.flatMap((a) => p.map((x) => a + x)), ['']);

/** Each scam form is flagged (suspicious or dangerous). */
export function itFlagsEach(verdict: (text: string) => Verdict, scams: readonly string[]): void {
  it.each(scams)('is flagged: %s', (text) => {
    expect(['suspicious', 'dangerous']).toContain(verdict(text));
  });
}

/** Each genuine counter-sentence is neither suspicious nor dangerous. */
export function itLeavesUnflagged(verdict: (text: string) => Verdict, genuine: readonly string[]): void {
  it.each(genuine)('is not flagged: %s', (text) => {
    expect(['unknown', 'official']).toContain(verdict(text));
  });
}

/** A table line's placeholders filled from a brand ({brand}, {brand_en}, {hotline}, {domain}, {sender}): the tables are
 *  written once for every brand. */
export const fillBrand = (t: string, brand: Brand): string =>
  t
    .replaceAll('{brand}', brand.name.zh)
    .replaceAll('{brand_en}', brand.name.en)
    .replaceAll('{hotline}', brand.official_numbers[0]?.number ?? '')
    .replaceAll('{domain}', brand.official_domains[0] ?? '')
    .replaceAll('{sender}', brand.sms_senders?.[0] ?? '');

/** A table of genuine forms and the scams that borrow their words, under both test brands: no form dangerous, with
 *  or without the wording model; at most `flaggedBar` flagged at all; each scam counter dangerous or flagged as
 *  marked; a form of kind `own` (the brand's notice naming only its official contacts) `official`. `{brand}` is filled
 *  with the brand's Chinese name, `{brand_en}` its English one, `{hotline}` / `{domain}` / `{sender}` its first
 *  official number, domain and SMS sender. */
export function describeGenuineForms(
  title: string,
  forms: readonly { kind: string; text: string }[],
  counters: readonly { text: string; dangerous: boolean }[],
  flaggedBar: number,
): void {
  const flagged = (v: Verdict) => v === 'suspicious' || v === 'dangerous';
  for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
    const brand = loadBrand(join(ROOT, file));
    const classifier = createClassifier(ROOT, brand);
    const fill = (t: string) => fillBrand(t, brand);
    const shipped = (t: string) => classifier.check(fill(t)).verdict;
    const rules = (t: string) => check(fill(t), { ...classifier.context, wording: undefined }).verdict;

    describe(`${title} (${file})`, () => {
      it.each(forms.map((f) => [f.kind, f.text]))('[%s] %s is not dangerous', (_kind, text) => {
        expect(shipped(text)).not.toBe('dangerous');
        expect(rules(text)).not.toBe('dangerous');
      });

      const own = forms.filter((f) => f.kind === 'own');
      if (own.length)
        it.each(own.map((f) => f.text))("the brand's own notice is official: %s", (text) => {
          expect(shipped(text)).toBe('official');
        });

      it(`at most ${flaggedBar} of ${forms.length} are flagged at all`, () => {
        const hits = forms.filter((f) => flagged(shipped(f.text)) || flagged(rules(f.text))).map((f) => f.text);
        expect(hits.length, hits.join('\n')).toBeLessThanOrEqual(flaggedBar);
      });

      it.each(counters.map((s) => [s.dangerous ? 'dangerous' : 'flagged', s.text]))(
        'scam stays %s: %s',
        (want, text) => {
          const v = shipped(text);
          if (want === 'dangerous') expect(v).toBe('dangerous');
          else expect(flagged(v)).toBe(true);
        },
      );
    });
  }
}

/** Each counter-sentence is never `dangerous`, under both test brands, with the wording model and by the rules alone
 *  (it may be suspicious: a genuine text that words a tactic can be flagged softly, never called a scam's request). */
export function itIsNeverDangerous(texts: readonly string[]): void {
  for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
    const classifier = createClassifier(ROOT, loadBrand(join(ROOT, file)));
    it.each(texts)(`is not dangerous (${file}): %s`, (text) => {
      expect(classifier.check(text).verdict).not.toBe('dangerous');
      expect(check(text, { ...classifier.context, wording: undefined }).verdict).not.toBe('dangerous');
    });
  }
}
