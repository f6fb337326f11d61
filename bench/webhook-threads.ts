// What the webhook server's threads other than the main one do (issue #14: by throughput the webhook trails its CPU
// ratio, and bench/webhook-waits.ts puts the gap on V8's worker threads and the checkpointer competing for the
// second core). `scam-coach serve` (SQLite in a temp dir, default settings) under the webhook bench's closed load,
// warmed up, then `perf record -e cpu-clock` on the server's process for the measured seconds; each sample is given
// to its thread (the main thread, the checkpointer's worker — the thread whose samples run SQLite — or another) and
// to a kind by its symbol (node's binary has V8's C++ names): GC (scavenger, marking, sweeping, compaction), the
// optimising compiler (TurboFan), V8's builtins, SQLite, the kernel, JIT code (no symbol: JavaScript), the rest. Prints µs
// per message of each thread by kind. perf samples on-CPU time only; its totals are checked against /proc.
//   node --import tsx bench/webhook-threads.ts [CHECKOUT]
//   WEBHOOK_BENCH_SECONDS=10, WEBHOOK_BENCH_WARMUP=20, WEBHOOK_PHASES_CONNECTIONS=64, WEBHOOK_SERVER_FLAGS="--…"
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, table } from './harness.ts';
import { spawnServer } from './lib/child.ts';
import { CONNECTIONS, load, serverEnv, threadCpu, threadCpuSince } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SERVER = resolve(process.argv[2] ?? ROOT);
const SECONDS = Math.max(1, Number(process.env.WEBHOOK_BENCH_SECONDS) || 10);
const WARMUP = Math.max(1, Number(process.env.WEBHOOK_BENCH_WARMUP) || 20);
const CONCURRENCY = Math.max(1, Number(process.env.WEBHOOK_PHASES_CONNECTIONS) || CONNECTIONS);
const FLAGS = (process.env.WEBHOOK_SERVER_FLAGS ?? '').split(/\s+/).filter(Boolean);
const HZ = 997;

// A sample's kind by its symbol (first match wins). Unnamed user-space samples on the main thread are JIT code.
const KINDS: [string, RegExp][] = [
  ['compiler (TurboFan)', /compiler::|Turbofan|TurboFan|maglev|Maglev|OptimizingCompile|OptimizedCompilationJob|PipelineImpl/],
  ['GC: scavenge', /Scaveng|SemiSpace|NewSpace|ArrayBufferSweeper/],
  ['GC: marking', /Mark(ing|er|Compact)|ConcurrentMarking|MarkingVisitor|WeakObjects|Ephemeron/],
  ['GC: sweeping, compaction, allocation', /Sweep|Evacuat|RememberedSet|Heap::|heap::|Allocat/],
  ['interpreter, parser, baseline', /interpreter::|Bytecode|baseline::|Sparkplug|Parser|Scanner|Preparse|CompileLazy/],
  ['JS builtins (Map lookups, ICs, JSON …)', /^Builtins_|JsonStringifier|JsonParser|StringTable|LookupIterator/],
  ['SQLite', /sqlite3|^pager|^btree|^vdbe|Vdbe|walCheckpoint|^wal|^pcache/i],
];

