import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { type Classifier, createClassifier } from '../../src/classifier/index.ts';
import type { Verdict } from '../../src/classifier/types.ts';
import { loadBrand } from '../../src/content/brand.ts';
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

/** Each genuine counter-sentence is neither suspicious nor dangerous. */
export function itLeavesUnflagged(verdict: (text: string) => Verdict, genuine: readonly string[]): void {
  it.each(genuine)('is not flagged: %s', (text) => {
    expect(['unknown', 'official']).toContain(verdict(text));
  });
}
