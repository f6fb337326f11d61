// Where the webhook bench's run-to-run spread lives (issue #14: two quiet runs of one code read 0.559× and 0.699×).
// Spawns the webhook server and the Botkit echo bot SPAWNS times afresh; each time warms both in alternating bursts
// (with V8's --trace-opt on both, to count TurboFan's compilations per burst), then measures PAIRS short pairs, the
// order swapped every pair (echo first in even pairs). Per burst: msg/s, CPU per message of the process, of its main
// thread and of its other threads (V8's compiler and GC helpers, the checkpointer), compilations, the load average.
// Then the split: how much each server's own figure moves (coefficient of variation) against the ratio's, the
// correlation of the two (a busy minute slows both), the drift from the first pairs to the last (warm-up), the order
// within a pair, and how far each spawn's median lies from the others' (what restarting the processes changes).
//   node --import tsx bench/webhook-variance.ts
//   WEBHOOK_VARIANCE_SPAWNS=2  WEBHOOK_VARIANCE_PAIRS=12  WEBHOOK_BENCH_SECONDS=4  WEBHOOK_BENCH_WARMUP=30
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, table } from './harness.ts';
import { type ChildServer, spawnServer } from './lib/child.ts';
import { compilationCounter } from './lib/compilations.ts';
import { CONNECTIONS, cpuSeconds, load, serverEnv } from './lib/webhook-load.ts';
import { cv, median, pearson } from './lib/stats.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SPAWNS = Math.max(1, Number(process.env.WEBHOOK_VARIANCE_SPAWNS) || 2);
const PAIRS = Math.max(2, Number(process.env.WEBHOOK_VARIANCE_PAIRS) || 12);
const SECONDS = Math.max(1, Number(process.env.WEBHOOK_BENCH_SECONDS) || 4);
const WARMUP = Math.max(SECONDS, Number(process.env.WEBHOOK_BENCH_WARMUP) || 30);
const WARM_BURST = 5;
const ECHO_PATH = '/api/messages';

type Which = 'real' | 'echo';
interface Burst {
  rate: number;
  cpu: number; // µs per message, the process
  main: number; // µs per message, the main thread
  compiles: number;
  load1: number;
}

async function burst(s: ChildServer, compiles: () => number, which: Which, id: string, seconds: number): Promise<Burst> {
  const load1 = loadavg()[0]!;
  const p0 = cpuSeconds(s.pid);
  const m0 = cpuSeconds(s.pid, s.pid);
  const c0 = compiles();
  const r = await load(which, s, id, seconds, CONNECTIONS, which === 'echo' ? { path: ECHO_PATH } : {});
  return {
    rate: r.reqPerSec,
    cpu: ((cpuSeconds(s.pid) - p0) * 1e6) / r.total,
    main: ((cpuSeconds(s.pid, s.pid) - m0) * 1e6) / r.total,
    compiles: compiles() - c0,
    load1,
  };
}

const row = (label: string, b: Burst) => [
  label, fmt(b.rate), fmt(b.cpu, 0), fmt(b.main, 0), fmt(b.cpu - b.main, 0), `${b.compiles}`, fmt(b.load1, 1),
];
const HEAD = ['burst', 'msg/s', 'CPU µs/msg', 'main µs/msg', 'other threads µs/msg', 'compilations', 'load (1 min)'];

interface Pair {
  real: Burst;
  echo: Burst;
  echoFirst: boolean;
}
const tp = (p: Pair) => p.real.rate / p.echo.rate;
const byCpu = (p: Pair) => p.echo.cpu / p.real.cpu;