const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-threads-'));
const server = await spawnServer([...FLAGS, join(SERVER, 'bin/scam-coach.js'), 'serve'], {
  cwd: SERVER,
  env: serverEnv(join(tmp, 'data')),
  name: 'scam-coach serve',
});
try {
  await load('warm-up', server, 'warm', WARMUP, CONCURRENCY);
  const data = join(tmp, 'perf.data');
  const perf = spawn('perf', ['record', '-e', 'cpu-clock', '-F', String(HZ), '-p', String(server.pid), '-o', data], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let perfErr = '';
  perf.stderr!.setEncoding('utf8').on('data', (d: string) => (perfErr += d));
  await new Promise((r) => setTimeout(r, 300));
  const t0 = threadCpu(server.pid);
  const run = await load('measured', server, 'threads', SECONDS, CONCURRENCY);
  const byName = threadCpuSince(t0, threadCpu(server.pid));
  perf.kill('SIGINT');
  await new Promise((r) => perf.once('exit', r));
  const script = spawnSync('perf', ['script', '-i', data, '-F', 'tid,ip,sym,dso'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (script.status !== 0) throw new Error(`perf script failed: ${script.stderr}\n${perfErr}`);

  // tid → kind → samples; and the symbols of each kind (WEBHOOK_THREADS_TOP=N prints the N commonest per kind)
  const samples = new Map<number, Map<string, number>>();
  const symbols = new Map<string, Map<string, number>>();
  for (const line of script.stdout.split('\n')) {
    const m = /^\s*(\d+)\s+([0-9a-f]+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const tid = Number(m[1]);
    const rest = m[3]!;
    const kernel = /\[kernel\.kallsyms\]|\(\[kernel/.test(rest);
    const sym = rest.replace(/\s*\([^)]*\)\s*$/, '');
    let kind = kernel ? 'kernel' : sym === '[unknown]' || !sym ? 'JIT code / unnamed' : 'other native (node, libuv, V8 runtime)';
    if (!kernel) {
      for (const [k, re] of KINDS) {
        if (re.test(sym)) {
          kind = k;
          break;
        }
      }
    }
    const t = samples.get(tid) ?? new Map<string, number>();
    t.set(kind, (t.get(kind) ?? 0) + 1);
    samples.set(tid, t);
    const key = `${tid === server.pid ? 'main' : 'other'} ${kind}`;
    const s = symbols.get(key) ?? new Map<string, number>();
    s.set(sym, (s.get(sym) ?? 0) + 1);
    symbols.set(key, s);
  }
  const sqliteTid = [...samples].filter(([tid]) => tid !== server.pid).sort((a, b) => (b[1].get('SQLite') ?? 0) - (a[1].get('SQLite') ?? 0))[0];
  const label = (tid: number) =>
    tid === server.pid ? 'main thread' : sqliteTid && tid === sqliteTid[0] && (sqliteTid[1].get('SQLite') ?? 0) > 0 ? 'checkpointer' : 'V8 workers and the rest';
  const byThread = new Map<string, Map<string, number>>();
  for (const [tid, kinds] of samples) {
    const t = byThread.get(label(tid)) ?? new Map<string, number>();
    for (const [k, n] of kinds) t.set(k, (t.get(k) ?? 0) + n);
    byThread.set(label(tid), t);
  }
  const usPerMsg = (n: number) => (n / HZ) * 1e6 / run.total;
  const kinds = [...new Set([...byThread.values()].flatMap((t) => [...t.keys()]))];
  const threadsOrder = ['main thread', 'V8 workers and the rest', 'checkpointer'].filter((t) => byThread.has(t));
  const rows: (string | number)[][] = [['µs per message', ...threadsOrder]];
  for (const k of kinds) rows.push([k, ...threadsOrder.map((t) => fmt(usPerMsg(byThread.get(t)!.get(k) ?? 0), 1))]);
  rows.push(['all (perf)', ...threadsOrder.map((t) => fmt(usPerMsg([...byThread.get(t)!.values()].reduce((a, b) => a + b, 0)), 1))]);
  console.log(`${SERVER}${FLAGS.length ? ` ${FLAGS.join(' ')}` : ''}: ${run.total} messages in ${SECONDS} s (${fmt(run.reqPerSec)} msg/s, ${CONCURRENCY} connections)`);
  console.log(table(rows));
  const procRow = [...byName].map(([name, s]) => `${name} ${fmt((s * 1e6) / run.total, 1)}`).join(', ');
  console.log(`/proc, µs per message by thread name: ${procRow}`);
  const top = Number(process.env.WEBHOOK_THREADS_TOP) || 0;
  for (const [key, syms] of top ? symbols : []) {
    console.log(`${key}: ${[...syms].sort((a, b) => b[1] - a[1]).slice(0, top).map(([s, n]) => `${s.slice(0, 90)} ${fmt(usPerMsg(n), 1)}`).join(' | ')}`);
  }
} finally {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}
