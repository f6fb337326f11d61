// What V8 still deopts and recompiles in a warm webhook server (the whole message: HTTP, signature, zod, the turn
// runner, the store, the brain): the server run with --trace-opt --trace-deopt under the webhook bench's closed
// loop; after WARM seconds of load, the deopts by function and reason and the TurboFan compilations by function over
// MEASURE seconds more, per 1,000 messages. bench/brain-jit.ts does the same for the brain alone, in process.
//   node --import tsx bench/webhook-jit.ts [WARM_SECONDS] [MEASURE_SECONDS]   (defaults 60, 60; 8 connections)
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnServer } from './lib/child.ts';
import { top, traceTally } from './lib/v8-trace.ts';
import { load, serverEnv } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const WARM = Math.max(1, Number(process.argv[2]) || 60);
const MEASURE = Math.max(1, Number(process.argv[3]) || 60);
const CONNECTIONS = Number(process.env.WEBHOOK_PHASES_CONNECTIONS) || 8;

const dir = mkdtempSync(join(tmpdir(), 'scam-coach-jit-'));
const server = await spawnServer(['--trace-opt', '--trace-deopt', join(ROOT, 'bin/scam-coach.js'), 'serve'], {
  cwd: ROOT,
  env: serverEnv(dir),
  name: 'webhook',
});
let late = false;
let rest = '';
const { deopts, compiled, compiles, read: tally } = traceTally();
const read = (line: string) => {
  if (late) tally(line);
};
server.proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
  const lines = (rest + d).split('\n');
  rest = lines.pop()!;
  for (const l of lines) read(l);
});
try {
  const warm = await load('warm-up', server, 'jit', WARM, CONNECTIONS);
  late = true;
  const measured = await load('measured', server, 'jit', MEASURE, CONNECTIONS);
  late = false;
  const per = 1000 / measured.total;
  const total = [...compiled.values()].reduce((a, b) => a + b, 0);
  const nDeopts = [...deopts.values()].reduce((a, b) => a + b, 0);
  const nCompiles = [...compiles.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n## webhook JIT (${warm.total} messages of warm-up, then ${measured.total}; load ${loadavg()[0]!.toFixed(1)})`,
  );
  console.log(
    `per 1,000 messages: ${(nDeopts * per).toFixed(1)} deopts, ${(nCompiles * per).toFixed(1)} compilations, ${(total * per).toFixed(0)} ms compiling`,
  );
  console.log('deopts (times: function: reason):');
  for (const [k, n] of top(deopts, 30)) console.log(`  ${n}  ${k}`);
  console.log('compiled (ms, times):');
  for (const [k, ms] of top(compiled, 25)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${compiles.get(k)}×  ${k}`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
