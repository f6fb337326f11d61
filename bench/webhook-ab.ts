// Before/after for the webhook under the same load: two servers (this tree and another checkout, or this tree twice
// with different node flags) side by side, measured in alternating short bursts of the webhook bench's load, so a
// busy machine's changing load falls on both alike. Prints CPU per message (process and main thread, /proc) per
// burst and the medians.
// Both spawn orders, by default: the server spawned and warmed first measured ~1.26× dearer than the second in two
// swapped runs of one pair of trees (session 8), whichever it was. So the pair is run twice, this tree first and
// then the other first, and the verdict is the geometric mean of the two orders' ratios: the order's bias divides out.
//   node --import tsx bench/webhook-ab.ts OTHER_CHECKOUT [BURSTS]
//   WEBHOOK_BENCH_SECONDS=3   seconds per burst (default 3); WEBHOOK_PHASES_CONNECTIONS=16 concurrency (default 64)
//   WEBHOOK_AB_WARMUP=20      seconds of warm-up per server (default twice a burst, at least 5)
//   WEBHOOK_AB_ORDERS=both    both (default), this-first or other-first
//   WEBHOOK_AB_THIS_FLAGS / WEBHOOK_AB_OTHER_FLAGS   node flags for either server ("--max-semi-space-size=64"):
//                             with OTHER_CHECKOUT = this tree, an A/B of a V8 setting on the same code
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, table } from './harness.ts';
import { type ChildServer, spawnServer } from './lib/child.ts';
import { CONNECTIONS, cpuSeconds, load, serverEnv } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const OTHER = process.argv[2];
if (!OTHER) throw new Error('usage: bench/webhook-ab.ts OTHER_CHECKOUT [BURSTS]');
const BURSTS = Math.max(1, Number(process.argv[3]) || 6);
const SECONDS = Math.max(1, Number(process.env.WEBHOOK_BENCH_SECONDS) || 3);
const WARMUP = Math.max(1, Number(process.env.WEBHOOK_AB_WARMUP) || Math.max(5, SECONDS * 2));
const CONCURRENCY = Math.max(1, Number(process.env.WEBHOOK_PHASES_CONNECTIONS) || CONNECTIONS);
const ORDERS = process.env.WEBHOOK_AB_ORDERS ?? 'both';
const flags = (v: string | undefined) => (v ?? '').split(/\s+/).filter(Boolean);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const loadAvg = () => loadavg().map((x) => fmt(x, 1)).join(' / ');

interface Tree {
  name: string;
  dir: string;
  flags: string[];
}
const thisFlags = flags(process.env.WEBHOOK_AB_THIS_FLAGS);
const otherFlags = flags(process.env.WEBHOOK_AB_OTHER_FLAGS);
const trees: [Tree, Tree] = [
  { name: `this tree${thisFlags.length ? ` ${thisFlags.join(' ')}` : ''}`, dir: ROOT, flags: thisFlags },
  { name: `other (${OTHER})${otherFlags.length ? ` ${otherFlags.join(' ')}` : ''}`, dir: resolve(OTHER), flags: otherFlags },
];

/** Medians of one order's bursts, per tree (index 0: this tree, 1: the other, whatever the spawn order). */
interface OrderResult {
  label: string;
  proc: [number, number];
  main: [number, number];
  rate: [number, number];
  bursts: [number[], number[]];
}

/** Spawn both servers in `order`, warm them in that order, then alternate bursts; the medians per tree. */
async function runOrder(order: [0, 1] | [1, 0], label: string): Promise<OrderResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-ab-'));
  const servers: ChildServer[] = [];
  try {
    for (const i of order) {
      const t = trees[i];
      servers[i] = await spawnServer([...t.flags, join(t.dir, 'bin/scam-coach.js'), 'serve'], {
        cwd: t.dir,
        env: serverEnv(join(tmp, `data${i}`)),
        name: t.name,
      });
    }
    // Warm-up: the optimising compiler needs seconds of the varied mix (more on a busy machine, where fewer messages
    // arrive per second); WEBHOOK_AB_WARMUP seconds each.
    for (const i of order) await load('warm-up', servers[i]!, `warm-${label}`, WARMUP, CONCURRENCY);
    const rows = trees.map(() => ({ proc: [] as number[], main: [] as number[], rate: [] as number[] }));
    for (let b = 0; b < BURSTS; b++) {
      // Alternate which goes first within the order, so neither always meets the other's after-effects.
      const seq = b % 2 ? [order[1], order[0]] : order;
      for (const i of seq) {
        const s = servers[i]!;
        const p0 = cpuSeconds(s.pid);
        const m0 = cpuSeconds(s.pid, s.pid);
        const run = await load(trees[i].name, s, `${label}-b${b}-${i}`, SECONDS, CONCURRENCY);
        rows[i]!.proc.push(((cpuSeconds(s.pid) - p0) * 1e6) / run.total);
        rows[i]!.main.push(((cpuSeconds(s.pid, s.pid) - m0) * 1e6) / run.total);
        rows[i]!.rate.push(run.reqPerSec);
      }
    }
    const pair = (f: (r: (typeof rows)[number]) => number): [number, number] => [f(rows[0]!), f(rows[1]!)];
    return {
      label,
      proc: pair((r) => median(r.proc)),
      main: pair((r) => median(r.main)),
      rate: pair((r) => median(r.rate)),
      bursts: [rows[0]!.proc, rows[1]!.proc],
    };
  } finally {
    for (const s of servers) await s?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

const plan: { order: [0, 1] | [1, 0]; label: string }[] = [];
if (ORDERS !== 'other-first') plan.push({ order: [0, 1], label: 'this tree first' });
if (ORDERS !== 'this-first') plan.push({ order: [1, 0], label: 'other first' });
const results: OrderResult[] = [];
for (const p of plan) {
  const before = loadAvg();
  const r = await runOrder(p.order, p.label);
  results.push(r);
  console.log(
    `\n## webhook A/B, ${r.label} (${CONCURRENCY} connections, ${BURSTS} alternating bursts of ${SECONDS} s; ` +
      `load average ${before} → ${loadAvg()})`,
  );
  console.log(
    table([
      ['server', 'CPU µs/msg (median)', 'main thread µs/msg', 'msg/s (median)', 'CPU µs/msg per burst'],
      ...trees.map((t, i) => [
        t.name,
        fmt(r.proc[i]!, 0),
        fmt(r.main[i]!, 0),
        fmt(r.rate[i]!, 0),
        r.bursts[i]!.map((x) => fmt(x, 0)).join(' '),
      ]),
    ]),
  );
  console.log(
    `this tree / other, ${r.label}: process CPU per message ${fmt(r.proc[0] / r.proc[1], 3)}×, ` +
      `main thread ${fmt(r.main[0] / r.main[1], 3)}×`,
  );
}
const geo = (f: (r: OrderResult) => number) => Math.exp(results.reduce((s, r) => s + Math.log(f(r)), 0) / results.length);
const per = (f: (r: OrderResult) => number) => results.map((r) => fmt(f(r), 3)).join(', ');
const proc = (r: OrderResult) => r.proc[0] / r.proc[1];
const main = (r: OrderResult) => r.main[0] / r.main[1];
console.log(
  `\nthis tree / other, ${results.length === 2 ? 'geometric mean of both orders' : `${results[0]!.label} only (biased: run both)`}: ` +
    `process CPU per message ${fmt(geo(proc), 3)}× (${per(proc)}), main thread ${fmt(geo(main), 3)}× (${per(main)})`,
);
