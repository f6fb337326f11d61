// Scams read `unknown` or `official` (session 40, issue 10): one family per commit, each read from its rows of
// scam-families40.tsv (sources in the file). The rows speak of the platform by placeholder ({brand}, {hotline},
// {domain} …), filled from each test brand. Under both brands: a family's scams are flagged by the rules alone and its
// counters are not (never dangerous with the wording model); a scam wearing the platform (kind `wear`) is never
// `official`, by the rules alone or shipped; the platform's own notice (kind `own`) is `official` both ways.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { check } from '../../src/classifier/check.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { placeholders } from '../field/messages-corpus.ts';

vi.setConfig({ testTimeout: 60_000 });

const rows = readFileSync(resolve(import.meta.dirname, 'scam-families40.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string, string, string]);

const FAMILIES = {
  // "逾期座位将被释放", "包裹将被退回", "your account will be deleted in 24 hours": a loss on a clock of hours, put right
  // by calling a stranger's number, a private chat or a payment (concepts.ts lossThreatened).
  'loss-threat':
    'a loss threatened within hours, put right through a stranger or a payment (concepts.ts lossThreatened)',
  // "提交申请后致电…，由专员回电为您办理到账", "按王经理指引将资金转出核验", "缴纳后即可到账": levers no notice of the
  // brand pulls, beside only its own contacts (official-levers.ts).
  'official-pose':
    "a scam wearing the platform's own contacts: a refund by call back, money moved out, a fee to receive",
  // "did you authorise a payment of 649 to …? If not, call our fraud team on 0330 …", "如非本人操作请致电 0755-…": the
  // fake fraud alert's number to call (concepts.ts alertCalledBack).
  'alert-callback': "a payment alert whose 'if it was not you' sends the reader to a number that is not the bank's",
} as const;

const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const vars = placeholders(brand);
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]!);
  const rules = (t: string) => check(t, { ...classifier.context, wording: undefined }).verdict;
  const shipped = (t: string) => classifier.check(t).verdict;

  it(`every row belongs to a family this test reads (${file})`, () => {
    expect(rows.filter(([f]) => !(f in FAMILIES)).map(([f]) => f)).toEqual([]);
  });

  for (const [id, name] of Object.entries(FAMILIES)) {
    const of = (kind: string) => rows.filter(([f, k]) => f === id && k === kind).map(([, , text]) => fill(text));
    describe(`${name} (${file})`, () => {
      const scams = of('scam');
      if (scams.length)
        it.each(scams)('is flagged by the rules alone and never official: %s', (text) => {
          expect(flagged(rules(text)), text).toBe(true);
          expect(shipped(text)).not.toBe('official');
        });
      const counters = of('counter');
      if (counters.length)
        it.each(counters)('is not flagged by the rules, never dangerous: %s', (text) => {
          expect(flagged(rules(text))).toBe(false);
          expect(shipped(text)).not.toBe('dangerous');
        });
      const wear = of('wear');
      if (wear.length)
        it.each(wear)('wears the platform and is never official: %s', (text) => {
          expect(rules(text)).not.toBe('official');
          expect(shipped(text)).not.toBe('official');
        });
      const own = of('own');
      if (own.length)
        it.each(own)("the platform's own notice stays official: %s", (text) => {
          expect(rules(text)).toBe('official');
          expect(shipped(text)).toBe('official');
        });
    });
  }
}
