// Where the webhook's throughput goes that its CPU per message does not show (issue #14: by CPU 0.62× the echo bot,
// by throughput 0.57×). The webhook and the Botkit echo bot, each with bench/lib/waits-preload.cjs, in alternating
// rounds of the webhook bench's closed load (64 connections); per message of each round:
// - the main thread's wall time split (from /proc/<pid>/task/<pid>/schedstat and the event loop's own count):
//   on CPU, runnable but waiting for a core (the run queue: the load generator, V8's compiler and GC threads, other
//   processes), idle in the event loop's poll (no request ready: the load generator is the bottleneck), and the
//   rest — asleep outside the poll (a blocking system call: the SQLite write, a lock);
// - event-loop utilisation and delay (perf_hooks), GC pauses by kind, the SQLite commit's wall, CPU and run-queue
//   wait (BEGIN + COMMIT apart from the statements), turns per commit, the checkpointer thread's work, and every
//   other thread's CPU and run-queue wait by name; the load generator's CPU.
//   node --import tsx bench/webhook-waits.ts [ROUNDS]
//   WEBHOOK_BENCH_SECONDS=10 (per round), WEBHOOK_BENCH_WARMUP=20 (per server), WEBHOOK_BENCH_SERVER=DIR
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, table } from './harness.ts';
import { type ChildServer, spawnServer } from './lib/child.ts';
import { CONNECTIONS, type Load, load, serverEnv } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SERVER = resolve(process.env.WEBHOOK_BENCH_SERVER ?? ROOT);
const ROUNDS = Math.max(1, Number(process.argv[2]) || 3);
const SECONDS = Math.max(1, Number(process.env.WEBHOOK_BENCH_SECONDS) || 10);
const WARMUP = Math.max(1, Number(process.env.WEBHOOK_BENCH_WARMUP) || 20);
const PRELOAD = join(ROOT, 'bench/lib/waits-preload.cjs');
const ECHO_PATH = '/api/messages';

/** A thread's [ns on CPU, ns waiting in the run queue] (/proc schedstat). */
function schedstat(pid: number, tid: number): [number, number] {
  try {
    const f = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ');
    return [Number(f[0]), Number(f[1])];
  } catch {
    return [0, 0];
  }
}

/** Every thread's schedstat, summed by name (the main thread apart; the checkpointer found by its counters file). */
function threads(pid: number, checkpointerTid?: number): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const t of existsSync(`/proc/${pid}/task`) ? readdirSync(`/proc/${pid}/task`) : []) {
    const tid = Number(t);
    let name = 'gone';
    try {
      name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    } catch {}
    const label = tid === pid ? 'main thread' : tid === checkpointerTid ? 'checkpointer (worker)' : name;
    const [run, wait] = schedstat(pid, tid);
    const prev = out.get(label) ?? [0, 0];
    out.set(label, [prev[0] + run, prev[1] + wait]);
  }
  return out;
}

interface Counters {
  seq: number;
  threadId: number;
  tid: number;
  commits: number;
  turns: number;
  commitWallNs: number;
  commitCpuNs: number;
  commitWaitNs: number;
  bodyWallNs: number;
  bodyCpuNs: number;
  checkpoints: number;
  walFrames: number;
  checkpointWallNs: number;
  checkpointCpuNs: number;
  gc: Record<string, { count: number; ms: number }>;
  elu?: { idleMs: number; activeMs: number };
  sched?: { cpuNs: number; waitNs: number };
  delayMs?: { p50: number; p99: number; max: number; mean: number; count: number };
}

interface Server {
  name: string;
  child: ChildServer;
  dir: string;
  path: string;
}

const readCounters = (dir: string, pid: number): Counters[] =>
  readdirSync(dir)
    .filter((f) => f.startsWith(`${pid}-`) && f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Counters);

/** The main thread's counters after a SIGUSR2 (waits for the new file), and the other threads' latest. */
async function mark(s: Server): Promise<{ main: Counters; others: Counters[] }> {
  const before = readCounters(s.dir, s.child.pid).find((c) => c.threadId === 0)?.seq ?? 0;
  process.kill(s.child.pid, 'SIGUSR2');
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 10));
    const all = readCounters(s.dir, s.child.pid);
    const main = all.find((c) => c.threadId === 0);
    if (main && main.seq > before) return { main, others: all.filter((c) => c.threadId !== 0) };
  }
  throw new Error(`${s.name}: no counters after SIGUSR2`);
}

interface Round {
  run: Load;
  wallS: number;
  main: { cpu: number; wait: number };
  elu: { active: number; idle: number };
  delay: NonNullable<Counters['delayMs']>;
  gc: Map<string, { count: number; ms: number }>;
  commit: { n: number; turns: number; wall: number; cpu: number; wait: number; bodyWall: number; bodyCpu: number };
  ckpt: { n: number; pages: number; wall: number; cpu: number };
  threads: Map<string, [number, number]>;
}

