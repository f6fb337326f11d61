// The session tables of product questions in scam words, by family, each with fraud counters sharing its words
// (product-formsID.tsv: kind, family, style, lang, text, source). One registry: a table is its file and its families.
// Session 36: the user's own account, the platform named as a reminder's sender, an ask the user says was not made, a
// lateness admitted; 37: the user's own code that does not arrive, an application withdrawn in time, pinyin typed as
// one word; 38: the user's own lateness and the legal step they ask the lender about, a fee on their own bill they
// never signed up for; 39: the user's own account matter told with what nobody did ("没有人叫我转账", "nobody asked me
// for anything"); 40: a fee the platform itself took from the user's own loan or bill, doubted as a scam in the
// user's own hedged words ("扣了我一笔服务费，是不是被骗了", "did i get scammed"), the borrower's own overdue debt handed
// to collections by the lender ("逾期了会不会被转给第三方催收", "will you send it to collections"); 41: the borrower's
// complaint to the lender about its own collector's conduct ("你们催收骂人，我要投诉", "your collector threatened me, where
// do i complain"). CLI, for figures before and after a
// change: `npx tsx test/faq/product-forms.ts ID [--lines]` (ID 36, 37, 38, 39, 40, 41; both test brands): product questions answered as scams and fraud counters routed away; --lines lists each miss.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBrand } from '../../src/content/brand.ts';
import { fillFieldText } from '../../src/faq/field.ts';
import { answerQuestion, createFaq, type FaqAnswer } from '../../src/faq/index.ts';
import { describe, expect, it } from 'vitest';

export const PRODUCT_FORMS_TABLES = {
  '36': ['own-account', 'named-sender', 'denied-ask', 'admitted-late'],
  '37': ['code-not-arriving', 'withdrawn-application', 'pinyin-joined'],
  '38': ['lateness-legal', 'own-bill-fee'],
  '39': ['nobody-acted'],
  '40': ['feared-charge', 'collections-handover'],
  '41': ['collector-complaint'],
} as const;
export type ProductFormsId = keyof typeof PRODUCT_FORMS_TABLES;
export const BRANDS = ['content/brand.yaml', 'test/field/brand-c.yaml'] as const;
/** The repository's root (this file's own, not the shared content helper's: that one builds a classifier on import). */
const ROOT = resolve(import.meta.dirname, '../..');

export interface Form<F extends string = string> {
  kind: 'product' | 'fraud';
  family: F;
  style: string;
  text: string;
  source: string;
}

/** One session's table, its rows in file order. */
export function readForms<I extends ProductFormsId>(
  root: string,
  id: I,
): Form<(typeof PRODUCT_FORMS_TABLES)[I][number]>[] {
  return readFileSync(join(root, `test/faq/product-forms${id}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('kind\t'))
    .map((l) => {
      const [kind, family, style, , text, source] = l.split('\t');
      return { kind, family, style, text, source } as Form<(typeof PRODUCT_FORMS_TABLES)[I][number]>;
    });
}

/** A product question answered as a scam, as the field measure counts it (any FAQ match: a straight or a "did you
 *  mean" scam answer); a fraud counter missed: routed away from the fraud route. */
export const missed = (f: Pick<Form, 'kind'>, a: FaqAnswer): boolean =>
  f.kind === 'product' ? a.match !== null : a.route !== 'fraud';

/** A table's questions asked under both test brands (tables 38 on): no product question gets a scam answer but the
 *  ones left open (`productLeft`, still one), and every fraud counter stays on the fraud route but the ones left open
 *  (`fraudLeft`, still routed away). Called at a test file's top level (vitest). */
export function describeProductForms(
  id: ProductFormsId,
  productLeft: ReadonlySet<string>,
  fraudLeft: ReadonlySet<string> = new Set(),
): void {
  const forms = readForms(ROOT, id);
  for (const brandFile of BRANDS) {
    const brand = loadBrand(join(ROOT, brandFile));
    const faq = createFaq(ROOT, brand);
    const ask = (text: string) => answerQuestion(faq, fillFieldText(text, brand));

    describe(`product forms ${id} with ${brandFile}`, () => {
      it.each(forms.filter((f) => f.kind === 'product').map((f) => [f.family, f.style, f.text, f] as const))(
        'product (%s) [%s] %s: no scam answer (the left-open lines: still one)',
        (_family, _style, text, f) => {
          expect(missed(f, ask(text))).toBe(productLeft.has(text));
        },
      );

      it.each(forms.filter((f) => f.kind === 'fraud').map((f) => [f.family, f.style, f.text, f] as const))(
        'fraud counter (%s) [%s] %s: on the fraud route (the left-open lines: still routed away)',
        (_family, _style, text, f) => {
          expect(missed(f, ask(text))).toBe(fraudLeft.has(text));
        },
      );
    });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const id = process.argv[2] as ProductFormsId;
  if (!(id in PRODUCT_FORMS_TABLES)) {
    console.error(`usage: npx tsx test/faq/product-forms.ts ${Object.keys(PRODUCT_FORMS_TABLES).join('|')} [--lines]`);
    process.exit(2);
  }
  const forms: Form[] = readForms(root, id);
  for (const b of BRANDS) {
    const brand = loadBrand(join(root, b));
    const faq = createFaq(root, brand);
    const answered = forms.map((f) => ({ f, a: answerQuestion(faq, fillFieldText(f.text, brand)) }));
    console.log(b);
    for (const family of PRODUCT_FORMS_TABLES[id]) {
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
