// The store's side of a webhook turn on SQLite, in one process (no HTTP, no brain): per turn the replay key's and
// the text's keyed hashes, the replay read (a miss), loadState, and the turn's commit in groups of GROUP a tick, as
// the turn runner and the group commit do; the bench mix's average sizes (store-commit-compare's commits).
//   node --import tsx bench/store-turn.ts OTHER_CHECKOUT [ROUNDS] [TURNS]   this tree beside another, interleaved
//     blocks of 200 turns in alternating order; CPU µs per turn (better-sqlite3 is synchronous: this thread's).
//   node --import tsx bench/store-turn.ts --parts [TURNS]   this tree alone, each part of a turn timed: every SQL
//     statement by its text (BEGIN / COMMIT are the transaction's), JSON.stringify / parse, the keyed hashes, the
//     rest of the commit's JS: each part's share of the timed run's wall time (performance.now around it: a tenth of a
//     µs, where a CPU clock read costs µs) applied to the main thread's CPU per turn of an untimed run.
//   node --import tsx bench/store-turn.ts --frames [CHECKOUT]   what the COMMITs write, which load does not move: WAL
//     frames (pages) a turn over PER turns after PER of warm-up, with no checkpoint meanwhile (this tree by default).
// Both modes open the store as the server does (WAL checkpoints on a worker thread) and count the main thread's CPU
// (/proc/thread-self/schedstat); the A/B also prints the process's (the checkpointer's and V8's threads with it).
import { mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from './harness.ts';
import { interleave, perRoundLine } from './lib/interleave.ts';
import { median } from './lib/stats.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PARTS = process.argv[2] === '--parts';
const FRAMES = process.argv[2] === '--frames';
const OTHER = PARTS || FRAMES ? undefined : process.argv[2];
if (!PARTS && !FRAMES && !OTHER)
  throw new Error('usage: bench/store-turn.ts OTHER_CHECKOUT [ROUNDS] [TURNS] | --parts [TURNS] | --frames [CHECKOUT]');
const ROUNDS = PARTS ? 1 : Math.max(1, Number(process.argv[3]) || 5);
const PER = Math.max(200, Number(process.argv[PARTS ? 3 : 4]) || 4000);
const GROUP = Math.max(1, Number(process.env.GROUP) || 8);
const BLOCK = 200;
const USERS = 1000;
const SALT = 'bench-salt-0123456789abcdef';

interface Store {
  loadState(key: string): Promise<unknown>;
  idempotency: { get(key: string): Promise<unknown> };
  commitTurn(c: unknown): Promise<void>;
  close(): Promise<void>;
}
type KeyedHash = (v: string) => string;

const pad = (n: number, len: number) => 'x'.repeat(Math.max(0, len - String(n).length)) + n;

/** The i-th turn's commit: the same bytes for both trees (replay key and text hash filled in by the side). */
function commit(i: number, idemKey: string, textHash: string) {
  const u = i % USERS;
  const line = (role: string) => ({ role, text: pad(i, 220), simulation: false, kind: 'faq', at: 1_700_000_000_000 + i });
  return {
    state: { key: `scam-coach/users/u${u}`, value: { v: 2, locale: null, lastLocale: 'zh', drill: null, lines: i, pad: pad(i, 220) } },
    outcomes: [{ user: `u${u}`, channel: 'app', at: 1_700_000_000_000 + i, kind: 'faq', faqMatched: true, faqId: 'q1', question: pad(i, 40) }],
    idempotency: { key: idemKey, value: { text: textHash, replies: [{ kind: 'faq', text: pad(i, 700) }] }, ttlSeconds: 86_400 },
    history: { key: `scam-coach/history/u${u}`, lines: i % 3 ? [line('user'), line('bot')] : [line('user'), line('bot'), line('bot')], keep: 60 },
  };
}

interface Side {
  root: string;
  store: Store;
  userHash: KeyedHash;
  keyedHash: KeyedHash;
  next: number;
  rounds: number[];
}

/** `count` turns in groups of GROUP (one tick each): the turn runner's store calls, in its order. */
async function turns(s: Side, count: number): Promise<void> {
  for (let j = 0; j < count; j += GROUP) {
    const batch: Promise<void>[] = [];
    for (let g = 0; g < GROUP; g++) {
      const i = s.next++;
      const user = s.userHash(`app:user-${i % USERS}`);
      const idemKey = `idem/${s.keyedHash(JSON.stringify([`app:user-${i % USERS}`, `m-${i}`]))}`;
      if ((await s.store.idempotency.get(idemKey)) !== undefined) throw new Error('replay hit in a fresh key');
      await s.store.loadState(`scam-coach/users/u${i % USERS}`);
      batch.push(s.store.commitTurn(commit(i, idemKey, s.keyedHash(`text ${i} ${user}`))));
    }
    await Promise.all(batch);
  }
}

async function open(root: string, dir: string, backgroundCheckpoint = true): Promise<Side> {
  const { openSqliteStore } = await import(join(root, 'src/store/sqlite/open.ts'));
  const { createKeyedHash } = await import(join(root, 'src/store/keyed-hash.ts'));
  return {
    root,
    store: await openSqliteStore(dir, { backgroundCheckpoint }), // as the server opens it
    userHash: createKeyedHash(SALT, 10_000),
    keyedHash: createKeyedHash(SALT),
    next: 0,
    rounds: [],
  };
}

// This thread's CPU time (Linux schedstat, ns): the event loop's share alone, as in the server, where V8's helpers
// and the checkpointer's worker run on the other core.
const schedstat = openSync('/proc/thread-self/schedstat', 'r');
const statBuf = Buffer.alloc(64);
/** The main thread's CPU µs so far. */
function cpuNow(): number {
  const n = readSync(schedstat, statBuf, 0, 64, 0);
  return Number(statBuf.toString('latin1', 0, n).split(' ', 1)[0]) / 1000;
}
/** The process's CPU µs so far (every thread). */
function processNow(): number {
  const c = process.cpuUsage();
  return c.user + c.system;
}

/** Wraps every statement's run / get / all and JSON's two functions with a timer keyed by what ran. */
async function instrument(side: Side, spent: Map<string, number>, calls: Map<string, number>) {
  const Database = (await import(join(side.root, 'node_modules/better-sqlite3/lib/index.js'))).default;
  const probe = new Database(':memory:').prepare('SELECT 1');
  const proto = Object.getPrototypeOf(probe) as Record<string, (...a: unknown[]) => unknown>;
  const timed = (fn: (...a: unknown[]) => unknown, label: (self: { source: string }) => string) =>
    function (this: { source: string }, ...args: unknown[]) {
      const t0 = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        const k = label(this);
        spent.set(k, (spent.get(k) ?? 0) + performance.now() - t0);
        calls.set(k, (calls.get(k) ?? 0) + 1);
      }
    };
  for (const m of ['run', 'get', 'all']) {
    proto[m] = timed(proto[m]!, (self) => `sql ${self.source.replace(/\s+/g, ' ').slice(0, 70)}`);
  }
  const { stringify, parse } = JSON;
  JSON.stringify = timed(stringify as never, () => 'JSON.stringify') as never;
  JSON.parse = timed(parse as never, () => 'JSON.parse') as never;
  for (const k of ['userHash', 'keyedHash'] as const) {
    const fn = side[k];
    side[k] = (v) => {
      const t0 = performance.now();
      const h = fn(v);
      spent.set(`hash ${k}`, (spent.get(`hash ${k}`) ?? 0) + performance.now() - t0);
      calls.set(`hash ${k}`, (calls.get(`hash ${k}`) ?? 0) + 1);
      return h;
    };
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-turn-'));
try {
  if (FRAMES) {
    const side = await open(resolve(process.argv[3] ?? ROOT), join(tmp, 's0'), false);
    const db = (side.store as unknown as { outcomes: { db: { pragma(p: string, o?: object): unknown } } }).outcomes.db;
    db.pragma('wal_autocheckpoint = 0'); // the WAL only grows: its size counts every frame written
    await turns(side, PER);
    db.pragma('wal_checkpoint(TRUNCATE)');
    await turns(side, PER);
    const page = db.pragma('page_size', { simple: true }) as number;
    const frames = statSync(join(tmp, 's0', 'scam-coach.db-wal')).size / (page + 24);
    console.log(`\n## store turn WAL frames (${side.root}: ${PER} turns after ${PER}, groups of ${GROUP}, pages of ${page} B)`);
    console.log(`${fmt(frames / PER, 2)} frames a turn (${fmt(frames / (PER / GROUP), 1)} a group commit)`);
    await side.store.close();
  } else if (PARTS) {
    const side = await open(ROOT, join(tmp, 's0'));
    await turns(side, PER); // warm-up: tables and indexes past their first pages, the JIT past its first tiers
    const spent = new Map<string, number>();
    const calls = new Map<string, number>();
    const c0 = cpuNow();
    const p0 = processNow();
    await turns(side, PER);
    const bare = (cpuNow() - c0) / PER;
    const bareProcess = (processNow() - p0) / PER;
    await instrument(side, spent, calls);
    const w0 = performance.now();
    await turns(side, PER);
    const wall = performance.now() - w0;
    console.log(`\n## store turn parts (${PER} turns after ${PER} of warm-up, groups of ${GROUP}; load ${loadavg()[0]!.toFixed(1)})`);
    console.log(`a turn untimed: ${fmt(bare, 1)} CPU µs on the main thread (${fmt(bareProcess, 1)} the process); the parts below are shares of the timed run's wall (${fmt((wall * 1000) / PER, 1)} µs a turn) × ${fmt(bare, 1)}`);
    let parts = 0;
    const us = (ms: number) => fmt((ms / wall) * bare, 2).padStart(8);
    for (const [k, ms] of [...spent].sort((a, b) => b[1] - a[1])) {
      parts += ms;
      console.log(`${us(ms)} µs  ${fmt(calls.get(k)! / PER, 2).padStart(5)}×  ${k}`);
    }
    console.log(`${us(wall - parts)} µs         the rest (the commit's JS, the transaction wrapper, promises, the bench loop)`);
    await side.store.close();
  } else {
    const sides = [await open(ROOT, join(tmp, 's0')), await open(resolve(OTHER!), join(tmp, 's1'))];
    const procUs = [0, 0];
    const run = async (s: Side, count: number) => {
      const t0 = cpuNow();
      const p0 = processNow();
      await turns(s, count);
      procUs[sides.indexOf(s)]! += processNow() - p0;
      return cpuNow() - t0;
    };
    for (const s of sides) await run(s, PER);
    procUs.fill(0);
    const load0 = loadavg()[0]!;
    const ab = await interleave(ROUNDS, PER / BLOCK, (k) => run(sides[k]!, BLOCK));
    for (const [k, s] of sides.entries()) s.rounds = ab.rounds[k]!.map((us) => us / PER);
    console.log(`\n## store turn A/B (${ROUNDS} rounds of ${PER} turns, groups of ${GROUP}, blocks of ${BLOCK}; main-thread CPU µs per turn; load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)})`);
    for (const [k, s] of sides.entries()) {
      console.log(`${k ? 'other' : 'this tree'} (${s.root}): median ${fmt(median(s.rounds), 1)}; rounds ${s.rounds.map((v) => fmt(v, 1)).join(' ')}`);
    }
    console.log(`${perRoundLine(ab)}; per block median ${fmt(median(ab.blocks), 3)}`);
    console.log(`process CPU (every thread) this tree / other: ${fmt(procUs[0]! / procUs[1]!, 3)} (${fmt(procUs[0]! / (ROUNDS * PER), 1)} / ${fmt(procUs[1]! / (ROUNDS * PER), 1)} µs a turn)`);
    for (const s of sides) await s.store.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