async function round(s: Server, runId: string): Promise<Round> {
  const m0 = await mark(s);
  const t0 = threads(s.child.pid, checkpointerTid(s));
  const run = await load(s.name, s.child, runId, SECONDS, CONNECTIONS, { path: s.path });
  const t1 = threads(s.child.pid, checkpointerTid(s));
  const m1 = await mark(s);
  const dt = new Map<string, [number, number]>();
  for (const [k, [a, b]] of t1) {
    const [a0, b0] = t0.get(k) ?? [0, 0];
    dt.set(k, [a - a0, b - b0]);
  }
  const d = (f: (c: Counters) => number) => f(m1.main) - f(m0.main);
  const ck = (f: (c: Counters) => number) => m1.others.reduce((x, c) => x + f(c), 0) - m0.others.reduce((x, c) => x + f(c), 0);
  const gc = new Map<string, { count: number; ms: number }>();
  for (const [k, g] of Object.entries(m1.main.gc)) {
    const g0 = m0.main.gc[k] ?? { count: 0, ms: 0 };
    gc.set(k, { count: g.count - g0.count, ms: g.ms - g0.ms });
  }
  // The main thread's figures all between the two marks, read in its own SIGUSR2 handler: wall = ELU idle + active.
  return {
    run,
    wallS: (d((c) => c.elu!.activeMs) + d((c) => c.elu!.idleMs)) / 1000,
    main: { cpu: d((c) => c.sched!.cpuNs), wait: d((c) => c.sched!.waitNs) },
    elu: { active: d((c) => c.elu!.activeMs), idle: d((c) => c.elu!.idleMs) },
    delay: m1.main.delayMs!,
    gc,
    commit: {
      n: d((c) => c.commits),
      turns: d((c) => c.turns),
      wall: d((c) => c.commitWallNs),
      cpu: d((c) => c.commitCpuNs),
      wait: d((c) => c.commitWaitNs),
      bodyWall: d((c) => c.bodyWallNs),
      bodyCpu: d((c) => c.bodyCpuNs),
    },
    ckpt: {
      n: ck((c) => c.checkpoints),
      pages: ck((c) => c.walFrames),
      wall: ck((c) => c.checkpointWallNs),
      cpu: ck((c) => c.checkpointCpuNs),
    },
    threads: dt,
  };
}

/** The checkpointer's OS thread: the worker whose counters show checkpoints (tsx's loader thread is a worker too). */
const checkpointerTid = (s: Server) =>
  readCounters(s.dir, s.child.pid).find((c) => c.threadId !== 0 && c.checkpoints > 0)?.tid;

/** perf_hooks' GC entry kinds (NODE_PERFORMANCE_GC_*). */
const GC_KINDS: Record<string, string> = { 1: 'scavenge (minor)', 2: 'mark-compact (major)', 4: 'incremental marking', 8: 'weak callbacks' };

const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
};

