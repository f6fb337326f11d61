// What each scam-language rule fires on, over a messages corpus (dev only): every phrase pattern and example request
// with the genuine and scam lines it fires on alone, and each line's margin to the verdict boundaries (its best
// example-request score against the threshold; which layers flag it). Rules that fire on genuine lines, or on a single
// line, are overfit. CLI: `npx tsx test/field/messages-layers.ts [dev|FILE] [--batch N] [--lines]`.
import { resolve } from 'node:path';
import { batchOption } from '../../src/content/id-batches.ts';
import { createClassifier } from '../../src/classifier/index.ts';
import { compileConcepts } from '../../src/classifier/concepts.ts';
import { normalizeMessage } from '../../src/classifier/normalize-message.ts';
import { grams, compileRequests, SIMILARITY } from '../../src/classifier/requests.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { BATCHES, messageBatch, loadMessages, type FieldMessage } from './messages-corpus.ts';
import { BRAND_FILES, CORPUS, ROOT } from './messages-score.ts';

const isScam = (m: FieldMessage) => m.label === 'risky' || m.label === 'dangerous';
const flagged = (v: string) => v === 'suspicious' || v === 'dangerous';

const batch = batchOption(process.argv, BATCHES);
const which = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--batch') ?? 'dev';
if (/held/.test(which)) throw new Error('the held-out half is a gate only');
const brand = loadBrand(BRAND_FILES.demo);
const all = loadMessages(which === 'dev' ? CORPUS.dev : resolve(which), brand) ?? [];
const messages = batch === undefined ? all : all.filter((m) => messageBatch(m.id) === batch);

const base = createClassifier(ROOT, brand);
const lang = base.context.language;
const noConcepts = compileConcepts({ families: {} }, lang.variants);
const noRequests = compileRequests({ topics: {} }, lang.variants);

/** A classifier with only the given phrase rules and requests, no concepts. */
function only(rules: typeof lang.phrases.rules, requests = noRequests) {
  const c = createClassifier(ROOT, brand);
  c.context.language.phrases = { ...lang.phrases, rules };
  c.context.language.requests = requests;
  c.context.language.concepts = noConcepts;
  return c;
}

// Every phrase pattern alone.
console.log('## phrase patterns: genuine / scam lines each fires on alone (over-broad: any genuine; narrow: 1 scam)');
for (const rule of lang.phrases.rules) {
  rule.patterns.forEach((p, i) => {
    const c = only([{ ...rule, patterns: [p], needs: [rule.needs[i]!] }]);
    const hits = messages.filter((m) => c.check(m.text, { locale: m.lang }).phrases.length > 0);
    const g = hits.filter((m) => !isScam(m));
    const s = hits.length - g.length;
    const mark = g.length ? 'GENUINE' : s <= 1 ? 'narrow' : '';
    console.log(`${mark}\t${rule.topic}/${rule.severity}#${i}\tgenuine ${g.length}\tscam ${s}\t${p.source.slice(0, 70)}${g.length ? `\t${g.map((m) => m.id).join(',')}` : ''}`);
  });
}

// Example requests: each line's best raw score (slow, exact to the definition: weighted share of the example's grams).
const idx = lang.requests;
function bestRequest(text: string): { score: number; example: string } {
  const norm = normalizeMessage(text, lang.variants);
  let best = { score: 0, example: '' };
  for (const clause of norm.split(/[。！？!?;；\n,，]+/)) {
    const cg = new Set(grams(clause));
    for (const e of idx.examples) {
      let w = 0;
      let n = 0;
      for (const g of e.grams)
        if (cg.has(g)) {
          w += idx.weight.get(g)!;
          if (g.length > 1) n++;
        }
      const s = n >= Math.min(SIMILARITY.minGrams, e.long) ? w / e.total : 0;
      if (s > best.score) best = { score: s, example: `${e.topic}: ${e.text}` };
    }
  }
  return best;
}

const exampleHits = new Map<string, { genuine: number; scam: number }>();
const rows = messages.map((m) => {
  const r = bestRequest(m.text);
  if (r.score >= SIMILARITY.threshold) {
    const h = exampleHits.get(r.example) ?? { genuine: 0, scam: 0 };
    h[isScam(m) ? 'scam' : 'genuine']++;
    exampleHits.set(r.example, h);
  }
  return { m, r };
});
console.log(`\n## example requests that are some line's best match at ≥ ${SIMILARITY.threshold}`);
for (const [e, h] of [...exampleHits].sort((a, b) => b[1].genuine - a[1].genuine))
  console.log(`${h.genuine ? 'GENUINE' : h.scam <= 1 ? 'narrow' : ''}\tgenuine ${h.genuine}\tscam ${h.scam}\t${e}`);
console.log(`\n## genuine lines nearest the request threshold (${SIMILARITY.threshold})`);
for (const { m, r } of rows.filter((x) => !isScam(x.m)).sort((a, b) => b.r.score - a.r.score).slice(0, 15))
  console.log(`${m.id}\t${r.score.toFixed(2)}\t${r.example}\t${m.text.slice(0, 60).replace(/\n/g, '⏎')}`);

if (process.argv.includes('--lines')) {
  const concepts = createClassifier(ROOT, brand);
  concepts.context.language.phrases = { ...lang.phrases, rules: [] };
  concepts.context.language.requests = noRequests;
  const phrasesOnly = only(lang.phrases.rules);
  const requestsOnly = only([], lang.requests);
  console.log('\n## scams by the layers that flag them (P phrases, R requests, C concepts)');
  const tally = new Map<string, number>();
  for (const m of messages.filter(isScam)) {
    const v = (c: typeof base) => flagged(c.check(m.text, { locale: m.lang }).verdict);
    const key = `${v(phrasesOnly) ? 'P' : '-'}${v(requestsOnly) ? 'R' : '-'}${v(concepts) ? 'C' : '-'}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    if (!key.includes('C')) console.log(`${key}\t${m.id}\t${m.label}\t${m.topic}\t${m.text.slice(0, 90).replace(/\n/g, '⏎')}`);
  }
  console.log([...tally].map(([k, n]) => `${k} ${n}`).join('  '));
}
