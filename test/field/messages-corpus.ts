// Loads the messages field corpus (test/field/messages-*.tsv, format in test/field/README.md) and fills its brand
// placeholders from a brand file, so the same lines run against the demo brand and a second fictional one.
import { existsSync, readFileSync } from 'node:fs';
import type { Brand } from '../../src/content/brand.ts';
import { batchOf } from '../../src/content/id-batches.ts';

export const LABELS = ['official', 'benign', 'risky', 'dangerous'] as const;
export type Label = (typeof LABELS)[number];

export interface FieldMessage {
  id: string;
  label: Label;
  topic: string;
  lang: 'zh' | 'en';
  /** With placeholders filled and "\n" turned into line breaks. */
  text: string;
}

/**
 * Batches of the corpus, each written separately and split once (test/field/README.md). Figures are reported per
 * batch: a batch's dev half only stops being "unseen" once someone tunes on it.
 */
export const BATCHES = Object.freeze({
  1: { first: 'm0001', last: 'm0566' },
  2: { first: 'm0567', last: 'm0871' },
  3: { first: 'm0872', last: 'm1090' },
  4: { first: 'm1201', last: 'm1508' },
  5: { first: 'm1601', last: 'm1860' },
  6: { first: 'm1901', last: 'm2199' },
  7: { first: 'm2201', last: 'm2499' },
  8: { first: 'm2501', last: 'm2799' },
  9: { first: 'm2801', last: 'm3099' },
  10: { first: 'm3101', last: 'm3399' },
  11: { first: 'm3401', last: 'm3699' },
  12: { first: 'm3701', last: 'm3999' },
  13: { first: 'm4001', last: 'm4299' },
  14: { first: 'm4301', last: 'm4599' },
  15: { first: 'm4601', last: 'm4899' },
  16: { first: 'm4901', last: 'm5199' },
  18: { first: 'm5501', last: 'm5799' },
  19: { first: 'm5801', last: 'm6099' },
  20: { first: 'm6101', last: 'm6402' },
  21: { first: 'm6501', last: 'm6790' },
  22: { first: 'm6801', last: 'm7091' },
  23: { first: 'm7101', last: 'm7390' },
  24: { first: 'm7401', last: 'm7695' },
  25: { first: 'm7701', last: 'm7991' },
  26: { first: 'm8001', last: 'm8296' },
  27: { first: 'm8301', last: 'm8599' },
  28: { first: 'm8601', last: 'm8899' },
  29: { first: 'm8901', last: 'm9199' },
  30: { first: 'm9201', last: 'm9499' },
  31: { first: 'm9501', last: 'm9799' },
  32: { first: 'm9801', last: 'm10099' },
  33: { first: 'm10101', last: 'm10399' },
  34: { first: 'm10401', last: 'm10719' },
  35: { first: 'm10721', last: 'm11019' },
  36: { first: 'm11021', last: 'm11329' },
  37: { first: 'm11331', last: 'm11649' },
  38: { first: 'm11651', last: 'm11969' },
  39: { first: 'm11971', last: 'm12289' },
  40: { first: 'm12291', last: 'm12609' },
  41: { first: 'm12611', last: 'm12929' },
  42: { first: 'm12931', last: 'm13249' },
  43: { first: 'm13251', last: 'm13569' },
  44: { first: 'm13571', last: 'm13889' },
  45: { first: 'm13891', last: 'm14209' },
  46: { first: 'm14211', last: 'm14529' },
  47: { first: 'm14531', last: 'm14849' },
});
export type Batch = keyof typeof BATCHES;

/** The READ group of dev batches (their misses may be read; every other batch is UNREAD, figures only): the default of
 *  messages-groups.ts and messages-mechanisms.ts: sessions 10–11 used 1,3,…,13; batch 18 joined in session 12; batches 20 and 22 in session 16 (READ had two genuine flags left to read, the unread
 *  dev half thirty: the newest regions move to READ so their misses can be studied; eleven batches stay UNREAD). Session 35
 *  opened the UNREAD batches 2, 4, …, 16 (they hold most of what is left; each new batch's first score is the fresh check
 *  now), so UNREAD is the newest batch's dev half until the next session's rotation. */
export const READ_BATCHES =
  '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46';

/** The batch a line's id belongs to. */
export const messageBatch = (id: string): Batch => batchOf(BATCHES, id, 'BATCHES (test/field/messages-corpus.ts)');

/** The values of {brand}, {brand_en}, {hotline}, {domain}, {domain_label}, {sender} for one brand. */
export function placeholders(brand: Brand): Record<string, string> {
  const domain = brand.official_domains[0]!;
  return {
    brand: brand.name.zh,
    brand_en: brand.name.en,
    hotline: brand.official_numbers[0]!.number,
    domain,
    domain_label: domain.slice(0, domain.indexOf('.')),
    sender: brand.sms_senders?.[0] ?? '106900000000',
  };
}

/** Lines of a corpus file with placeholders filled; undefined when the file is absent. */
export function loadMessages(file: string, brand: Brand): FieldMessage[] | undefined {
  if (!existsSync(file)) return undefined;
  const vars = placeholders(brand);
  const out: FieldMessage[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#') || line.startsWith('id\t')) return;
    const [id, label, topic, lang, text] = line.split('\t');
    if (!id || !text || !LABELS.includes(label as Label) || (lang !== 'zh' && lang !== 'en')) {
      throw new Error(`${file}:${i + 1}:1: not a corpus line (id, label, topic, lang, text, source)`);
    }
    const filled = text.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = vars[key];
      if (value === undefined) throw new Error(`${file}:${i + 1}: unknown placeholder ${whole}`);
      return value;
    });
    out.push({ id, label: label as Label, topic: topic ?? '-', lang, text: filled.replace(/\\n/g, '\n') });
  });
  return out;
}
