// WAL checkpoints on a thread of their own. SQLite's automatic checkpoint runs inside the commit that crosses the
// threshold, on the thread that committed: for a server that is the event loop, which then copies the WAL's pages
// into the database file and syncs both (synchronous = NORMAL syncs at checkpoints) while every request waits —
// about a quarter of a turn's commit CPU, more on a slow disk. Here a worker thread with its own connection runs a
// PASSIVE checkpoint every CHECKPOINT_EVERY_MS (writers and readers are never blocked by it), and the server's own
// connection keeps an automatic checkpoint only as a backstop (BACKSTOP_PAGES) should the worker fall behind or stop.
// Durability is unchanged: a commit is in the WAL before its turn is answered either way.
// The worker runs at a lower scheduling priority (nice CHECKPOINT_NICE, that thread only, Linux): on a machine whose
// cores are all busy (2 cores: the event loop, V8's compiler and GC threads, a load generator or another process) a
// checkpoint then waits for a core rather than taking it from the event loop. It keeps a share of the CPU at any
// load (a checkpoint takes a few ms of CPU every CHECKPOINT_EVERY_MS), so its WAL syncs come late only by the
// scheduler's delay, and the backstop stands behind it.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DB } from './db.ts';

/** How often the worker checkpoints (a checkpoint with nothing new in the WAL costs a few µs). */
export const CHECKPOINT_EVERY_MS = 200;
/** SQLite's default threshold is 1,000 pages; the server's connection checkpoints itself only past this many. */
export const BACKSTOP_PAGES = 10_000;
/** The worker thread's nice value (0 is the process's; higher yields the CPU to it). */
export const CHECKPOINT_NICE = 10;

// CommonJS run with `eval`: the worker needs no TypeScript loader. It opens the file, checkpoints on a timer, and
// closes its connection when told to stop.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// This thread only (Linux: a thread id is a process id to setpriority); elsewhere the worker keeps the default.
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(tid, workerData.nice);
} catch { /* no /proc/thread-self, or not allowed: the default priority */ }
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000 });
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next tick or the backstop will do */ }
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Moves the checkpoints of `db` (a WAL database at `file`) to a worker thread. */
export function startCheckpointer(db: DB, file: string): Checkpointer {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      file,
      everyMs: CHECKPOINT_EVERY_MS,
      nice: CHECKPOINT_NICE,
    },
  });
  worker.unref(); // never what keeps a process alive
  let exited = false;
  const ended = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  // A worker that cannot run (no threads, the file gone): the server's own connection checkpoints as before.
  worker.on('error', () => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  });
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      if (exited) return ended;
      stopping ??= new Promise<void>((resolve) => {
        void ended.then(resolve);
        worker.ref(); // held until it has closed its connection (an unref'd worker would let the process end first)
        worker.postMessage('stop');
        // A worker stuck in a checkpoint still ends with the process; don't hold close() for it.
        setTimeout(() => void worker.terminate(), 2000).unref();
      });
      return stopping;
    },
  };
}
