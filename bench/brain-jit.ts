// What V8's optimising compiler still does once a brain is warm: `handleTurn` over the webhook bench's mix (1,000
// users, each state through JSON and reviveState between turns, as the store hands it back), run in a child with
// --trace-opt --trace-deopt; from turn FROM on, the deopts by function and reason and the TurboFan compilations by
// function with their time (the compiler thread's wall time: under load it includes waiting for a core). A function
// deopted late is recompiled whole, with all it inlined: that is the "V8's other threads" share of a turn.
//   node --import tsx bench/brain-jit.ts [CHECKOUT] [TURNS] [FROM]      (defaults: this tree, 45000, 15000)
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { top, traceTally } from './lib/v8-trace.ts';

const SELF = fileURLToPath(import.meta.url);
const CHILD = process.argv[2] === '--child';
const args = CHILD ? process.argv.slice(3) : process.argv.slice(2);
const ROOT = resolve(args[0] ?? join(SELF, '../..'));
const TURNS = Math.max(1000, Number(args[1]) || 45_000);
const FROM = Math.max(0, Number(args[2]) || 15_000);
const MARK = '### from';

async function child(): Promise<void> {
  const { loadBrand } = await import(join(ROOT, 'src/content/brand.ts'));
  const { loadBrain } = await import(join(ROOT, 'src/bot/load.ts'));
  const { coresNow } = await import(join(ROOT, 'src/bot/load-now.ts'));
  const { handleTurn } = await import(join(ROOT, 'src/bot/brain.ts'));
  const { freshState, reviveState } = await import(join(ROOT, 'src/bot/types.ts'));
  const { benchTexts } = await import(join(ROOT, 'bench/lib/bench-texts.ts'));
  const { brain } = loadBrain(ROOT, loadBrand(join(ROOT, 'content/brand.yaml')), coresNow);
  const mix = benchTexts(ROOT);
  const states = new Map<number, string>();
  for (let i = 0; i < TURNS; i++) {
    if (i === FROM) console.log(MARK);
    const user = i % 1000;
    const stored = states.get(user);
    const r = handleTurn(brain, stored ? reviveState(JSON.parse(stored)) : freshState(), {
      text: mix.text(user, Math.floor(i / 1000), i),
      now: 1_700_000_000_000 + i * 100,
    });
    states.set(user, JSON.stringify(r.state));
  }
}

async function parent(): Promise<void> {
  const proc = spawn(
    process.execPath,
    ['--trace-opt', '--trace-deopt', '--import', 'tsx', SELF, '--child', ROOT, `${TURNS}`, `${FROM}`],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let late = false;
  let rest = '';
  const { deopts, compiled, compiles, read: tally } = traceTally();
  const read = (line: string) => {
    if (line.startsWith(MARK)) late = true;
    if (late) tally(line);
  };
  proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
    const lines = (rest + d).split('\n');
    rest = lines.pop()!;
    for (const l of lines) read(l);
  });
  await new Promise<void>((done, fail) =>
    proc.once('exit', (code) => (code ? fail(new Error(`child exited ${code}`)) : done())),
  );
  const late_ = TURNS - FROM;
  const total = [...compiled.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${ROOT}: turns ${FROM}–${TURNS}: ${[...deopts.values()].reduce((a, b) => a + b, 0)} deopts, ${[...compiles.values()].reduce((a, b) => a + b, 0)} compilations, ${total.toFixed(0)} ms compiling (${((total * 1000) / late_).toFixed(0)} µs a turn)`,
  );
  console.log('deopts (function: reason):');
  for (const [k, n] of top(deopts, 25)) console.log(`  ${n}  ${k}`);
  console.log('compiled (ms, times):');
  for (const [k, ms] of top(compiled, 20)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${compiles.get(k)}×  ${k}`);
}

await (CHILD ? child() : parent());
