// `npx tsx test/faq/product-forms36.ts [--lines]` — figures of the session-36 product-forms table
// (test/faq/product-forms36.tsv: kind, family, style, lang, text, source) under both test brands, by family: product
// questions answered as scams and fraud counters routed away from the fraud route; --lines lists each miss.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBrand } from '../../src/content/brand.ts';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion, createFaq, type FaqAnswer } from '../../src/faq/index.ts';

export const PRODUCT_FORMS_36 = 'test/faq/product-forms36.tsv';
export const BRANDS = ['content/brand.yaml', 'test/field/brand-c.yaml'] as const;
export const FAMILIES = ['own-account', 'named-sender', 'denied-ask', 'admitted-late'] as const;

export interface Form {
  kind: 'product' | 'fraud';
  family: (typeof FAMILIES)[number];
  style: string;
  text: string;
  source: string;
}

export function readForms(root: string): Form[] {
  return readFileSync(join(root, PRODUCT_FORMS_36), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('kind\t'))
    .map((l) => {
      const [kind, family, style, , text, source] = l.split('\t');
      return { kind, family, style, text, source } as Form;
    });
}

/** A product question answered as a scam, as the field measure counts it (any FAQ match: a straight or a "did you
 *  mean" scam answer); a fraud counter missed: routed away from the fraud route. */
export const missed = (f: Pick<Form, 'kind'>, a: FaqAnswer): boolean =>
  f.kind === 'product' ? a.match !== null : a.route !== 'fraud';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const forms = readForms(root);
  for (const b of BRANDS) {
    const brand = loadBrand(join(root, b));
    const faq = createFaq(root, brand);
    const answered = forms.map((f) => ({ f, a: answerQuestion(faq, fillFieldText(f.text, brand)) }));
    console.log(b);
    for (const family of FAMILIES) {
      const of = (k: Form['kind']) => answered.filter(({ f }) => f.family === family && f.kind === k);
      const miss = (k: Form['kind']) => of(k).filter(({ f, a }) => missed(f, a)).length;
      console.log(
        `  ${family}: product as scams ${miss('product')} of ${of('product').length}, fraud routed away ${miss('fraud')} of ${of('fraud').length}`,
      );
    }
    if (process.argv.includes('--lines'))
      for (const { f, a } of answered.filter(({ f, a }) => missed(f, a)))
        console.log(
          `    ${f.family} ${f.kind} → ${a.route}${a.caution ? ' (caution)' : ''} ${a.match?.id ?? ''} [${f.style}] ${f.text}`,
        );
  }
}
