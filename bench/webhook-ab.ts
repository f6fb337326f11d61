// Before/after for the webhook under the same load: two servers (this tree and another checkout) side by side,
// measured in alternating short bursts of the webhook bench's load, so a busy machine's changing load falls on both
// alike. Prints CPU per message (process and main thread, /proc) per burst and the medians.
//   node --import tsx bench/webhook-ab.ts OTHER_CHECKOUT [BURSTS]
//   WEBHOOK_BENCH_SECONDS=3   seconds per burst (default 3); WEBHOOK_PHASES_CONNECTIONS=16 concurrency (default 64)
//   WEBHOOK_AB_WARMUP=20      seconds of warm-up per server (default twice a burst, at least 5)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-ab-'));
const trees = [
  { name: `this tree`, dir: ROOT },
  { name: `other (${OTHER})`, dir: resolve(OTHER) },
];
const servers: ChildServer[] = [];
try {
  for (const [i, t] of trees.entries()) {
    servers.push(
      await spawnServer([join(t.dir, 'bin/scam-coach.js'), 'serve'], {
        cwd: t.dir,
        env: serverEnv(join(tmp, `data${i}`)),
        name: t.name,
      }),
    );
  }
  // Warm-up: the optimising compiler needs seconds of the varied mix (more on a busy machine, where fewer messages
  // arrive per second); WEBHOOK_AB_WARMUP seconds each, default 2 bursts' worth.
  for (const s of servers) await load('warm-up', s, 'warm', WARMUP, CONCURRENCY);
  const rows = trees.map(() => ({ proc: [] as number[], main: [] as number[], rate: [] as number[] }));
  for (let b = 0; b < BURSTS; b++) {
    // Alternate which goes first, so neither always meets the other's after-effects.
    const order = b % 2 ? [1, 0] : [0, 1];
    for (const i of order) {
      const s = servers[i]!;
      const p0 = cpuSeconds(s.pid);
      const m0 = cpuSeconds(s.pid, s.pid);
      const run = await load(trees[i]!.name, s, `b${b}-${i}`, SECONDS, CONCURRENCY);
      rows[i]!.proc.push(((cpuSeconds(s.pid) - p0) * 1e6) / run.total);
      rows[i]!.main.push(((cpuSeconds(s.pid, s.pid) - m0) * 1e6) / run.total);
      rows[i]!.rate.push(run.reqPerSec);
    }
  }
  console.log(`\n## webhook A/B (${CONCURRENCY} connections, ${BURSTS} alternating bursts of ${SECONDS} s)`);
  console.log(
    table([
      ['server', 'CPU µs/msg (median)', 'main thread µs/msg', 'msg/s (median)', 'CPU µs/msg per burst'],
      ...trees.map((t, i) => [
        t.name,
        fmt(median(rows[i]!.proc), 0),
        fmt(median(rows[i]!.main), 0),
        fmt(median(rows[i]!.rate), 0),
        rows[i]!.proc.map((x) => fmt(x, 0)).join(' '),
      ]),
    ]),
  );
  console.log(`this tree / other, CPU per message: ${fmt(median(rows[0]!.proc) / median(rows[1]!.proc), 2)}×`);
} finally {
  for (const s of servers) await s.stop();
  rmSync(tmp, { recursive: true, force: true });
}
