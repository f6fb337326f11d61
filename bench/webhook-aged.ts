// Issue 14: does a webhook turn cost more once the store holds many turns? Two servers of this tree: one aged by
// AGE seconds of the webhook load first, one fresh (warmed only); then alternating bursts, so the machine's changing
// load falls on both alike. Equal CPU per message: a turn's cost does not grow with the turns stored.
//   node --import tsx bench/webhook-aged.ts [BURSTS]   WEBHOOK_AGED_SECONDS=60 (age), WEBHOOK_BENCH_SECONDS=3 (burst)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, percentile, table } from './harness.ts';
import { type ChildServer, rssBytes, spawnServer } from './lib/child.ts';
import { cpuSeconds, load, serverEnv } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const BURSTS = Math.max(1, Number(process.argv[2]) || 8);
const SECONDS = Math.max(1, Number(process.env.WEBHOOK_BENCH_SECONDS) || 3);
const AGE = Math.max(1, Number(process.env.WEBHOOK_AGED_SECONDS) || 60);
const WARMUP = 6;
const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-aged-'));
const spawn = (name: string) =>
  spawnServer([join(ROOT, 'bin/scam-coach.js'), 'serve'], { cwd: ROOT, env: serverEnv(join(tmp, name)), name });
const dbMb = (name: string) => fmt(statSync(join(tmp, name, 'scam-coach.db')).size / 2 ** 20, 0);
const servers: ChildServer[] = [];
try {
  const aged = await spawn('aged');
  servers.push(aged);
  const a = await load('aged', aged, 'age', AGE);
  console.log(`aged by ${a.total} turns (${dbMb('aged')} MB)`);
  const fresh = await spawn('fresh');
  servers.push(fresh);
  await load('fresh', fresh, 'warm', WARMUP);
  await load('aged', aged, 'warm', WARMUP);
  const rows: number[][] = [[], []];
  for (let b = 0; b < BURSTS; b++) {
    for (const i of b % 2 ? [1, 0] : [0, 1]) {
      const s = servers[i]!;
      const c0 = cpuSeconds(s.pid, s.pid);
      const r = await load(`s${i}`, s, `b${b}`, SECONDS);
      rows[i]!.push(((cpuSeconds(s.pid, s.pid) - c0) * 1e6) / r.total);
    }
    console.log(
      `burst ${b + 1}: main µs/msg aged ${fmt(rows[0]!.at(-1)!, 0)}, fresh ${fmt(rows[1]!.at(-1)!, 0)}; load ${loadavg()[0]!.toFixed(1)}`,
    );
  }
  const med = (xs: number[]) =>
    percentile(
      [...xs].sort((x, y) => x - y),
      50,
    );
  console.log(
    table([
      ['server', 'main µs/msg (median)', 'per burst', 'RSS MB', 'db MB'],
      [
        'aged',
        fmt(med(rows[0]!), 0),
        rows[0]!.map((x) => fmt(x, 0)).join(' '),
        fmt(rssBytes(aged.pid) / 2 ** 20, 0),
        dbMb('aged'),
      ],
      [
        'fresh',
        fmt(med(rows[1]!), 0),
        rows[1]!.map((x) => fmt(x, 0)).join(' '),
        fmt(rssBytes(fresh.pid) / 2 ** 20, 0),
        dbMb('fresh'),
      ],
    ]),
  );
  console.log(
    `aged / fresh, main thread CPU per message (median of per-burst ratios): ${fmt(med(rows[0]!.map((x, k) => x / rows[1]![k]!)), 3)}×`,
  );
} finally {
  for (const s of servers) await s.stop();
  rmSync(tmp, { recursive: true, force: true });
}
