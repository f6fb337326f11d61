// The brain of this checkout beside another's, in one process (no HTTP, no store): both trees' handleTurn over the
// webhook bench's varied mix (bench/lib/bench-texts.ts), interleaved in blocks of 200 turns (A then B, B then A),
// CPU µs per turn by kind of message, the ratio per round and per block; and every turn's replies, chat lines,
// events and state compared as JSON over the first round (a speed change must not change a reply; the state's keys
// sorted, as the store reads them by key). The before/after
// for the brain's own work on a loaded machine, where the server benches move by more than such a change weighs.
//   node --import tsx bench/brain-compare.ts OTHER_CHECKOUT [ROUNDS] [TURNS_PER_ROUND]
// The other checkout: `git archive REV | tar -x -C DIR`, node_modules linked. Both share one V8 heap, so one side's
// garbage can be collected during the other's block: read the medians, not a single block.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from './harness.ts';
import { interleave, perRoundLine } from './lib/interleave.ts';
import { median } from './lib/stats.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const OTHER = process.argv[2];
if (!OTHER) throw new Error('usage: bench/brain-compare.ts OTHER_CHECKOUT [ROUNDS] [TURNS_PER_ROUND]');
const ROUNDS = Math.max(1, Number(process.argv[3]) || 5);
const PER = Math.max(400, Number(process.argv[4]) || 4000);
const BLOCK = 200;
const USERS = 1000;
const CYCLE = ['question', 'message', 'question', 'drill', 'answer', 'answer', 'question', 'message'];

interface Side {
  root: string;
  turn: (state: unknown, text: string, now: number) => { state: unknown; record: string };
  fresh: () => unknown;
  text: (user: number, k: number, n: number) => string;
  states: Map<number, unknown>;
  next: number;
  rounds: number[];
  kinds: Record<string, number[]>;
  out: string[];
}

/** A JSON value with every object's keys sorted (undefined values dropped, as JSON drops them). */
function byKey(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(byKey);
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, byKey(x)]));
}

async function side(root: string): Promise<Side> {
  const { loadBrand } = await import(join(root, 'src/content/brand.ts'));
  const { loadBrain } = await import(join(root, 'src/bot/load.ts'));
  const { coresNow } = await import(join(root, 'src/bot/load-now.ts'));
  const { handleTurn } = await import(join(root, 'src/bot/brain.ts'));
  const { freshState } = await import(join(root, 'src/bot/types.ts'));
  const { benchTexts } = await import(join(root, 'bench/lib/bench-texts.ts'));
  const { brain } = loadBrain(root, loadBrand(join(root, 'content/brand.yaml')), coresNow);
  const mix = benchTexts(root);
  return {
    root,
    turn: (state, text, now) => {
      const r = handleTurn(brain, state, { text, now });
      // The drill summary holds the answers as typed (never stored): the rest of each event is compared.
      const events = r.events.map((e: { summary?: unknown }) => ({ ...e, summary: undefined }));
      // The state by key, not by key order: the store reads it by key (one shape since session 15 puts the keys a
      // turn sets in a fixed order, where they had been appended in the order turns first set them).
      return { state: r.state, record: JSON.stringify([r.replies, r.lines, events, byKey(r.state)]) };
    },
    fresh: () => freshState(),
    text: (u, k, n) => mix.text(u, k, n),
    states: new Map(),
    next: 0,
    rounds: [],
    kinds: {},
    out: [],
  };
}

/** `count` turns of the mix from where this side is; CPU µs per turn in all and by kind. */
function run(s: Side, count: number, record: boolean) {
  const kinds: Record<string, { n: number; us: number }> = {};
  let total = 0;
  for (let j = 0; j < count; j++) {
    const i = s.next++;
    const user = i % USERS;
    const k = Math.floor(i / USERS);
    const state = s.states.get(user) ?? s.fresh();
    const text = s.text(user, k, i);
    const t0 = process.cpuUsage();
    const r = s.turn(state, text, 1_700_000_000_000 + i * 100);
    const d = process.cpuUsage(t0);
    s.states.set(user, r.state);
    if (record) s.out.push(r.record);
    const kind = (state as { drill?: unknown }).drill ? 'in a drill' : CYCLE[k % CYCLE.length]!;
    kinds[kind] ??= { n: 0, us: 0 };
    const e = kinds[kind];
    e.n++;
    e.us += d.user + d.system;
    total += d.user + d.system;
  }
  return { perTurn: total / count, kinds };
}

const sides = [await side(ROOT), await side(resolve(OTHER))];
for (const s of sides) run(s, 4000, false); // warm-up: the optimising compiler
type Acc = Record<string, { n: number; us: number }>;
const acc: Acc[][] = []; // per round, per side: CPU µs by kind
const ab = await interleave(ROUNDS, PER / BLOCK, (x, r) => {
  const res = run(sides[x]!, BLOCK, r === 0);
  acc[r] ??= [{}, {}];
  for (const [k, e] of Object.entries(res.kinds)) {
    acc[r][x]![k] ??= { n: 0, us: 0 };
    const a = acc[r][x]![k];
    a.n += e.n;
    a.us += e.us;
  }
  return res.perTurn * BLOCK;
});
sides.forEach((s, x) => {
  s.rounds = ab.rounds[x]!.map((us) => us / PER);
  for (const round of acc) {
    for (const [k, e] of Object.entries(round[x]!)) {
      s.kinds[k] ??= [];
      s.kinds[k].push(e.us / e.n);
    }
  }
});
console.log(`\n## brain A/B (${ROUNDS} rounds of ${PER} turns each, interleaved in blocks of ${BLOCK}; CPU µs per turn)`);
for (const [x, s] of sides.entries()) {
  console.log(
    `${x ? 'other' : 'this tree'} (${s.root}): median ${fmt(median(s.rounds), 1)}; rounds ${s.rounds.map((v) => fmt(v)).join(' ')}; ` +
      `by kind ${Object.entries(s.kinds).map(([k, v]) => `${k} ${fmt(median(v))}`).join(', ')}`,
  );
}
const br = [...ab.blocks].sort((a, b) => a - b);
console.log(perRoundLine(ab));
console.log(
  `per block (${br.length} pairs): median ${fmt(median(br), 3)}, quartiles ${fmt(br[Math.floor(br.length / 4)]!, 3)}–${fmt(br[Math.floor((3 * br.length) / 4)]!, 3)}`,
);
const [a, b] = sides;
const diff = a!.out.findIndex((o, i) => o !== b!.out[i]);
console.log(diff < 0 ? `the first round's ${a!.out.length} turns: identical` : `turn ${diff} differs:\n${a!.out[diff]}\n${b!.out[diff]}`);
