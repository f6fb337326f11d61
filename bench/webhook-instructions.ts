// A webhook turn's cost in instructions (issue #14): wall-clock time on a loaded machine is noise, instruction
// counts are not. This tree's whole server (startServer: the fast path, the brain, SQLite in a temp dir, default
// settings) runs in this process; signed requests of the webhook bench's mix (bench/lib/webhook-load.ts) go to it
// over loopback on CONNS keep-alive sockets, every request's bytes built before the measured window. Run under
// callgrind, which counts every thread (V8's compiler and GC helpers too) and, with the flags below, only the
// window: os.loadavg() zeroes the counters when the warm-up is done, os.uptime() dumps them after N messages.
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p --zero-before='*GetLoadAvg*' \
//     --dump-before='*GetUptime*' node --import tsx bench/webhook-instructions.ts [WARM] [N] [CONNS]
//   (add --instr-atstart=no and CALLGRIND_INSTR=1 to run the start and the warm-up uninstrumented: much faster)
//   callgrind_annotate /tmp/cg.<pid>.2 | head   (the dump's "summary" / "totals": instructions for N messages)
// With node --expose-gc (no valgrind needed) it also prints what the window left alive and its collections. Without
// valgrind it prints the same checks (statuses, a hash of every answer's replies) and the CPU it took.
// The replies' hash is the byte-for-byte check of a speed change: the same WARM / N / CONNS give the same hash on
// two trees whose replies are identical (the bodies' messageIds and times are not in the replies).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { loadavg, tmpdir, uptime } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver, constants as perf } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { Session } from 'node:inspector';
import { configFromEnv } from '../src/config.ts';
import { startServer } from '../src/server.ts';
import { message, serverEnv } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const WARM = Math.max(0, Number(process.argv[2]) || 3000);
const N = Math.max(1, Number(process.argv[3]) || 2000);
const CONNS = Math.max(1, Number(process.argv[4]) || 16);

const GC_KINDS: Record<number, string> = {
  [perf.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [perf.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [perf.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [perf.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/** Bytes of a sampling heap profile by allocating function (builtins named with their caller), largest first. */
function byFunction(head: HeapNode): [string, number][] {
  const out = new Map<string, number>();
  const walk = (n: HeapNode, caller: string) => {
    const f = n.callFrame;
    const own = f.url ? `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules\/|src\/|bench\/)/, '$1')}:${f.lineNumber + 1}` : '';
    const name = own || `${f.functionName || '(native)'} ← ${caller}`;
    if (n.selfSize) out.set(name, (out.get(name) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c, own || caller);
  };
  walk(head, '(root)');
  return [...out].sort((a, b) => b[1] - a[1]);
}

/** Bytes used per heap space (new, old, code, large objects …). */
function spaceSizes(): Map<string, number> {
  return new Map(getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
}

/** One raw HTTP/1.1 request: what autocannon sends, built ahead so the client costs little in the window. */
function request(i: number, host: string): Buffer {
  const m = message('instr', i);
  const head =
    `POST /api/app/messages HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
    `X-Signature: ${m.signature}\r\nContent-Length: ${m.body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), m.body]);
}

/** Sends requests [from, to) over `conns` sockets, one in flight each; each answer's replies hashed in request order
 *  (kept only until the ones before them are hashed: no growing list of bodies in the heap the window measures). */
function run(sockets: Socket[], reqs: Buffer[], from: number, to: number): Promise<void> {
  const waiting = new Map<number, string>();
  const hashInOrder = (i: number, body: string) => {
    waiting.set(i, body);
    for (let b = waiting.get(hashed); b !== undefined; b = waiting.get(hashed)) {
      waiting.delete(hashed++);
      hash.update(JSON.stringify((JSON.parse(b) as { replies: unknown }).replies)).update('\n');
    }
  };
  let next = from;
  let done = 0;
  return new Promise((resolveRun, reject) => {
    for (const s of sockets) {
      let buf: Buffer = Buffer.alloc(0);
      let current = -1;
      const send = () => {
        if (next >= to) return;
        current = next++;
        s.write(reqs[current - from]!);
      };
      s.removeAllListeners('data');
      s.on('data', (d: Buffer) => {
        buf = buf.length ? Buffer.concat([buf, d]) : d;
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buf.subarray(0, end).toString('latin1');
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1]);
        if (buf.length < end + 4 + length) return;
        if (!head.startsWith('HTTP/1.1 200')) reject(new Error(`request ${current}: ${head.split('\r\n')[0]}`));
        hashInOrder(current, buf.subarray(end + 4, end + 4 + length).toString('utf8'));
        buf = buf.subarray(end + 4 + length);
        if (++done === to - from) resolveRun();
        else send();
      });
      send();
    }
  });
}

const hash = createHash('sha256');
let hashed = 0;
const dataDir = mkdtempSync(join(tmpdir(), 'webhook-instr-'));
const server = await startServer(configFromEnv(serverEnv(dataDir), ROOT));
const url = new URL(server.url);
const sockets = await Promise.all(
  Array.from({ length: CONNS }, () => new Promise<Socket>((ok) => {
    const s = connect(Number(url.port), url.hostname, () => ok(s));
    s.setNoDelay(true);
  })),
);
await run(sockets, Array.from({ length: WARM }, (_, i) => request(i, url.host)), 0, WARM);
const measured = Array.from({ length: N }, (_, i) => request(WARM + i, url.host));
// Under `valgrind --instr-atstart=no` (a warm-up uninstrumented, ~5× faster): instrumentation on from here.
// callgrind_control waits for valgrind to read its command, which it does only while this process runs code: spin.
if (process.env.CALLGRIND_INSTR) {
  const child = spawn('callgrind_control', ['-i', 'on', String(process.pid)], { stdio: 'inherit' });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while (!exited) await new Promise((ok) => setImmediate(ok));
}
// With node --expose-gc: the heap collected before and after the window (what the window left alive, by space), and
// the window's collections counted by kind — allocation-driven counts a loaded machine does not move (V8's memory
// reducer, timer-driven, is the exception: it collects when a slow process seems idle).
const collect = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
collect?.();
const spaces0 = spaceSizes();
const gcs = new Map<string, { n: number; ms: number }>();
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const { kind: k, flags } = (e as PerformanceEntry & { detail: { kind: number; flags: number } }).detail;
    if (flags & perf.NODE_PERFORMANCE_GC_FLAGS_FORCED) continue; // this bench's own gc(), not the server's
    const kind = GC_KINDS[k] ?? 'other';
    const g = gcs.get(kind) ?? { n: 0, ms: 0 };
    g.n++;
    g.ms += e.duration;
    gcs.set(kind, g);
  }
});
observer.observe({ entryTypes: ['gc'] });
// WEBHOOK_INSTR_SURVIVORS=1 (with --expose-gc): V8's sampling heap profiler over the window, keeping the objects no
// scavenge freed — what lived through one and was promoted (freed since by a mark-compact or not: a profile read
// over the inspector forces a full collection first, so without includeObjectsCollectedByMajorGC it shows only what
// is still alive), the young garbage of the window's last ~125 messages dropped by two forced scavenges before it is
// read. The bytes by the function that allocated them. WEBHOOK_INSTR_SURVIVORS=live: only what is still alive after
// the window (the difference is what was promoted and then died: the mark-compacts' work). WEBHOOK_INSTR_PROFILE=
// FILE writes the profile (JSON) for a closer look.
const survivors = process.env.WEBHOOK_INSTR_SURVIVORS && collect ? new Session() : undefined;
const post = (method: string, params?: object) =>
  new Promise<unknown>((ok, fail) => survivors!.post(method, params, (err, r) => (err ? fail(err) : ok(r))));
