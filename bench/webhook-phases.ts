// Where one app-webhook turn's CPU goes (issue #14): the real server (`scam-coach serve`, SQLite in a temp dir,
// default settings) under the webhook bench's load, profiled (--cpu-prof), each sample given to one phase of the
// request by its call stack (bench/lib/phases.ts). The profiler samples by wall time (a descheduled thread's time
// lands on whatever it was doing), so each phase's share of the samples is scaled to the main thread's CPU per
// message read from /proc over the same window: µs of CPU per message per phase, robust to a busy machine. The
// process's CPU (all threads: GC helpers, libuv) is printed beside it.
//   npm run bench webhook-phases
//   WEBHOOK_BENCH_SECONDS=5   measured seconds (default 10)
//   WEBHOOK_PHASES_CONNECTIONS=8   concurrent requests (default 64, as the throughput bench)
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, table } from './harness.ts';
import { spawnServer } from './lib/child.ts';
import { monotonicMicros } from './lib/cpuprofile.ts';
import { phaseTable } from './lib/phases.ts';
import { CONNECTIONS, cpuSeconds, load, serverEnv } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SECONDS = Math.max(1, Number(process.env.WEBHOOK_BENCH_SECONDS) || 10);
const CONCURRENCY = Math.max(1, Number(process.env.WEBHOOK_PHASES_CONNECTIONS) || CONNECTIONS);
const SAMPLE_US = 100; // profiler interval: fine enough for phases of a few µs per message over thousands of turns

export async function benchWebhookPhases(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-phases-'));
  try {
    const profileDir = join(tmp, 'profile');
    const server = await spawnServer(
      ['--cpu-prof', '--cpu-prof-dir', profileDir, `--cpu-prof-interval=${SAMPLE_US}`, join(ROOT, 'bin/scam-coach.js'), 'serve'],
      { cwd: ROOT, env: serverEnv(join(tmp, 'data')), name: 'scam-coach serve' },
    );
    let run: Awaited<ReturnType<typeof load>>;
    let window: { fromUs: number; toUs: number };
    let mainCpu: number;
    let procCpu: number;
    try {
      await load('warm-up', server, 'warm', Math.max(2, Math.round(SECONDS / 4)), CONCURRENCY);
      const fromUs = monotonicMicros();
      const main0 = cpuSeconds(server.pid, server.pid);
      const proc0 = cpuSeconds(server.pid);
      run = await load('scam-coach webhook', server, `p${Date.now()}`, SECONDS, CONCURRENCY);
      mainCpu = cpuSeconds(server.pid, server.pid) - main0;
      procCpu = cpuSeconds(server.pid) - proc0;
      window = { fromUs, toUs: monotonicMicros() };
    } finally {
      await server.stop();
    }
    const files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
    if (!files.length) throw new Error('webhook-phases: the server wrote no .cpuprofile (did it exit cleanly?)');
    const t = phaseTable(join(profileDir, files[0]!), window);
    // A phase's share of the samples times the main thread's CPU per message.
    const mainUs = (1e6 * mainCpu) / run.total;
    const perMsg = (ms: number) => (mainUs * ms) / t.busyMs;
    const procUs = (1e6 * procCpu) / run.total;
    console.log(
      `\n## webhook turn by phase (${CONCURRENCY} connections, ${SECONDS} s, ${fmt(run.total)} messages at ${fmt(run.reqPerSec)} msg/s under the profiler, ` +
        `p99 ${fmt(run.p99, 1)} ms, non-2xx ${run.non2xx}, errors ${run.errors})`,
    );
    console.log(
      table([
        ['phase', 'µs CPU / message', 'share'],
        ...t.phases.map((p) => [p.name, fmt(perMsg(p.ms), 1), `${fmt((100 * p.ms) / t.busyMs, 1)}%`]),
        ...(t.unclaimed.length
          ? [['(no rule: see below)', fmt(perMsg(t.unclaimed.reduce((s, u) => s + u.ms, 0)), 1), '']]
          : []),
        ['total: main thread CPU (/proc)', fmt(mainUs, 1), '100%'],
        ['process CPU, all threads (/proc)', fmt(procUs, 1), ''],
        ['(profile: sampled wall time of the main thread)', fmt((1000 * t.busyMs) / run.total, 1), ''],
      ]),
    );
    if (t.unclaimed.length) {
      console.log('\nsamples no rule claimed (leaf function):');
      console.log(table([['leaf', 'µs / message'], ...t.unclaimed.slice(0, 10).map((u) => [u.name, fmt(perMsg(u.ms), 1)])]));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWebhookPhases();
