// The FAQ's CI gate on the HELD-OUT field questions (test/field/questions-held.tsv): nothing was tuned or fitted on
// them (calibration and tuning use questions-dev.tsv, see `npm run faq:calibrate` and `npm run faq:field`). Run for
// the shipped brand and a second fictional one (test/field/brand-c.yaml). Issue 11's targets: top-1 topic ≥ 92 %
// (fraud questions), out-of-scope answered straight from a fraud entry ≤ 5 %, product questions answered as scams
// 0, mixed-language ≥ 85 %; answer p95 ≤ 1 ms on the real corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/content/brand.ts';
import { evaluateField, type FieldMetrics, fillFieldText, parseFieldQuestions } from '../../src/faq/field.ts';
import { answerQuestion, buildFaqIndex, loadFaq } from '../../src/faq/index.ts';
import { ROOT } from '../helpers/content.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const faq = loadFaq(ROOT);
const read = (file: string) => parseFieldQuestions(readFileSync(join(ROOT, file), 'utf8'), file);

function indexFor(brandFile: string) {
  return buildFaqIndex(faq.entries, loadBrand(join(ROOT, brandFile)), {
    ...(faq.replies ? { replies: faq.replies } : {}),
    ...(faq.routes ? { routes: faq.routes } : {}),
  });
}

function summary(name: string, m: FieldMetrics): string {
  const styles = Object.entries(m.byStyle)
    .sort()
    .map(([s, v]) => `${s} ${pct(v.top1)} (${v.n})`)
    .join(', ');
  return (
    `${name}: ${m.fraud} fraud + ${m.outOfScope} other; top-1 ${pct(m.top1)}, answered right ${pct(m.answeredRight)}, ` +
    `out of scope answered straight ${pct(m.outOfScopeConfident)}, product as scams ${m.productAsScam}/${m.product}, ` +
    `mixed ${pct(m.mixed.top1)} (${m.mixed.n}), routes right ${pct(m.routeAccuracy)}\n  by style: ${styles}`
  );
}

describe('field questions', () => {
  it('the dev half parses cleanly (the format the gate reads)', () => {
    const dev = read('test/field/questions-dev.tsv');
    expect(dev.problems).toEqual([]);
    expect(dev.questions.length).toBeGreaterThan(100);
  });

  it('reports a bad line as file:line:col', () => {
    const bad = parseFieldQuestions(
      'id\troute\ttopic\tstyle\tlang\ttext\tsource\nq1\tfraud\tno-such-topic\tplain\tzh\t你好\tx\n',
      'x.tsv',
    );
    expect(bad.problems).toEqual([
      { file: 'x.tsv', line: 2, col: 10, message: 'unknown topic "no-such-topic" (see content/topics.yaml)' },
    ]);
  });

  describe.each(['content/brand.yaml', 'test/field/brand-c.yaml'])('held-out gate with %s', (brandFile) => {
    const held = read('test/field/questions-held.tsv');
    const index = indexFor(brandFile);
    const m = evaluateField(index, held.questions);
    console.log(summary(`questions-held.tsv with ${brandFile}`, m));

    it('meets the targets', () => {
      expect(held.problems).toEqual([]);
      expect(m.top1).toBeGreaterThanOrEqual(0.92);
      expect(m.outOfScopeConfident).toBeLessThanOrEqual(0.05);
      expect(m.productAsScam).toBe(0);
      expect(m.mixed.n).toBeGreaterThan(0);
      expect(m.mixed.top1).toBeGreaterThanOrEqual(0.85);
    });

    it('answers within 1 ms at p95 (each question timed best of 5: scheduling noise of a shared machine left out)', () => {
      const asked = held.questions.map((q) => fillFieldText(q.text, index.brand));
      for (const q of asked) answerQuestion(index, q); // warm-up: jieba, OpenCC, JIT
      const best = asked.map((q) => {
        let min = Number.POSITIVE_INFINITY;
        for (let r = 0; r < 5; r++) {
          const t = performance.now();
          answerQuestion(index, q);
          min = Math.min(min, performance.now() - t);
        }
        return min;
      });
      best.sort((a, b) => a - b);
      const p95 = best[Math.floor(best.length * 0.95)]!;
      console.log(
        `  p50 ${best[Math.floor(best.length / 2)]!.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (${best.length} questions)`,
      );
      expect(p95).toBeLessThanOrEqual(1);
    });
  });
});
