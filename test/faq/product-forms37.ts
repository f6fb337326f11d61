// `npx tsx test/faq/product-forms37.ts [--lines]` — figures of the session-37 product-forms table
// (test/faq/product-forms37.tsv: kind, family, style, lang, text, source) under both test brands, by family: product
// questions answered as scams and fraud counters routed away from the fraud route; --lines lists each miss.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBrand } from '../../src/content/brand.ts';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion, createFaq } from '../../src/faq/index.ts';
import { BRANDS, missed } from './product-forms36.ts';

export const PRODUCT_FORMS_37 = 'test/faq/product-forms37.tsv';
export const FAMILIES_37 = ['code-not-arriving', 'withdrawn-application', 'pinyin-joined'] as const;

export interface Form37 {
  kind: 'product' | 'fraud';
  family: (typeof FAMILIES_37)[number];
  style: string;
  text: string;
  source: string;
}

export function readForms37(root: string): Form37[] {
  return readFileSync(join(root, PRODUCT_FORMS_37), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('kind\t'))
    .map((l) => {
      const [kind, family, style, , text, source] = l.split('\t');
      return { kind, family, style, text, source } as Form37;
    });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const forms = readForms37(root);
  for (const b of BRANDS) {
    const brand = loadBrand(join(root, b));
    const faq = createFaq(root, brand);
    const answered = forms.map((f) => ({ f, a: answerQuestion(faq, fillFieldText(f.text, brand)) }));
    console.log(b);
    for (const family of FAMILIES_37) {
      const of = (k: Form37['kind']) => answered.filter(({ f }) => f.family === family && f.kind === k);
      const miss = (k: Form37['kind']) => of(k).filter(({ f, a }) => missed(f, a)).length;
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
