// Loaded into a bench server with `--require` (bench/webhook-waits.ts), on every thread: counts where a message's
// wall time goes that CPU per message does not show. Plain CommonJS so it runs before tsx and in the checkpointer's
// eval'd worker alike. Writes cumulative counters to WAITS_OUT/<pid>-<threadId>.json:
// - the main thread on SIGUSR2 (the bench's marks around a measured run): event-loop utilisation, the event-loop
//   delay histogram since the last mark, GC pauses by kind (PerformanceObserver), and every outermost SQLite
//   transaction's wall and thread CPU (the commit), its body apart (so BEGIN + COMMIT, the WAL write, is the rest);
// - any other thread (the checkpointer) every 100 ms: its `wal_checkpoint` pragmas' wall and thread CPU, and the
//   WAL frames (pages) written meanwhile.
// Thread CPU and run-queue wait come from /proc/thread-self/schedstat (ns), read with pread on a kept descriptor.
'use strict';
const { closeSync, openSync, readlinkSync, readSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { monitorEventLoopDelay, PerformanceObserver, performance } = require('node:perf_hooks');
const { isMainThread, threadId } = require('node:worker_threads');

const OUT = process.env.WAITS_OUT;
if (OUT) install(OUT);

function install(out) {
  const fd = openSync('/proc/thread-self/schedstat', 'r');
  const buf = Buffer.alloc(80);
  /** [ns on CPU, ns runnable but waiting for a CPU] of this thread. */
  const sched = () => {
    const n = readSync(fd, buf, 0, 80, 0);
    const f = buf.toString('latin1', 0, n).split(' ');
    return [Number(f[0]), Number(f[1])];
  };
  const c = {
    commits: 0,
    turns: 0,
    commitWallNs: 0,
    commitCpuNs: 0,
    commitWaitNs: 0,
    bodyWallNs: 0,
    bodyCpuNs: 0,
    checkpoints: 0,
    walFrames: 0,
    checkpointWallNs: 0,
    checkpointCpuNs: 0,
    gc: {},
  };
  patchSqlite(c, sched);
  const file = join(out, `${process.pid}-${threadId}.json`);
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop()); // the OS thread, for /proc
  let seq = 0;
  const write = (extra) => {
    seq++;
    writeFileSync(`${file}.tmp`, JSON.stringify({ seq, threadId, tid, ...c, ...extra }));
    renameSync(`${file}.tmp`, file);
  };
  if (!isMainThread) {
    setInterval(() => write({}), 100).unref();
    return;
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = e.detail?.kind ?? e.kind;
      const g = (c.gc[kind] ??= { count: 0, ms: 0 });
      g.count++;
      g.ms += e.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  process.on('SIGUSR2', () => {
    const elu = performance.eventLoopUtilization();
    const [cpuNs, waitNs] = sched();
    const pct = (p) => delay.percentile(p) / 1e6;
    write({
      elu: { idleMs: elu.idle, activeMs: elu.active },
      sched: { cpuNs, waitNs },
      delayMs: { p50: pct(50), p99: pct(99), max: delay.max / 1e6, mean: delay.mean / 1e6, count: delay.count },
    });
    delay.reset();
  });
  process.once('exit', () => closeSync(fd));
}

/** Wraps better-sqlite3's transactions (outermost calls timed) and pragma (checkpoints timed) in this thread. */
function patchSqlite(c, sched) {
  let Database;
  try {
    Database = createRequire(join(process.cwd(), 'package.json'))('better-sqlite3');
  } catch {
    return; // not a server that uses SQLite (the echo bot)
  }
  const transaction = Database.prototype.transaction;
  let depth = 0;
  Database.prototype.transaction = function (fn) {
    const body = function (...args) {
      if (depth !== 1) return fn.apply(this, args);
      const w0 = process.hrtime.bigint();
      const [r0] = sched();
      try {
        return fn.apply(this, args);
      } finally {
        c.bodyWallNs += Number(process.hrtime.bigint() - w0);
        c.bodyCpuNs += sched()[0] - r0;
      }
    };
    const t = transaction.call(this, body);
    const timed = (g) =>
      function (...args) {
        if (depth++ > 0) {
          try {
            return g.apply(this, args);
          } finally {
            depth--;
          }
        }
        const w0 = process.hrtime.bigint();
        const [r0, q0] = sched();
        try {
          return g.apply(this, args);
        } finally {
          depth--;
          const [r1, q1] = sched();
          c.commits++;
          c.turns += Array.isArray(args[0]) ? args[0].length : 1;
          c.commitWallNs += Number(process.hrtime.bigint() - w0);
          c.commitCpuNs += r1 - r0;
          c.commitWaitNs += q1 - q0;
        }
      };
    const out = timed(t);
    for (const k of ['default', 'deferred', 'immediate', 'exclusive']) out[k] = timed(t[k]);
    return out;
  };
  const pragma = Database.prototype.pragma;
  let lastLog = 0;
  let lastFull = false;
  Database.prototype.pragma = function (source, ...rest) {
    if (!String(source).includes('wal_checkpoint')) return pragma.call(this, source, ...rest);
    const w0 = process.hrtime.bigint();
    const [r0] = sched();
    const r = pragma.call(this, source, ...rest);
    c.checkpoints++;
    c.checkpointWallNs += Number(process.hrtime.bigint() - w0);
    c.checkpointCpuNs += sched()[0] - r0;
    // `log` is the WAL's frame count, cumulative until a writer restarts the WAL from its start, which it does once
    // a checkpoint has copied all of it: the frames written since the last checkpoint are its growth, or all of it
    // after a restart (an idle WAL left whole is counted again: read it under load).
    const log = Number(r?.[0]?.log) || 0;
    c.walFrames += lastFull || log < lastLog ? log : log - lastLog;
    lastFull = Number(r?.[0]?.checkpointed) === log;
    lastLog = log;
    return r;
  };
}
