// Our own advice as genuine text: every FAQ answer (filled with the brand and the dated facts), whole and one
// sentence at a time, run through the classifier. Advice names every scam tactic ("不要把验证码告诉任何人", "there is no
// safe account") exactly as anti-fraud broadcasts do, and was not written against the rules: each flag is a place
// where the classifier reads a warning as a request. CLI: `npx tsx test/field/advice-score.ts [--lines]`.
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { adviceTexts } from './advice-texts.ts';
import { BRAND_FILES, ROOT } from './messages-score.ts';

const brand = loadBrand(BRAND_FILES.demo);
const classifier = createClassifier(ROOT, brand);
const counts = { texts: 0, language: 0, flagged: 0, dangerous: 0 };
for (const { text: s, locale, id } of adviceTexts(ROOT, brand)) {
  counts.texts++;
  const r = classifier.check(s, { locale });
  if (r.phrases.length) counts.language++;
  if (r.verdict === 'suspicious' || r.verdict === 'dangerous') counts.flagged++;
  if (r.verdict === 'dangerous') counts.dangerous++;
  if (process.argv.includes('--lines') && (r.phrases.length || r.verdict === 'dangerous' || r.verdict === 'suspicious'))
    console.log(`${r.verdict}\t${r.phrases.map((p) => `${p.topic}:${p.text}`).join(' | ')}\t${id}\t${s.slice(0, 120).replace(/\n/g, ' ')}`);
}
console.log(
  `advice texts: ${counts.texts}; holding scam language: ${counts.language}; flagged: ${counts.flagged} (dangerous ${counts.dangerous}; the rest of the flags come from numbers and links)`,
);
