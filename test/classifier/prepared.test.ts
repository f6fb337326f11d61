// prepareMessage (the input put in the form a check reads, once, for callers that ask hasItems and check of the same
// message or share the normalised text) gives check() and hasItems() the very results the string gives.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareMessage } from '../../src/classifier/index.ts';
import { loadMessages } from '../field/messages-corpus.ts';
import { brand, classifier } from '../helpers/content.ts';
import { LINK_CASES, MESSAGE_CASES, PHONE_CASES } from './cases.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('prepareMessage', () => {
  it('check and hasItems of the prepared message equal those of the string (table, field dev half, odd forms)', () => {
    const field = (loadMessages(join(ROOT, 'test/field/messages-dev.tsv'), brand) ?? []).map((m) => m.text);
    const inputs = [
      ...[...PHONE_CASES, ...LINK_CASES, ...MESSAGE_CASES].map((c) => c.input),
      ...field.slice(0, 600),
      '請 提 供 驗 證 碼 ｔｏ　１３８００１３８０００',
      `${'x'.repeat(25_000)} 13800138000`,
      '',
    ];
    let withItems = 0;
    for (const input of inputs) {
      const prepared = prepareMessage(input);
      expect(classifier.check(prepared)).toEqual(classifier.check(input));
      const has = classifier.hasItems(prepared);
      expect(has).toBe(classifier.hasItems(input));
      // Prepared by the classifier: its numbers and links found once, read by both.
      const withFound = classifier.prepare(input);
      expect(withFound.found).toBeDefined();
      expect(classifier.check(withFound)).toEqual(classifier.check(input));
      expect(classifier.hasItems(withFound)).toBe(has);
      if (has) withItems++;
    }
    // (Not vacuous: both kinds of input.)
    expect(withItems).toBeGreaterThan(100);
    expect(withItems).toBeLessThan(inputs.length - 100);
  });

  it('reads the numbers and links found at preparation only when they were found for its own brand', () => {
    const input = '客服电话 13800138000，请点 http://example-refund.top 退款';
    const own = classifier.prepare(input);
    expect(own.found!.length).toBe(2);
    // Found for this brand: read as found (an empty list stands), not searched again.
    const emptied = { ...own, found: [] };
    expect(classifier.hasItems(emptied)).toBe(false);
    expect(classifier.check(emptied).items).toEqual([]);
    // Found for another brand index: searched again for this one.
    const foreign = { ...own, found: [], brand: { ...classifier.context.brand } };
    expect(classifier.hasItems(foreign)).toBe(true);
    expect(classifier.check(foreign)).toEqual(classifier.check(input));
    expect(prepareMessage(input).found).toBeUndefined();
  });

  it('holds the input cut to the checked length, its NFKC form and the prepared text', () => {
    const p = prepareMessage('ＡＢＣ（021）8765 4321');
    expect(p.text).toBe('ＡＢＣ（021）8765 4321');
    expect(p.nfkc).toBe('ABC(021)8765 4321');
    expect(p.prepared).toContain('021-8765 4321');
    expect(prepareMessage('y'.repeat(30_000)).text.length).toBe(20_000);
  });
});
