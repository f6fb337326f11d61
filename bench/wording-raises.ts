// Which genuine texts the wording model raises that the rules alone leave, and by which features: the world probe
// tables' read halves (never their score halves) and our advice texts, under the shipped model (or `--model FILE`, a
// candidate written by `npm run classifier:fit -- --out FILE`). CLI: `npx tsx bench/wording-raises.ts [--model FILE]
// [--top N]` prints each raised text with its probability, the outcome and its N heaviest features.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClassifier } from '../src/classifier/index.ts';
import {
  compileWording,
  type FittedWording,
  forEachInputFeature,
  gramKey,
  probability,
  type RulesView,
  type WordingInput,
  wordingLogit,
  wordingOutcome,
  wordKey,
  familyKey,
} from '../src/classifier/wording-model.ts';
import { FITTED_WORDING } from '../src/classifier/wording-model.generated.ts';
import { loadBrand } from '../src/content/brand.ts';
import { worldReadHalves } from '../test/classifier/genuine-probes.ts';
import { adviceTexts } from '../test/field/advice-texts.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BRANDS = { demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' } as const;

/** The genuine texts to look at: each world table's read half under both brands, the advice texts (demo). */
export function genuineReadTexts(): { source: string; brand: string; text: string; locale?: 'zh' | 'en' }[] {
  const out: { source: string; brand: string; text: string; locale?: 'zh' | 'en' }[] = [];
  for (const [name, file] of Object.entries(BRANDS)) {
    const brand = loadBrand(join(ROOT, file));
    for (const p of worldReadHalves(brand)) out.push({ source: `${p.table}:${p.line}`, brand: name, text: p.text });
    if (name === 'demo') for (const a of adviceTexts(ROOT, brand)) out.push({ source: `advice:${a.id}`, brand: name, text: a.text, locale: a.locale });
  }
  return out;
}

/** Each feature's share of the logit (weight × count / √n; a family's weight whole), heaviest first. */
export function contributions(fitted: FittedWording, input: WordingInput): [string, number][] {
  const weight = new Map<number, [string, number]>();
  for (const [g, w] of fitted.grams) weight.set(gramKey(g), [g, w]);
  for (const [g, w] of fitted.words) weight.set(wordKey(g), [`w:${g}`, w]);
  for (const [f, w] of fitted.families ?? []) weight.set(familyKey(f), [`f:${f}`, w]);
  let n = 0;
  const sums = new Map<string, number>();
  const family = new Set<string>();
  forEachInputFeature(input, (key, fam) => {
    if (!fam) n++;
    const hit = weight.get(key);
    if (!hit) return;
    sums.set(hit[0], (sums.get(hit[0]) ?? 0) + hit[1]);
    if (fam) family.add(hit[0]);
  });
  return [...sums].map(([k, s]) => [k, family.has(k) ? s : s / Math.sqrt(n)] as [string, number]).sort((a, b) => b[1] - a[1]);
}

async function main(argv = process.argv.slice(2)) {
  const at = argv.indexOf('--model');
  const fitted: FittedWording = at >= 0 ? (await import(pathToFileURL(resolve(argv[at + 1]!)).href)).FITTED_WORDING : FITTED_WORDING;
  const top = argv.includes('--top') ? Number(argv[argv.indexOf('--top') + 1]) : 8;
  const model = compileWording(fitted);
  const classifiers = new Map<string, ReturnType<typeof createClassifier>>();
  let raised = 0;
  for (const t of genuineReadTexts()) {
    let c = classifiers.get(t.brand);
    if (!c) {
      c = createClassifier(ROOT, loadBrand(join(ROOT, BRANDS[t.brand as keyof typeof BRANDS])));
      delete c.context.wording;
      classifiers.set(t.brand, c);
    }
    let seen: { input: WordingInput; rules: RulesView } | undefined;
    c.check(t.text, { ...(t.locale && { locale: t.locale }), onWording: (input, rules) => (seen = { input, rules }) });
    if (!seen) continue;
    const p = probability(wordingLogit(model, seen.input));
    const severity = model.severity && seen.rules.verdict === 'suspicious' ? () => probability(wordingLogit(model.severity!, seen!.input)) : undefined;
    const o = wordingOutcome(p, model.thresholds, seen.rules, severity);
    if (o === 'none' || o === 'unknown') continue;
    raised++;
    const feats = contributions(fitted, seen.input).slice(0, top).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' ');
    console.log(`${t.source} ${t.brand} ${seen.rules.verdict}→${o} p=${p.toFixed(3)} req=${seen.rules.request}\n  ${t.text.slice(0, 100).replace(/\n/g, ' ')}\n  ${feats}`);
  }
  console.log(`raised: ${raised}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
