// Digits spaced out one by one ("0 0 8 5 2 - 6 1 2 3 - 4 4 0 7", "1  3  8  0  0 …", "+ 8 5 2 …") are the number they
// spell (extract.ts SPACED): classified as the same number written plainly, so an overseas number keeps its prefix and
// a new "customer line" beside the brand's name is no official one. Counter-properties: scores, dates and step lists
// with spaced dashes are no number. Both brands; texts written for this test.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';

vi.setConfig({ testTimeout: 60_000 });
const root = join(import.meta.dirname, '../..');
const brands = { demo: 'content/brand.yaml', b: 'test/field/brand-b.yaml' };
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** The digits of `plain` one by one, groups (split by spaces in `plain`) joined by `groupGap`, digits by `digitGap`. */
const spaceOut = (plain: string, digitGap: string, groupGap: string) =>
  (plain.startsWith('+') ? '+ ' : '') +
  plain
    .replace(/^\+/, '')
    .split(' ')
    .map((g) => [...g].join(digitGap))
    .join(groupGap);
const NUMBERS = ['00852 6123 4407', '+852 6123 4407', '+855 12 555 018', '139 1234 5678', '0063 917 555 0123'];
const GAPS = fc.tuple(pick([' ', '  ', '   ']), pick([' - ', '  ', ' – ', '   ', '- ']));
const FRAMES = [
  (n: string) => `${n} 这是{brand}新开的客服专线，额度、还款有问题以后只打这个号。`,
  (n: string) => `{brand}客服新号码：${n}，请尽快联系办理。`,
  (n: string) => `Our new {brand} support line is ${n}. Call only this number from now on.`,
];

for (const [brandName, file] of Object.entries(brands)) {
  const brand = loadBrand(join(root, file));
  const classifier = createClassifier(root, brand);
  const fill = (t: string) => t.replaceAll('{brand}', brand.name.zh);
  const phones = (text: string) => classifier.check(text).items.filter((i) => i.kind === 'phone');

  describe(`digits spaced out one by one (${brandName})`, () => {
    it('are the number they spell, its prefix and verdict as written plainly', () => {
      fc.assert(
        fc.property(
          pick(NUMBERS),
          GAPS,
          fc.integer({ min: 0, max: FRAMES.length - 1 }),
          (plain, [digitGap, groupGap], i) => {
            const frame = FRAMES[i]!;
            const spaced = phones(fill(frame(spaceOut(plain, digitGap, groupGap))));
            const written = phones(fill(frame(plain)));
            expect(spaced.map((p) => [p.normalized, p.verdict])).toEqual(written.map((p) => [p.normalized, p.verdict]));
            expect(spaced).toHaveLength(1);
          },
        ),
        { numRuns: 60 },
      );
    });

    it('an overseas number spaced out beside the brand is dangerous', () => {
      fc.assert(
        fc.property(pick(NUMBERS.filter((n) => /^(\+|00)/.test(n))), GAPS, (plain, [d, g]) => {
          expect(classifier.check(fill(FRAMES[0]!(spaceOut(plain, d, g)))).verdict).toBe('dangerous');
        }),
        { numRuns: 30 },
      );
    });

    it.each([
      'Final scores: 3 - 1, 2 - 0, 1 - 1, 4 - 2 this week',
      '会议时间 2026 - 12 - 02 下午 3 点',
      'Steps 1 - 2 - 3 - 4 - 5 - 6 - 7 are in the app',
      '请按 1  2  3 的顺序操作',
    ])('no number in %s', (text) => {
      expect(phones(text)).toEqual([]);
    });
  });
}
