// Issue 14: does a webhook turn get dearer as a run goes on? One server of this tree and, as a control, the Botkit
// echo bot (no store, no brain), in alternating bursts of the webhook bench's load after a warm-up each: CPU per
// message per burst for both, the store's rows and state size after each burst. The webhook's cost climbing while
// its ratio to the echo bot stays flat is the machine; the ratio climbing with the rows stored is the code.
//   node --import tsx bench/webhook-climb.ts [BURSTS]   WEBHOOK_BENCH_SECONDS per burst (default 3)
//   WEBHOOK_CLIMB_WARMUP=6   seconds of warm-up each;  WEBHOOK_CLIMB_ECHO=0   the webhook alone
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { fmt, table } from './harness.ts';
import { type ChildServer, spawnServer } from './lib/child.ts';
import { cpuSeconds, load, serverEnv } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const BURSTS = Math.max(1, Number(process.argv[2]) || 8);
const SECONDS = Math.max(1, Number(process.env.WEBHOOK_BENCH_SECONDS) || 3);
const WARMUP = Math.max(1, Number(process.env.WEBHOOK_CLIMB_WARMUP) || 6);
const ECHO = process.env.WEBHOOK_CLIMB_ECHO !== '0';
const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-climb-'));
const data = join(tmp, 'data');

/** The store's rows (a read-only connection): state rows and their mean JSON size, history and outcome rows. */
function rowsSeen(): string {
  const db = new Database(join(data, 'scam-coach.db'), { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const bytes = db.prepare('SELECT avg(length(json)) FROM items').pluck().get() as number;
    return `${count('items')} states of ${fmt(bytes, 0)} B, ${count('history')} lines, ${count('outcomes')} outcomes, ${count('idempotency')} replays`;
  } finally {
    db.close();
  }
}

/** Main-thread and process CPU µs per message over one burst. */
async function burst(s: ChildServer, runId: string, path?: string): Promise<[number, number]> {
  const p0 = cpuSeconds(s.pid);
  const m0 = cpuSeconds(s.pid, s.pid);
  const r = await load(runId, s, runId, SECONDS, undefined, { path });
  return [((cpuSeconds(s.pid, s.pid) - m0) * 1e6) / r.total, ((cpuSeconds(s.pid) - p0) * 1e6) / r.total];
}

const servers: ChildServer[] = [];
try {
  const app = await spawnServer([join(ROOT, 'bin/scam-coach.js'), 'serve'], {
    cwd: ROOT,
    env: serverEnv(data),
    name: 'webhook',
  });
  servers.push(app);
  const echo = ECHO
    ? await spawnServer(['--import', 'tsx', join(ROOT, 'bench/lib/botkit-echo.ts')], {
        cwd: ROOT,
        env: process.env,
        name: 'echo',
      })
    : undefined;
  if (echo) servers.push(echo);
  await load('warm-up', app, 'warm', WARMUP);
  if (echo) await load('warm-up', echo, 'warm', WARMUP, undefined, { path: '/api/messages' });
  const rows: string[][] = [];
  for (let b = 0; b < BURSTS; b++) {
    // Alternate which goes first, so neither always meets the other's after-effects.
    let e: [number, number] | undefined;
    if (echo && b % 2) e = await burst(echo, `e${b}`, '/api/messages');
    const w = await burst(app, `b${b}`);
    if (echo && !(b % 2)) e = await burst(echo, `e${b}`, '/api/messages');
    rows.push([
      `${b + 1}`,
      fmt(w[1], 0),
      fmt(w[0], 0),
      e ? fmt(e[1], 0) : '',
      e ? `${fmt(w[1] / e[1], 2)}x` : '',
      loadavg()[0]!.toFixed(1),
      rowsSeen(),
    ]);
    console.log(rows.at(-1)!.join(' | '));
  }
  console.log(
    table([
      [
        'burst',
        'webhook CPU µs/msg',
        'main thread',
        'echo CPU µs/msg',
        'webhook / echo',
        'load',
        'store after the burst',
      ],
      ...rows,
    ]),
  );
} finally {
  for (const s of servers) await s.stop();
  rmSync(tmp, { recursive: true, force: true });
}
