// What each layer of a message check costs by itself, beside the whole check, over the field dev half: CPU µs per
// message (process.cpuUsage), each layer run alone over all the messages in turn, 16 rounds, the minimum and the 25th
// percentile. The layers' sum falls well short of the whole check: inside a check each layer meets caches the others
// emptied (docs/performance.md, "Fourth round").  `npx tsx bench/classifier-layers.ts [ROUNDS]`
import { extract, prepareNormalized } from '../src/classifier/extract.ts';
import { classifyLink } from '../src/classifier/link.ts';
import { classifyPhone } from '../src/classifier/phone.ts';
import { findScamLanguage, type LanguageReading } from '../src/classifier/scam-language.ts';
import { redactSecrets } from '../src/classifier/sensitive.ts';
import { NO_WORDING_SIGNALS, type WordingInput, wordingLogit } from '../src/classifier/wording-model.ts';
import { detectLocale } from '../src/content/lang.ts';
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';
import { brand, classifier } from '../test/helpers/content.ts';
import { percentile } from './harness.ts';

const ctx = classifier.context;
const texts = [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m) => m.text))];
const prepared = texts.map((t) => prepareNormalized(t.normalize('NFKC')));
const found = prepared.map((p) => extract(p, ctx.brand));
const words = (t: string, reading: LanguageReading) =>
  findScamLanguage(t, ctx.language, { officialLinksOnly: false, reading, names: ctx.brand.unicodeAliases });
const fresh = (): LanguageReading => ({ text: '', warningKinds: 0, families: new Set() });
const wording: WordingInput[] = texts.map((t) => {
  const reading = fresh();
  words(t, reading);
  return { text: reading.text, signals: NO_WORDING_SIGNALS, families: [...reading.families!] };
});

let sink = 0;
/** A layer: its inputs and what it does with one (the result's size keeps the work observable). */
type Layer = [string, readonly unknown[], (x: never) => number];
const layer = <T>(name: string, inputs: readonly T[], f: (x: T) => number): Layer => [
  name,
  inputs,
  f as (x: never) => number,
];
const layers: Layer[] = [
  layer('whole check', texts, (t) => classifier.check(t).verdict.length),
  layer('NFKC and the prepared text', texts, (t) => prepareNormalized(t.normalize('NFKC')).length),
  layer('extraction (numbers, links)', prepared, (p) => extract(p, ctx.brand).length),
  layer(
    'classifying the items',
    found.flat(),
    (x) =>
      (x.kind === 'phone' ? classifyPhone(x.digits ?? x.raw, ctx.brand) : classifyLink(x.raw, ctx.brand)).reasons
        .length,
  ),
  layer('the words’ layers (findScamLanguage)', texts, (t) => words(t, fresh()).length),
  layer('wording model, every message scored', wording, (w) => wordingLogit(ctx.wording!, w)),
  layer('redaction of the echoed input', texts, (t) => redactSecrets(t).length),
  layer('locale', texts, (t) => detectLocale(t).length),
];
const rounds = Number(process.argv[2] ?? 16);
const perMessage = new Map<string, number[]>();
for (let r = 0; r < rounds + 1; r++) {
  for (const [name, inputs, f] of layers) {
    const cpu = process.cpuUsage();
    for (const x of inputs) sink += f(x as never);
    const used = process.cpuUsage(cpu);
    if (r > 0) perMessage.set(name, [...(perMessage.get(name) ?? []), (used.user + used.system) / texts.length]);
  }
}
console.log(`CPU µs per message over ${texts.length} field dev messages, ${rounds} rounds (min / p25)`);
for (const [name, all] of perMessage) {
  const sorted = all.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(40)} ${sorted[0]!.toFixed(1).padStart(7)} ${percentile(sorted, 25).toFixed(1).padStart(7)}`,
  );
}
if (sink === 0.5) console.log('');
