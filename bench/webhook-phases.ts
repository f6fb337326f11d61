// Where one app-webhook turn's CPU goes (issue #14): the real server (`scam-coach serve`, SQLite in a temp dir,
// default settings) under the webhook bench's load, sampled, each sample given to one phase of the request by its
// call stack (bench/lib/phases.ts). Prints µs of CPU per message per phase.
// Two samplers:
// - V8's --cpu-prof (the default): exact JS names, but it samples wall time — a descheduled thread's time lands on
//   whatever it was doing (often a syscall that woke the load generator) — so its shares are scaled to the main
//   thread's CPU from /proc, and the other threads (GC helpers, compiler) are one row from /proc. On a busy machine
//   the split leans towards system calls; the totals stay right.
// - perf (WEBHOOK_PHASES_SAMPLER=perf; Linux `perf record -e cpu-clock`, JS names from node --perf-basic-prof):
//   on-CPU samples only, kernel time included, but JIT code recompiled at a reused address can be named after its
//   predecessor in perf's map, so a few samples land on the wrong function.
//   npm run bench webhook-phases
//   WEBHOOK_BENCH_SECONDS=5         measured seconds (default 10)
//   WEBHOOK_PHASES_CONNECTIONS=8    concurrent requests (default 64, as the throughput bench)
//   WEBHOOK_BENCH_SERVER=DIR        measure the server of another checkout (a before/after under the same load)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { fmt, table } from './harness.ts';
import { type ChildServer, spawnServer } from './lib/child.ts';
import { monotonicMicros, type ProfileSummary, summariseProfile } from './lib/cpuprofile.ts';
import { OTHER_THREADS, type PhaseTable, perfPhaseTable, phaseTable } from './lib/phases.ts';
import { CONNECTIONS, cpuSeconds, type Load, load, MIX, serverEnv, threadCpu, threadCpuSince } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
/** The tree whose server is measured (default this one): another checkout for a before/after under the same load. */
const SERVER = resolve(process.env.WEBHOOK_BENCH_SERVER ?? ROOT);
const SECONDS = Math.max(1, Number(process.env.WEBHOOK_BENCH_SECONDS) || 10);
const CONCURRENCY = Math.max(1, Number(process.env.WEBHOOK_PHASES_CONNECTIONS) || CONNECTIONS);
const V8_SAMPLE_US = 250; // fine enough over thousands of turns; the sampler thread's own CPU grows as it shrinks
const PERF_HZ = 2000;
const TOP_FUNCTIONS = 30;

interface Measured {
  run: Load;
  /** CPU seconds of the server's main thread and of the whole process over the measured run (/proc). */
  mainCpu: number;
  procCpu: number;
  /** CPU seconds per thread name over the measured run (what the "other threads" row is made of). */
  threads: Map<string, number>;
}

async function measure(server: ChildServer, during?: { start(): Promise<void>; stop(): Promise<void> }): Promise<Measured> {
  // Long enough for the optimising compiler to settle on the varied mix: with a quarter of the run, its threads
  // were still compiling (a third of the process's CPU) when measuring began.
  await load('warm-up', server, 'warm', Math.max(5, SECONDS), CONCURRENCY);
  await during?.start();
  const main0 = cpuSeconds(server.pid, server.pid);
  const proc0 = cpuSeconds(server.pid);
  const threads0 = threadCpu(server.pid);
  const run = await load('scam-coach webhook', server, `p${Date.now()}`, SECONDS, CONCURRENCY);
  const mainCpu = cpuSeconds(server.pid, server.pid) - main0;
  const procCpu = cpuSeconds(server.pid) - proc0;
  const threads = threadCpuSince(threads0, threadCpu(server.pid));
  await during?.stop();
  return { run, mainCpu, procCpu, threads };
}

