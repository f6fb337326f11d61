// temp: the same tree's server with and without NODE_EXTRA flags, alternating bursts at 1 and 64 connections
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnServer } from './lib/child.ts';
import { load, serverEnv, threadCpu, threadCpuSince } from './lib/webhook-load.ts';
const dir = resolve('.');
const extra = (process.env.NODE_EXTRA ?? '').split(' ').filter(Boolean);
const tmp = mkdtempSync(join(tmpdir(), 'conc-'));
const variants = [[], extra];
const servers = [];
for (const [i, v] of variants.entries()) servers.push(await spawnServer([...v, join(dir, 'bin/scam-coach.js'), 'serve'], { cwd: dir, env: serverEnv(join(tmp, `d${i}`)), name: 'srv' }));
for (const s of servers) await load('warm', s, 'w', 20, 64);
const rows: Record<string, number[]> = {};
for (let r = 0; r < 3; r++) for (const c of [64, 1]) for (const i of r % 2 ? [1, 0] : [0, 1]) {
  const s = servers[i]!;
  const t0 = threadCpu(s.pid);
  const x = await load('run', s, `r${r}c${c}`, 4, c);
  const th = threadCpuSince(t0, threadCpu(s.pid));
  const tot = [...th.values()].reduce((a, b) => a + b, 0);
  (rows[`${i ? extra.join(' ') : 'default'} @${c}`] ??= []).push(Math.round(1e6 * tot / x.total));
  console.log(`${i ? extra.join(' ') : 'default'} conns ${c}: ${x.total} msgs, µs/msg ${(1e6 * tot / x.total).toFixed(0)}: ${[...th].map(([k, v]) => `${k} ${(1e6 * v / x.total).toFixed(0)}`).join(', ')}`);
}
for (const [k, v] of Object.entries(rows)) console.log(k, v.join(' '));
for (const s of servers) await s.stop();
