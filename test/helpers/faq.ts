import { join } from 'node:path';
import { loadBrand } from '../../src/content/brand.ts';
import { buildFaqIndex, type FaqIndex, loadFaq } from '../../src/faq/index.ts';
import { ROOT } from './content.ts';

/** The shipped FAQ content indexed under both test brands (the demo brand first, then brand b), each named by its
 *  Chinese name: the setup the FAQ behaviour tests share, so every mechanism is checked under two brands. */
export function bothBrandIndexes(): (readonly [string, FaqIndex])[] {
  const faq = loadFaq(ROOT);
  const opts = { lexicon: faq.lexicon!, ...(faq.replies ? { replies: faq.replies } : {}), routes: faq.routes! };
  return ['content/brand.yaml', 'test/field/brand-b.yaml'].map((file) => {
    const brand = loadBrand(join(ROOT, file));
    return [brand.name?.zh ?? file, buildFaqIndex(faq.entries, brand, opts)] as const;
  });
}
