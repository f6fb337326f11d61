// Every FAQ answer (route, entry, topics, band, score, alternatives) and the ranking behind it for the dev set
// (test/faq/dev-set.yaml) and the field questions' dev half, under the shipped brand and a second one, each question
// answered in its own language and in the language given: one JSON line per answer. Run it on two trees (before
// and after a change to the matching machinery) and diff the files: a speed-up must not change a single line.
// Never reads the held-out half.
// `npx tsx bench/lib/faq-dump.ts OUT.jsonl`
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadBrand } from '../../src/content/brand.ts';
import { devSetSchema } from '../../src/faq/evaluate.ts';
import { fillFieldText, parseFieldQuestions } from '../../src/faq/field.ts';
import { answerQuestion, buildFaqIndex, loadFaq, searchFaq } from '../../src/faq/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BRANDS = ['content/brand.yaml', 'test/field/brand-c.yaml'];

const faq = loadFaq(ROOT);
const dev = devSetSchema.parse(parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')));
const fieldFile = 'test/field/questions-dev.tsv';
const field = parseFieldQuestions(readFileSync(join(ROOT, fieldFile), 'utf8'), fieldFile).questions;

const lines: string[] = [];
for (const brandFile of BRANDS) {
  const brand = loadBrand(join(ROOT, brandFile));
  const index = buildFaqIndex(faq.entries, brand, {
    lexicon: faq.lexicon!,
    ...(faq.replies ? { replies: faq.replies } : {}),
    ...(faq.routes ? { routes: faq.routes } : {}),
  });
  const asked: { corpus: string; q: string; lang: 'zh' | 'en' }[] = [
    ...[...dev.questions, ...dev.out_of_scope].map((x) => ({ corpus: 'dev-set', q: x.q, lang: x.locale })),
    ...field.map((x) => ({ corpus: 'field-dev', q: fillFieldText(x.text, brand), lang: x.lang })),
  ];
  for (const { corpus, q, lang } of asked) {
    for (const locale of [undefined, lang]) {
      const a = answerQuestion(index, q, locale ? { locale } : {});
      const ranked = searchFaq(index, q, locale ? { locale } : {}).map(
        (s) => `${index.entries[s.entry]!.entry.id}:${s.confidence.toFixed(9)}`,
      );
      lines.push(
        JSON.stringify({
          brand: brandFile,
          corpus,
          q,
          locale: locale ?? '-',
          route: a.route,
          entry: a.match?.id ?? null,
          topics: a.match?.topics ?? [],
          band: a.confidence,
          score: a.match?.score ?? null,
          alternatives: a.alternatives.map((m) => `${m.id}:${m.score}`),
          answer: a.answer,
          ranked,
        }),
      );
    }
  }
}
const out = process.argv[2] ?? 'faq-dump.jsonl';
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} answers → ${out}`);
