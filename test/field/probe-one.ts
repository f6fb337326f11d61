// Debug view of single sentences (your own, or READ lines by id): the verdict with and without the wording model,
// the scam-language hits (topic, severity), the families read, the scam and severity models' probabilities.
// CLI: `npx tsx test/field/probe-one.ts [--brand b] "text" …` — READ ids (m123) print only when READ.
import { createClassifier } from '../../src/classifier/index.ts';
import { check } from '../../src/classifier/check.ts';
import { conceptWords } from '../../src/classifier/concepts.ts';
import { findScamLanguage, type LanguageReading } from '../../src/classifier/scam-language.ts';
import { probability, wordingLogit } from '../../src/classifier/wording-model.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { loadMessages, messageBatch, READ_BATCHES } from './messages-corpus.ts';
import { BRAND_FILES, CORPUS, ROOT } from './messages-score.ts';

const argv = process.argv.slice(2);
const brandName = argv.includes('--brand') ? argv[argv.indexOf('--brand') + 1]! : 'demo';
const brand = loadBrand(BRAND_FILES[brandName as keyof typeof BRAND_FILES]);
const c = createClassifier(ROOT, brand);
const read = new Set(READ_BATCHES.split(',').map(Number));
const byId = new Map(loadMessages(CORPUS.dev, brand)!.filter((m) => read.has(messageBatch(m.id))).map((m) => [m.id, m]));
for (const arg of argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--brand')) {
  const text = /^m\d+$/.test(arg) ? byId.get(arg)?.text : arg;
  if (text === undefined) continue;
  let p = 0;
  let sev = 0;
  let fams: readonly string[] = [];
  let req = false;
  const r = c.check(text, {
    onWording: (input, rules) => {
      p = probability(wordingLogit(c.context.wording!, input));
      sev = c.context.wording!.severity ? probability(wordingLogit(c.context.wording!.severity, input)) : 0;
      fams = input.families ?? [];
      req = rules.request;
    },
  });
  const rules = check(text, { ...c.context, wording: undefined });
  console.log(`${r.verdict} (rules ${rules.verdict}) p=${p.toFixed(2)} sev=${sev.toFixed(2)} request=${req} ${r.reasons?.map((x) => x.code).join(',') ?? ''}`);
  console.log(`  hits: ${rules.phrases.map((h) => `${h.topic}«${h.text}»`).join(' ')}  items: ${r.items.map((i) => `${i.raw}:${i.verdict}`).join(' ')}`);
  console.log(`  families: ${fams.join(',')}\n  ${text.slice(0, 200)}`);
  if (argv.includes('--words')) {
    const reading: LanguageReading = { text: '', warningKinds: 0, families: new Set(), takes: false };
    findScamLanguage(text, c.context.language, { reading, officialLinksOnly: false });
    console.log(`  warnings ${reading.warningKinds}: ${conceptWords(reading.text, reading.clauses ?? [], c.context.language.concepts).join(' | ')}`);
  }
}
