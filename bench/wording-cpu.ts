// `npx tsx bench/wording-cpu.ts` — what the wording model (src/classifier/wording-model.ts) costs per message, in CPU
// time (steadier than wall-clock rates on a shared machine): its scoring alone over the dev half's normalised texts,
// and whole checks of the dev half with the model on and off, in interleaved rounds (median of each).
import { join } from 'node:path';
import { createClassifier } from '../src/classifier/index.ts';
import { compileWording, wordingLogit } from '../src/classifier/wording-model.ts';
import { FITTED_WORDING } from '../src/classifier/wording-model.generated.ts';
import { loadBrand } from '../src/content/brand.ts';
import { devRows } from './classifier-fit.ts';
import { loadMessages } from '../test/field/messages-corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const cpuMicros = (f: () => void) => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return d.user + d.system;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let model = compileWording(FITTED_WORDING);
const compile = cpuMicros(() => {
  model = compileWording(FITTED_WORDING);
});
const inputs = devRows()
  .filter((r) => r.input && r.brand === 'demo')
  .map((r) => r.input!);
let sink = 0;
const score = () => {
  for (const i of inputs) sink += wordingLogit(model, i);
};
score();
const scoring = Array.from({ length: 30 }, () => cpuMicros(score) / inputs.length);

const brand = loadBrand(join(ROOT, 'content/brand.yaml'));
const on = createClassifier(ROOT, brand);
const off = createClassifier(ROOT, brand);
delete off.context.wording;
// The model without its severity model and two-model raise (session 11), for the raise's own cost.
const { severity, ...alone } = FITTED_WORDING;
const { severe: _severe, ...bars } = FITTED_WORDING.thresholds;
const single = createClassifier(ROOT, brand);
single.context.wording = compileWording({ ...alone, thresholds: bars });
const texts = (loadMessages(join(ROOT, 'test/field/messages-dev.tsv'), brand) ?? []).map((m) => m.text);
const run = (c: typeof on) => () => {
  for (const t of texts) sink += c.check(t).items.length;
};
run(on)();
run(off)();
run(single)();
const withModel: number[] = [];
const without: number[] = [];
const withoutSeverity: number[] = [];
for (let i = 0; i < 40; i++) {
  // Alternating which goes first, so neither always pays for the other's garbage.
  if (i % 2) without.push(cpuMicros(run(off)) / texts.length);
  if (severity && !(i % 2)) withoutSeverity.push(cpuMicros(run(single)) / texts.length);
  withModel.push(cpuMicros(run(on)) / texts.length);
  if (severity && i % 2) withoutSeverity.push(cpuMicros(run(single)) / texts.length);
  if (!(i % 2)) without.push(cpuMicros(run(off)) / texts.length);
}
console.log(
  `compile the weights (${FITTED_WORDING.grams.length + FITTED_WORDING.words.length} features): ${compile} µs`,
);
console.log(`scoring alone: ${median(scoring).toFixed(2)} µs CPU per message (${inputs.length} dev messages)`);
console.log(
  `whole check: ${median(without).toFixed(1)} µs without the model, ${median(withModel).toFixed(1)} µs with it ` +
    `(the model scores only messages it may raise)${sink === 0.5 ? '' : ''}`,
);
if (severity)
  console.log(`whole check with the model but without its severity model: ${median(withoutSeverity).toFixed(1)} µs`);
