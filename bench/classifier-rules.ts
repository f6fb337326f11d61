// What each regular expression costs a whole field check, English and Chinese apart: one pass of check() over the
// field dev half records every exec of every pattern (RegExp.prototype.exec patched: test, search, replace and
// split call it once the prototype is changed), with the string and lastIndex it was given; then each pattern's
// recorded calls are replayed alone (the prototype restored) ROUNDS times and the least time is kept, divided by the
// messages of the half. Patterns with the same source and flags are summed. Where a pattern comes from is named when
// it is one of the content's (phrase rule, warning, exception); others are the code's fixed patterns.
// Replayed alone each pattern meets warm caches and no call overhead of its caller: the figures rank the patterns
// and bound what a cut of one could save, they do not add up to the check.
// `npx tsx bench/classifier-rules.ts [TOP] [ROUNDS]`
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';
import { brand, classifier } from '../test/helpers/content.ts';

const top = Number(process.argv[2] ?? 30);
const rounds = Number(process.argv[3] ?? 5);
const HAN = /[\u3400-\u9fff]/;
const texts = [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m) => m.text))];

// Where each content pattern comes from.
const origin = new Map<RegExp, string>();
const { phrases } = classifier.context.language;
for (const r of phrases.rules) {
  for (const [k, p] of r.patterns.entries()) origin.set(p, `rule ${r.topic}#${k}`);
  for (const [k, p] of r.unless.entries()) origin.set(p, `unless ${r.topic}#${k}`);
}
for (const [k, p] of phrases.warnings.entries()) origin.set(p, `warning#${k}`);
for (const [k, p] of phrases.warningsEvery.entries()) origin.set(p, `warning#${k} (every)`);

interface Calls {
  re: RegExp;
  strings: string[];
  lastIndex: number[];
}
const exec = RegExp.prototype.exec;
let calls = new Map<RegExp, Calls>();
function record(this: RegExp, s: string): RegExpExecArray | null {
  let c = calls.get(this);
  if (!c) {
    c = { re: this, strings: [], lastIndex: [] };
    calls.set(this, c);
  }
  c.strings.push(s);
  c.lastIndex.push(this.lastIndex);
  return exec.call(this, s);
}

let sink = 0;
for (const t of texts) sink += classifier.check(t).verdict.length; // warm: first-use tables built outside the record
for (const [name, set] of [
  ['English', texts.filter((t) => !HAN.test(t))],
  ['Chinese', texts.filter((t) => HAN.test(t))],
] as const) {
  calls = new Map();
  RegExp.prototype.exec = record;
  for (const t of set) sink += classifier.check(t).verdict.length;
  RegExp.prototype.exec = exec;
  const bySource = new Map<string, { us: number; n: number; from: Set<string> }>();
  for (const c of calls.values()) {
    let least = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      for (let k = 0; k < c.strings.length; k++) {
        c.re.lastIndex = c.lastIndex[k]!;
        sink += exec.call(c.re, c.strings[k]!) ? 1 : 0;
      }
      least = Math.min(least, performance.now() - t0);
    }
    const key = `/${c.re.source}/${c.re.flags}`;
    const row = bySource.get(key) ?? { us: 0, n: 0, from: new Set<string>() };
    row.us += (least * 1000) / set.length;
    row.n += c.strings.length;
    row.from.add(origin.get(c.re) ?? 'fixed');
    bySource.set(key, row);
  }
  const rows = [...bySource].sort((a, b) => b[1].us - a[1].us);
  const total = rows.reduce((s, [, r]) => s + r.us, 0);
  console.log(`\n${name} (${set.length} messages): ${rows.length} patterns, ${total.toFixed(1)} µs a check replayed alone`);
  for (const [src, r] of rows.slice(0, top))
    console.log(
      `${r.us.toFixed(2).padStart(6)} µs ${(r.n / set.length).toFixed(1).padStart(6)} calls  ${[...r.from].join(',').slice(0, 34).padEnd(34)} ${src.slice(0, 90)}`,
    );
}
if (sink === 0.5) console.log('');