function report(name: string, rs: Round[]): void {
  const per = (f: (r: Round) => number) => fmt(median(rs.map((r) => f(r) / r.run.total)), 1);
  const us = (ns: number) => ns / 1000;
  const wallUs = (r: Round) => r.wallS * 1e6;
  const asleep = (r: Round) => wallUs(r) - us(r.main.cpu) - us(r.main.wait) - r.elu.idle * 1000;
  console.log(`\n## ${name}: µs per message, median of ${rs.length} rounds (${CONNECTIONS} connections, ${SECONDS} s)`);
  const rows: (string | number)[][] = [['', 'µs / msg', 'per round']];
  const row = (label: string, f: (r: Round) => number, digits = 1) =>
    rows.push([label, per(f), rs.map((r) => fmt(f(r) / r.run.total, digits)).join(' ')]);
  row('wall (1 / msg/s)', wallUs);
  row('  main thread on CPU', (r) => us(r.main.cpu));
  row('  main thread runnable, waiting for a core', (r) => us(r.main.wait));
  row('  idle in the event loop poll (ELU idle)', (r) => r.elu.idle * 1000);
  row('  asleep outside the poll (rest)', asleep);
  row('event loop active (ELU active)', (r) => r.elu.active * 1000);
  row('GC pauses on the main thread', (r) => [...r.gc.values()].reduce((x, g) => x + g.ms, 0) * 1000);
  for (const k of new Set(rs.flatMap((r) => [...r.gc].filter(([, g]) => g.count).map(([k]) => k)))) {
    const kind = GC_KINDS[k] ?? `kind ${k}`;
    row(`  ${kind}: pause`, (r) => (r.gc.get(k)?.ms ?? 0) * 1000);
    row(`  ${kind}: count per 1,000 msg`, (r) => (r.gc.get(k)?.count ?? 0) * 1000);
  }
  if (rs.some((r) => r.commit.n)) {
    row('SQLite commit, wall', (r) => us(r.commit.wall));
    row('  thread CPU', (r) => us(r.commit.cpu));
    row('  run-queue wait', (r) => us(r.commit.wait));
    row('  statements (body) wall', (r) => us(r.commit.bodyWall));
    row('  statements (body) CPU', (r) => us(r.commit.bodyCpu));
    row('  BEGIN + COMMIT (WAL write) wall', (r) => us(r.commit.wall - r.commit.bodyWall));
    row('  BEGIN + COMMIT CPU', (r) => us(r.commit.cpu - r.commit.bodyCpu));
    row('  commits per 1,000 msg (a group per event-loop turn)', (r) => r.commit.n * 1000);
    row('checkpointer: wall in checkpoints', (r) => us(r.ckpt.wall));
    row('  its thread CPU', (r) => us(r.ckpt.cpu));
    row('  WAL frames (pages) written per 1,000 msg', (r) => r.ckpt.pages * 1000);
  }
  const names = new Set(rs.flatMap((r) => [...r.threads.keys()]));
  names.delete('main thread');
  for (const k of names) {
    row(`thread "${k}" on CPU`, (r) => us(r.threads.get(k)?.[0] ?? 0));
    row(`thread "${k}" run-queue wait`, (r) => us(r.threads.get(k)?.[1] ?? 0));
  }
  row('load generator CPU (µs / msg)', (r) => r.run.loaderCores * wallUs(r));
  console.log(table(rows));
  console.log(
    `msg/s per round: ${rs.map((r) => fmt(r.run.reqPerSec)).join(' ')}; ELU ${rs.map((r) => fmt(r.elu.active / (r.elu.active + r.elu.idle), 3)).join(' ')}; ` +
      `event-loop delay ms p50 / p99 / max: ${rs.map((r) => `${fmt(r.delay.p50, 1)}/${fmt(r.delay.p99, 1)}/${fmt(r.delay.max, 1)}`).join(', ')}; ` +
      `non-2xx ${rs.reduce((x, r) => x + r.run.non2xx, 0)}, errors ${rs.reduce((x, r) => x + r.run.errors, 0)}`,
  );
}

const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-waits-'));
const servers: Server[] = [];
try {
  const env = (dir: string, base: NodeJS.ProcessEnv) => ({ ...base, WAITS_OUT: dir });
  const wdir = join(tmp, 'webhook');
  const edir = join(tmp, 'echo');
  for (const d of [wdir, edir]) mkdirSync(d);
  servers.push({
    name: 'scam-coach webhook',
    dir: wdir,
    path: '/api/app/messages',
    child: await spawnServer(['--require', PRELOAD, join(SERVER, 'bin/scam-coach.js'), 'serve'], {
      cwd: SERVER,
      env: env(wdir, serverEnv(join(tmp, 'data'))),
      name: 'scam-coach serve',
    }),
  });
  servers.push({
    name: 'bare botkit 4 echo',
    dir: edir,
    path: ECHO_PATH,
    child: await spawnServer(['--require', PRELOAD, '--import', 'tsx', join(ROOT, 'bench/lib/botkit-echo.ts')], {
      cwd: ROOT,
      env: env(edir, process.env),
      name: 'botkit echo',
    }),
  });
  const load0 = loadavg().map((x) => fmt(x, 1)).join(' / ');
  for (const s of servers) await load('warm-up', s.child, 'warm', WARMUP, CONNECTIONS, { path: s.path });
  const rounds = servers.map(() => [] as Round[]);
  for (let k = 0; k < ROUNDS; k++) {
    const order = k % 2 ? [1, 0] : [0, 1];
    for (const i of order) rounds[i]!.push(await round(servers[i]!, `waits-${k}-${i}`));
  }
  console.log(`load average ${load0} → ${loadavg().map((x) => fmt(x, 1)).join(' / ')}`);
  for (const [i, s] of servers.entries()) report(s.name, rounds[i]!);
  const ratio = (f: (r: Round) => number) =>
    median(rounds[0]!.map((r, k) => f(rounds[1]![k]!) / rounds[1]![k]!.run.total / (f(r) / r.run.total)));
  console.log(
    `\nwebhook / echo by round (median): throughput ${fmt(median(rounds[0]!.map((r, k) => r.run.reqPerSec / rounds[1]![k]!.run.reqPerSec)), 3)}×, ` +
      `main-thread CPU ${fmt(ratio((r) => r.main.cpu), 3)}×, process CPU ${fmt(ratio((r) => [...r.threads.values()].reduce((x, t) => x + t[0], 0)), 3)}×`,
  );
} finally {
  for (const s of servers) await s.child.stop();
  rmSync(tmp, { recursive: true, force: true });
}