function perfWorks(): boolean {
  if (process.env.WEBHOOK_PHASES_SAMPLER !== 'perf') return false;
  const r = spawnSync('perf', ['record', '-q', '-e', 'cpu-clock', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
  return r.status === 0;
}

async function withPerf(tmp: string): Promise<{ m: Measured; t: PhaseTable; sampler: string }> {
  const server = await spawnServer(
    ['--perf-basic-prof', '--interpreted-frames-native-stack', '--no-turbo-inlining', join(SERVER, 'bin/scam-coach.js'), 'serve'],
    { cwd: SERVER, env: serverEnv(join(tmp, 'data')), name: 'scam-coach serve' },
  );
  const data = join(tmp, 'perf.data');
  let perf: ReturnType<typeof spawn> | undefined;
  let m: Measured;
  try {
    m = await measure(server, {
      async start() {
        perf = spawn('perf', ['record', '-q', '-e', 'cpu-clock', '-F', String(PERF_HZ), '-g', '-p', String(server.pid), '-o', data], {
          stdio: 'ignore',
        });
        await new Promise((r) => setTimeout(r, 300)); // attached before the measured run starts
      },
      async stop() {
        const exited = new Promise((r) => perf!.once('exit', r));
        perf!.kill('SIGINT');
        await exited;
      },
    });
  } finally {
    await server.stop();
  }
  const script = spawn('perf', ['script', '-F', 'tid,ip,sym', '-i', data], { stdio: ['ignore', 'pipe', 'ignore'] });
  const t = await perfPhaseTable(createInterface({ input: script.stdout! }), server.pid, 1000 / PERF_HZ);
  rmSync(`/tmp/perf-${server.pid}.map`, { force: true });
  return { m, t, sampler: `perf cpu-clock at ${PERF_HZ} Hz (on-CPU time, all threads)` };
}

async function withV8(tmp: string): Promise<{ m: Measured; t: PhaseTable; sampler: string; top?: ProfileSummary }> {
  const profileDir = join(tmp, 'profile');
  const server = await spawnServer(
    ['--cpu-prof', '--cpu-prof-dir', profileDir, `--cpu-prof-interval=${V8_SAMPLE_US}`, join(SERVER, 'bin/scam-coach.js'), 'serve'],
    { cwd: SERVER, env: serverEnv(join(tmp, 'data')), name: 'scam-coach serve' },
  );
  let m: Measured;
  let window = { fromUs: 0, toUs: 0 };
  try {
    m = await measure(server, {
      start: async () => {
        window.fromUs = monotonicMicros();
      },
      stop: async () => {
        window = { ...window, toUs: monotonicMicros() };
      },
    });
  } finally {
    await server.stop();
  }
  const files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) throw new Error('webhook-phases: the server wrote no .cpuprofile (did it exit cleanly?)');
  const raw = phaseTable(join(profileDir, files[0]!), window);
  // Wall-time shares scaled to the main thread's CPU (ms over the whole run).
  const scale = (1000 * m.mainCpu) / raw.busyMs;
  const t: PhaseTable = {
    busyMs: raw.busyMs * scale,
    phases: raw.phases.map((p) => ({ ...p, ms: p.ms * scale })),
    unclaimed: raw.unclaimed.map((p) => ({ ...p, ms: p.ms * scale })),
  };
  t.phases.push({ name: OTHER_THREADS, ms: 1000 * (m.procCpu - m.mainCpu) });
  t.busyMs += 1000 * (m.procCpu - m.mainCpu);
  // The functions by self time, on the same scale: what a cut should aim at inside the phases.
  const s = summariseProfile(join(profileDir, files[0]!), TOP_FUNCTIONS, window);
  const top = { ...s, functions: s.functions.map((f) => ({ ...f, ms: (f.ms * 1000 * m.mainCpu) / s.busyMs })) };
  return { m, t, top, sampler: `V8 --cpu-prof every ${V8_SAMPLE_US} µs (wall time), shares scaled to /proc CPU` };
}

export async function benchWebhookPhases(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-phases-'));
  try {
    const usePerf = perfWorks();
    if (process.env.WEBHOOK_PHASES_SAMPLER === 'perf' && !usePerf) console.log('perf does not work here: V8 profile instead');
    const { m, t, sampler, top } = usePerf ? { ...(await withPerf(tmp)), top: undefined } : await withV8(tmp);
    const { run } = m;
    const perMsg = (ms: number) => (1000 * ms) / run.total;
    console.log(
      `\n## webhook turn by phase (${CONCURRENCY} connections, ${SECONDS} s, ${fmt(run.total)} messages of the varied mix ` +
        `(${MIX.sizes.questions} questions, ${MIX.sizes.messages} messages, ${MIX.sizes.drills} drills) at ${fmt(run.reqPerSec)} msg/s while sampled, ` +
        `p99 ${fmt(run.p99, 1)} ms, non-2xx ${run.non2xx}, errors ${run.errors}; ${sampler})`,
    );
    const unclaimed = t.unclaimed.reduce((s, u) => s + u.ms, 0);
    console.log(
      table([
        ['phase', 'µs CPU / message', 'share'],
        ...t.phases.map((p) => [p.name, fmt(perMsg(p.ms), 1), `${fmt((100 * p.ms) / t.busyMs, 1)}%`]),
        ...(unclaimed ? [['(no rule: see below)', fmt(perMsg(unclaimed), 1), `${fmt((100 * unclaimed) / t.busyMs, 1)}%`]] : []),
        ['total sampled', fmt(perMsg(t.busyMs), 1), '100%'],
        ['server process CPU (/proc, same run)', fmt((1e6 * m.procCpu) / run.total, 1), ''],
        ['  of which the main thread', fmt((1e6 * m.mainCpu) / run.total, 1), ''],
      ]),
    );
    console.log(
      '\nthe process\'s threads by name (/proc, same run): `node` beside the main thread are V8\'s platform workers ' +
        '(the optimising compiler, GC helpers); `v8:ProfEvntProc` is the profiler\'s own thread, absent in production',
    );
    console.log(
      table([
        ['thread', 'µs CPU / message'],
        ...[...m.threads].sort((a, b) => b[1] - a[1]).filter(([, s]) => s > 0).map(([name, s]) => [name, fmt((1e6 * s) / run.total, 1)]),
      ]),
    );
    if (top) {
      console.log(`\nthe main thread's ${TOP_FUNCTIONS} functions by self time (V8 profile, scaled like the table):`);
      console.log(table([['function', 'µs / message'], ...top.functions.map((f) => [f.name, fmt(perMsg(f.ms), 1)])]));
    }
    if (t.unclaimed.length) {
      console.log('\nsamples no rule claimed (leaf function):');
      console.log(table([['leaf', 'µs / message'], ...t.unclaimed.slice(0, 10).map((u) => [u.name, fmt(perMsg(u.ms), 1)])]));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWebhookPhases();