async function spawnOnce(k: number): Promise<Pair[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-var-'));
  const servers: Partial<Record<Which, ChildServer>> = {};
  try {
    servers.real = await spawnServer(['--trace-opt', join(ROOT, 'bin/scam-coach.js'), 'serve'], {
      cwd: ROOT, env: serverEnv(join(tmp, 'data')), name: 'scam-coach serve',
    });
    servers.echo = await spawnServer(['--trace-opt', '--import', 'tsx', join(ROOT, 'bench/lib/botkit-echo.ts')], {
      cwd: ROOT, env: process.env, name: 'botkit echo',
    });
    const counts = { real: compilationCounter(servers.real), echo: compilationCounter(servers.echo) };
    const warm: string[][] = [];
    for (let t = 0, w = 0; t < WARMUP; t += WARM_BURST, w++) {
      for (const which of ['real', 'echo'] as const) {
        warm.push(row(`warm ${w + 1} ${which}`, await burst(servers[which]!, counts[which], which, `w${k}`, WARM_BURST)));
      }
    }
    console.log(`\n## spawn ${k + 1}: warm-up, alternating bursts of ${WARM_BURST} s`);
    console.log(table([HEAD, ...warm]));
    const pairs: Pair[] = [];
    for (let p = 0; p < PAIRS; p++) {
      const echoFirst = p % 2 === 0;
      const got: Partial<Record<Which, Burst>> = {};
      for (const which of echoFirst ? (['echo', 'real'] as const) : (['real', 'echo'] as const)) {
        got[which] = await burst(servers[which]!, counts[which], which, `s${k}p${p}`, SECONDS);
      }
      pairs.push({ real: got.real!, echo: got.echo!, echoFirst });
    }
    console.log(`\n## spawn ${k + 1}: ${PAIRS} pairs of ${SECONDS} s (echo first in odd-numbered pairs)`);
    console.log(
      table([
        ['pair', 'echo msg/s', 'webhook msg/s', 'ratio msg/s', 'echo CPU µs', 'webhook CPU µs', 'ratio CPU',
          'webhook other µs', 'compilations w / e', 'load'],
        ...pairs.map((x, i) => [
          `${i + 1}`, fmt(x.echo.rate), fmt(x.real.rate), fmt(tp(x), 3), fmt(x.echo.cpu, 0), fmt(x.real.cpu, 0),
          fmt(byCpu(x), 3), fmt(x.real.cpu - x.real.main, 0), `${x.real.compiles} / ${x.echo.compiles}`,
          fmt(x.echo.load1, 1),
        ]),
      ]),
    );
    return pairs;
  } finally {
    for (const s of Object.values(servers)) await s?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

const all: Pair[][] = [];
for (let k = 0; k < SPAWNS; k++) all.push(await spawnOnce(k));

const pct = (x: number) => `${fmt(100 * x, 1)} %`;
console.log('\n## where the spread lives');
console.log(
  table([
    ['spawn', 'ratio msg/s (median)', 'ratio CPU (median)', 'CV echo msg/s', 'CV webhook msg/s', 'CV ratio msg/s',
      'r(echo, webhook msg/s)', 'CV echo CPU', 'CV webhook CPU', 'CV ratio CPU', 'first half / second half (msg/s)',
      'echo-first / webhook-first (msg/s)', 'echo CPU µs (median)', 'webhook CPU µs (median)'],
    ...all.map((ps, k) => {
      const half = Math.floor(ps.length / 2);
      return [
        `${k + 1}`, fmt(median(ps.map(tp)), 3), fmt(median(ps.map(byCpu)), 3),
        pct(cv(ps.map((p) => p.echo.rate))), pct(cv(ps.map((p) => p.real.rate))), pct(cv(ps.map(tp))),
        fmt(pearson(ps.map((p) => p.echo.rate), ps.map((p) => p.real.rate)), 2),
        pct(cv(ps.map((p) => p.echo.cpu))), pct(cv(ps.map((p) => p.real.cpu))), pct(cv(ps.map(byCpu))),
        `${fmt(median(ps.slice(0, half).map(tp)), 3)} / ${fmt(median(ps.slice(half).map(tp)), 3)}`,
        `${fmt(median(ps.filter((p) => p.echoFirst).map(tp)), 3)} / ${fmt(median(ps.filter((p) => !p.echoFirst).map(tp)), 3)}`,
        fmt(median(ps.map((p) => p.echo.cpu)), 0), fmt(median(ps.map((p) => p.real.cpu)), 0),
      ];
    }),
  ]),
);
const flat = all.flat();
console.log(
  `all ${flat.length} pairs: ratio by msg/s median ${fmt(median(flat.map(tp)), 3)}, by CPU ${fmt(median(flat.map(byCpu)), 3)}; ` +
    `spawn medians by msg/s ${all.map((ps) => fmt(median(ps.map(tp)), 3)).join(', ')}`,
);
