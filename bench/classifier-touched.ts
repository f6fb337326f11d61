// What a check touches per field dev message: how many distinct regular expressions it runs (and which run on most
// messages, with how many of those they matched in), and the calls into the word tries, the screen tables and the gram
// reader, with how many distinct objects of each. RegExp.prototype.exec and those classes' methods are wrapped (every
// test, match, replace and split then goes through exec), so checks run slower here: it counts, it does not time.
// `npx tsx bench/classifier-touched.ts [TOP]`
import { ScreenTable } from '../src/classifier/required-text.ts';
import { GramReader } from '../src/classifier/requests.ts';
import { WordTrie } from '../src/classifier/word-trie.ts';
import { loadMessages } from '../test/field/messages-corpus.ts';
import { CORPUS } from '../test/field/messages-score.ts';
import { brand, classifier } from '../test/helpers/content.ts';

const texts = [...new Set((loadMessages(CORPUS.dev, brand) ?? []).map((m) => m.text))];
for (const t of texts) classifier.check(t); // every lazy table and pruned pattern built before counting
const exec = RegExp.prototype.exec;
let seen = new Set<RegExp>();
let calls = 0;
const runs = new Map<string, { messages: number; calls: number; hits: number; matchedIn: number }>();
let hitIn = new Set<string>();
RegExp.prototype.exec = function (this: RegExp, s: string) {
  calls++;
  const key = `/${this.source.slice(0, 90)}/${this.flags}`;
  let r = runs.get(key);
  if (!r) {
    r = { messages: 0, calls: 0, hits: 0, matchedIn: 0 };
    runs.set(key, r);
  }
  if (!seen.has(this)) r.messages++;
  seen.add(this);
  r.calls++;
  const m = exec.call(this, s);
  if (m) {
    r.hits++;
    if (!hitIn.has(key)) r.matchedIn++;
    hitIn.add(key);
  }
  return m;
};
/** Calls and distinct objects per message of a class's methods. */
const objects = new Map<string, { calls: number; seen: Set<unknown>; distinct: number }>();
function count(name: string, proto: Record<string, unknown>, methods: readonly string[]): void {
  const stat = { calls: 0, seen: new Set<unknown>(), distinct: 0 };
  objects.set(name, stat);
  for (const m of methods) {
    const f = proto[m] as (...a: unknown[]) => unknown;
    proto[m] = function (this: unknown, ...a: unknown[]) {
      stat.calls++;
      stat.seen.add(this);
      return f.apply(this, a);
    };
  }
}
count('word trie steps (first, next)', WordTrie.prototype as never, ['first', 'next']);
count('screen table questions (allows)', ScreenTable.prototype as never, ['allows']);
count('gram reader reads', GramReader.prototype as never, ['read']);
const distinct: number[] = [];
const perCall: number[] = [];
for (const t of texts) {
  seen = new Set();
  hitIn = new Set();
  calls = 0;
  for (const o of objects.values()) o.seen.clear();
  classifier.check(t);
  for (const o of objects.values()) o.distinct += o.seen.size;
  distinct.push(seen.size);
  perCall.push(calls);
}
RegExp.prototype.exec = exec;
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor((a.length - 1) * p)]!;
console.log(
  `${texts.length} messages; distinct RegExp objects run per message: mean ${mean(distinct).toFixed(1)}, median ${q(distinct, 0.5)}, p90 ${q(distinct, 0.9)}; exec calls: mean ${mean(perCall).toFixed(1)}, median ${q(perCall, 0.5)}`,
);
console.log(`distinct patterns (by source) ever run: ${runs.size}`);
for (const [name, o] of objects)
  console.log(
    `${name}: ${(o.calls / texts.length).toFixed(1)} calls, ${(o.distinct / texts.length).toFixed(2)} distinct objects a message`,
  );
const top = Number(process.argv[2] ?? 40);
console.log('\nmost messages run on, with the share of those messages where it matched:');
for (const [k, r] of [...runs].sort((a, b) => b[1].messages - a[1].messages).slice(0, top))
  console.log(
    `${String(r.messages).padStart(5)} msgs ${String(r.calls).padStart(6)} calls ${String(r.matchedIn).padStart(5)} matched-in  ${k}`,
  );
