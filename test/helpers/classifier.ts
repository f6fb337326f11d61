import { join } from 'node:path';
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
