// Scams read `unknown` or `official` (session 38, issue 10): one family per commit, each read from its rows of
// scam-families38.tsv (sources in the file). The rows speak of the platform by placeholder ({brand}, {hotline},
// {domain} …), filled from each test brand. Under both brands, by the rules alone, a family's scams are flagged and
// its counters unflagged; with the wording model too, no scam is `official`, no counter dangerous, and a counter of
// kind `own` (the platform's own notice) stays `official`. Rows of kind `wear` (scams wearing the platform in the
// ways public write-ups show) are never `official`, flagged or not.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { check } from '../../src/classifier/check.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { placeholders } from '../field/messages-corpus.ts';

vi.setConfig({ testTimeout: 60_000 });

const rows = readFileSync(resolve(import.meta.dirname, 'scam-families38.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string, string, string]);

const FAMILIES = {
  // An overseas number spaced digit by digit ("0 0 8 5 2 …") is the overseas number its grouped form is.
  'spaced-prefix': 'an overseas number spaced digit by digit, its "00" prefix included',
  // "请勿告诉他人" with nothing to keep (no code, password or card) is the fake officer's secrecy, not a code's warning.
  'secret-not-warning': '"tell no one" said of the matter itself, with no code or password to keep',
  // The sender's account to pay into "has changed": the payment-redirection scam, whoever it wears.
  'new-payee': "the sender's own account to pay into said to have changed, the money sent to the new one",
  // The brand's English name names it as its Chinese one does: a number beside it that is not the brand's poses as it.
  'brand-en-named': "the brand's English name beside a number that is not the brand's",
  // A person to obey, not a page's prompts: "请按客服指引操作" is the guided lever.
  'agent-guided': 'the agent named as the one whose guidance the reader follows (按客服指引操作)',
} as const;

const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const vars = placeholders(brand);
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]!);
  const rules = (t: string) => check(t, { ...classifier.context, wording: undefined }).verdict;
  const shipped = (t: string) => classifier.check(t).verdict;

  // Scams wearing the platform, whatever the families above make of them: never vouched for.
  const wear = rows.filter(([f, k]) => f === 'wears-brand' && k === 'wear').map(([, , text]) => fill(text));
  describe(`scams wearing the platform (${file})`, () => {
    it.each(wear)('is never official: %s', (text) => expect(shipped(text)).not.toBe('official'));
  });

  for (const [id, name] of Object.entries(FAMILIES)) {
    const of = (kind: string) => rows.filter(([f, k]) => f === id && k === kind).map(([, , text]) => fill(text));
    describe(`${name} (${file})`, () => {
      it.each(of('scam'))('is flagged by the rules alone and never official: %s', (text) => {
        expect(flagged(rules(text)), text).toBe(true);
        expect(shipped(text)).not.toBe('official');
      });
      it.each([...of('counter'), ...of('own')])('is not flagged by the rules, never dangerous: %s', (text) => {
        expect(flagged(rules(text))).toBe(false);
        expect(shipped(text)).not.toBe('dangerous');
      });
      const own = of('own');
      if (own.length)
        it.each(own)("the platform's own notice stays official: %s", (text) => expect(shipped(text)).toBe('official'));
    });
  }
}
