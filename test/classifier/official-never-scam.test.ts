// `official` is never given to a scam wearing the brand: any wearing (the sender tag, the name, the hotline, the
// domain) beside any request or lever of the lexicon's request families (a code, money moved, a screen shared, an app
// installed, a new contact added, another number called, a fee), in either order, for both brand files.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../../src/classifier/index.ts';
import { loadBrand } from '../../src/content/brand.ts';
import { ROOT } from '../helpers/content.ts';
import { placeholders } from '../field/messages-corpus.ts';
import { EN_CHANNEL, EN_REQUESTS, EN_WEAR, ZH_CHANNEL, ZH_REQUESTS, ZH_WEAR } from './brand-requests.ts';

vi.setConfig({ testTimeout: 60_000 });

for (const file of ['content/brand.yaml', 'test/field/brand-b.yaml']) {
  const brand = loadBrand(resolve(ROOT, file));
  const classifier = createClassifier(ROOT, brand);
  const vars = placeholders(brand);
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]!);
  const message = (wear: readonly string[], requests: readonly string[], channels: readonly string[], sep: string) =>
    fc
      .record({
        wear: fc.constantFrom(...wear),
        requests: fc.uniqueArray(fc.constantFrom(...requests), { minLength: 1, maxLength: 2 }),
        channel: fc.constantFrom(...channels),
        channelFirst: fc.boolean(),
      })
      .map(({ wear: w, requests: r, channel, channelFirst }) =>
        fill(channelFirst ? `${w}${channel}${sep}${r.join(sep)}` : `${w}${r.join(sep)}${sep}${channel}`),
      );

  describe(`${brand.name.en}'s own legal notice stays official`, () => {
    it.each([
      '【{brand}】您的借款已逾期，我司已向法院提起诉讼，后续文书以法院短信为准。详询{hotline}',
      '{sender}【{brand}】法务通知：您的合同纠纷已由我司依法提起诉讼，如需和解请致电{hotline}。',
    ])('%s', (line) => {
      expect(classifier.check(fill(line)).verdict).toBe('official');
    });
  });

  describe(`a request wearing ${brand.name.en} is never official`, () => {
    it.each([
      ['zh', message(ZH_WEAR, ZH_REQUESTS, ZH_CHANNEL, '，')],
      ['en', message(EN_WEAR, EN_REQUESTS, EN_CHANNEL, ' ')],
    ] as const)('%s', (_, messages) => {
      fc.assert(
        fc.property(messages, (text) => {
          expect(classifier.check(text).verdict, text).not.toBe('official');
        }),
        { numRuns: 300 },
      );
    });
  });
}
