// Evaluation on test/faq/dev-set.yaml (paraphrases written apart from the content, plus out-of-scope questions).
// Gates: top-1 topic accuracy ≥ 90 %, false matches on out-of-scope ≤ 10 %. Also printed: top-3, and how many
// questions get a right answer once the confidence threshold applies (match not null).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fillTemplate, brandVars } from '../../src/content/template.ts';
import { answerQuestion, buildFaqIndex, loadFaq, normalizeQuestion, searchFaq } from '../../src/faq/index.ts';
import { devSetSchema } from '../../src/faq/evaluate.ts';
import { brand, ROOT } from '../helpers/content.ts';

const dev = devSetSchema.parse(parse(readFileSync(join(ROOT, 'test/faq/dev-set.yaml'), 'utf8')));
const faq = loadFaq(ROOT);
const index = buildFaqIndex(faq.entries, brand, { replies: faq.replies });
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const variants = new Set(
  faq.entries.flatMap((e) =>
    e.questions.map((q) => normalizeQuestion(fillTemplate(q, brandVars(brand, e.locale)), { brand: index.brandRe })),
  ),
);
const isVariant = (q: string) => variants.has(normalizeQuestion(q, { brand: index.brandRe }));

describe('FAQ matcher on the dev set', () => {
  it('has enough labelled and out-of-scope questions', () => {
    expect(dev.questions.length).toBeGreaterThanOrEqual(200);
    expect(dev.out_of_scope.length).toBeGreaterThanOrEqual(40);
  });

  it('holds no question that is a content variant after normalisation', () => {
    expect([...dev.questions, ...dev.out_of_scope].map((x) => x.q).filter(isVariant)).toEqual([]);
  });

  it('finds the right topic and stays quiet out of scope', () => {
    // A question that is a variant would measure recall of the content, not matching: left out of the rates.
    const questions = dev.questions.filter((x) => !isVariant(x.q));
    const outOfScope = dev.out_of_scope.filter((x) => !isVariant(x.q));
    let top1 = 0;
    let top3 = 0;
    let answeredRight = 0;
    const misses: string[] = [];
    for (const { q, topic, locale } of questions) {
      const ranked = searchFaq(index, q, { locale });
      const topics = ranked.map((s) => index.entries[s.entry]!.entry.topics as string[]);
      if (topics[0]?.includes(topic)) top1++;
      else misses.push(`  [${topic}] ${q} → ${ranked[0] ? index.entries[ranked[0].entry]!.entry.id : '-'}`);
      if (topics.slice(0, 3).some((t) => t.includes(topic))) top3++;
      const a = answerQuestion(index, q, { locale });
      if (a.match?.topics.includes(topic)) answeredRight++;
    }
    const falseMatches = outOfScope.filter(({ q, locale }) => answerQuestion(index, q, { locale }).match !== null);
    const n = questions.length;
    const rates = {
      top1: top1 / n,
      top3: top3 / n,
      answeredRight: answeredRight / n,
      falseMatch: falseMatches.length / outOfScope.length,
    };
    console.log(
      `FAQ dev set (${n} questions, ${outOfScope.length} out of scope): top-1 ${pct(rates.top1)}, top-3 ${pct(rates.top3)}, ` +
        `answered right (match ≥ threshold ${index.config.threshold}) ${pct(rates.answeredRight)}, false matches ${pct(rates.falseMatch)}`,
    );
    if (misses.length) console.log(`top-1 misses:\n${misses.join('\n')}`);
    if (falseMatches.length) console.log(`false matches:\n${falseMatches.map((x) => `  ${x.q}`).join('\n')}`);
    expect(rates.top1).toBeGreaterThanOrEqual(0.9);
    expect(rates.falseMatch).toBeLessThanOrEqual(0.1);
    // Floor against regressions of the threshold: most questions must still get an answer, not the fallback.
    expect(rates.answeredRight).toBeGreaterThanOrEqual(0.8);
  });
});