if (survivors) {
  survivors.connect();
  await post('HeapProfiler.enable');
  const includeObjectsCollectedByMajorGC = process.env.WEBHOOK_INSTR_SURVIVORS !== 'live';
  await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC });
}
const cpu0 = process.cpuUsage();
loadavg(); // callgrind --zero-before: the window starts
await run(sockets, measured, WARM, WARM + N);
uptime(); // callgrind --dump-before: the window ends
const cpu = process.cpuUsage(cpu0);
observer.disconnect();
// What the window added to the old generation before any full collection (scavenges' promotions and what was made
// there directly — hidden classes, large arrays): what fills it toward the next mark-compact.
const oldGrowth = collect ? (spaceSizes().get('old_space') ?? 0) - (spaces0.get('old_space') ?? 0) : 0;
if (survivors) for (let i = 0; i < 2; i++) collect!({ type: 'minor' });
const promoted = survivors ? ((await post('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } }).profile : undefined;
collect?.();
const spaces1 = spaceSizes();
for (const s of sockets) s.destroy();
await server.close();
rmSync(dataDir, { recursive: true, force: true });

console.log(
  `${WARM} warm-up + ${N} measured messages on ${CONNS} connections: all 200; replies sha256 ${hash.digest('hex').slice(0, 16)}; ` +
    `process CPU ${((cpu.user + cpu.system) / N / 1000).toFixed(3)} ms a measured message (wall clock: noise under load)`,
);
if (collect) {
  const kb = (b: number) => `${(b / N / 1024).toFixed(2)} KB`;
  const grown = [...spaces1].map(([name, b]) => `${name} ${kb(b - (spaces0.get(name) ?? 0))}`).join(', ');
  console.log(`left alive by the window, a message (after a full collection): ${grown}`);
  const per = [...gcs].map(([k, g]) => `${k} ${((g.n * 1000) / N).toFixed(2)} (${(g.ms / N).toFixed(3)} ms a message)`);
  console.log(`collections per 1,000 messages in the window: ${per.join(', ') || 'none'}`);
  console.log(`old space grown over the window, a message, before a full collection: ${kb(oldGrowth)}`);
}
if (promoted && process.env.WEBHOOK_INSTR_PROFILE) writeFileSync(process.env.WEBHOOK_INSTR_PROFILE, JSON.stringify(promoted));
if (promoted) {
  const rows = byFunction(promoted.head);
  const total = rows.reduce((n, [, b]) => n + b, 0);
  console.log(`${process.env.WEBHOOK_INSTR_SURVIVORS === 'live' ? 'alive after the window' : 'lived through a scavenge (promoted, alive or not)'}: ${(total / N / 1024).toFixed(2)} KB a message; by allocating function:`);
  for (const [name, b] of rows.slice(0, 30)) console.log(`  ${(b / N / 1024).toFixed(3).padStart(7)} KB  ${name}`);
}
