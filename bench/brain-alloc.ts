// Bytes a brain turn allocates, and where: `handleTurn` over the webhook bench's mix (bench/lib/bench-texts.ts, 1,000
// users), warmed up, then V8's sampling heap profiler with the objects both GCs collected kept (so garbage counts:
// what a turn throws away is what the scavenger pays for). Prints bytes per turn in all, by part of the turn (the
// first frame of the stack that names one) and the functions that allocate most themselves.
//   node --import tsx bench/brain-alloc.ts [CHECKOUT] [TURNS]
// Sampled: the totals move a few % from run to run; compare trees by several runs each, or one run of many turns.
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(process.argv[2] ?? resolve(fileURLToPath(import.meta.url), '../..'));
const TURNS = Math.max(1000, Number(process.argv[3]) || 8000);
const USERS = 1000;

const { loadBrand } = await import(join(ROOT, 'src/content/brand.ts'));
const { loadBrain } = await import(join(ROOT, 'src/bot/load.ts'));
const { coresNow } = await import(join(ROOT, 'src/bot/load-now.ts'));
const { handleTurn } = await import(join(ROOT, 'src/bot/brain.ts'));
const { freshState } = await import(join(ROOT, 'src/bot/types.ts'));
const { benchTexts } = await import(join(ROOT, 'bench/lib/bench-texts.ts'));
const { brain } = loadBrain(ROOT, loadBrand(join(ROOT, 'content/brand.yaml')), coresNow);
const mix = benchTexts(ROOT);

const states = new Map<number, unknown>();
let next = 0;
function run(count: number): void {
  for (let j = 0; j < count; j++) {
    const i = next++;
    const user = i % USERS;
    const r = handleTurn(brain, states.get(user) ?? freshState(), {
      text: mix.text(user, Math.floor(i / USERS), i),
      now: 1_700_000_000_000 + i * 100,
    });
    states.set(user, r.state);
  }
}

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}

// A turn's parts, by the first frame (from the leaf up) whose function or file names one.
const PARTS: [string, RegExp][] = [
  ['fuse.js tie-break', /node_modules\/fuse\.js|fuzzyTieBreak/],
  ['FAQ: question forms', /questionForms|modelText|rankedForm|normalizeQuestion/],
  ['FAQ: term vector', /termVector|features\b/],
  ['FAQ: model scans', /scanLogits|predict|productProbability/],
  ['FAQ: routing', /routeQuestion|CueReading|cueFamilies|fittedCall/],
  ['FAQ: other', /src\/faq\//],
  ['drills', /src\/scenarios\//],
  ['classifier', /src\/classifier\//],
  ['masking', /redact|mask/i],
  ['brain: other', /src\/bot\/|src\/content\//],
];

await new Promise((r) => setTimeout(r, 0));
run(4000); // warm-up: the optimising compiler, the caches
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 512,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
run(TURNS);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: Node } };
session.disconnect();

const byPart = new Map<string, number>();
const byFn = new Map<string, number>();
let total = 0;
function walk(n: Node, stack: Node['callFrame'][]): void {
  const here = [...stack, n.callFrame];
  if (n.selfSize) {
    total += n.selfSize;
    const f = n.callFrame;
    // A builtin (String.prototype.replace, Map.prototype.set …) is named with the function that called it.
    const caller = f.url ? undefined : stack[stack.length - 1];
    const where = (c: Node['callFrame']) => `${c.functionName || '(anonymous)'} ${c.url.replace(/^.*\/(node_modules\/|src\/)/, '$1')}`;
    const key = caller ? `${f.functionName} ← ${where(caller)}` : where(f);
    byFn.set(key, (byFn.get(key) ?? 0) + n.selfSize);
    let part = 'outside the brain (the harness)';
    outer: for (let k = here.length - 1; k >= 0; k--) {
      const name = `${here[k]!.functionName} ${here[k]!.url}`;
      for (const [p, re] of PARTS) {
        if (re.test(name)) {
          part = p;
          break outer;
        }
      }
    }
    byPart.set(part, (byPart.get(part) ?? 0) + n.selfSize);
  }
  for (const c of n.children) walk(c, here);
}
walk(profile.head, []);
const kb = (b: number) => (b / TURNS / 1024).toFixed(1);
console.log(`${ROOT}: ${TURNS} turns after 4,000 of warm-up; sampled allocation ${kb(total)} KB per turn`);
for (const [p, b] of [...byPart].sort((x, y) => y[1] - x[1])) console.log(`  ${p.padEnd(34)} ${kb(b).padStart(6)} KB`);
console.log('functions allocating most themselves (KB per turn):');
for (const [f, b] of [...byFn].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`  ${kb(b).padStart(6)}  ${f}`);
