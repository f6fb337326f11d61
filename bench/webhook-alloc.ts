// Bytes the real server allocates per webhook message, and where (issue #14: the webhook scavenges 2–5× as often per
// message as the echo bot). `scam-coach serve` (SQLite in a temp dir, default settings) under the webhook bench's
// closed load, warmed up, then V8's sampling heap profiler over the inspector with the objects both GCs collected
// kept (garbage counts: what a message throws away is what the scavenger pays for). Prints bytes per message by part
// (the first frame from the leaf up that names one: the brain, the store, the webhook shell, zod, node's HTTP …),
// and the functions allocating most themselves.
//   node --import tsx bench/webhook-alloc.ts [CHECKOUT]
//   WEBHOOK_BENCH_SECONDS=10 (sampled), WEBHOOK_BENCH_WARMUP=20, WEBHOOK_PHASES_CONNECTIONS=64, WEBHOOK_ALLOC_TOP=40
// Sampled (one sample per 512 bytes on average): totals move a few % from run to run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnServer } from './lib/child.ts';
import { connectInspector } from './lib/inspector.ts';
import { CONNECTIONS, load, serverEnv } from './lib/webhook-load.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SERVER = resolve(process.argv[2] ?? ROOT);
const SECONDS = Math.max(1, Number(process.env.WEBHOOK_BENCH_SECONDS) || 10);
const WARMUP = Math.max(1, Number(process.env.WEBHOOK_BENCH_WARMUP) || 20);
const CONCURRENCY = Math.max(1, Number(process.env.WEBHOOK_PHASES_CONNECTIONS) || CONNECTIONS);

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface Node {
  callFrame: Frame;
  selfSize: number;
  children: Node[];
}

// A message's parts, by the first frame (from the leaf up) whose function or file names one.
const PARTS: [string, RegExp][] = [
  ['brain (src/bot, faq, classifier, scenarios, quiz, fuse.js)', /src\/(bot|faq|classifier|scenarios|quiz|content)\/|node_modules\/fuse\.js/],
  ['store (src/store, better-sqlite3)', /src\/store\/|better-sqlite3/],
  ['turn runner (conversation.ts)', /src\/channels\/conversation\.ts/],
  ['webhook shell (src/channels)', /src\/channels\//],
  ['zod (the body schema)', /node_modules\/zod/],
  ['metrics / logging (src/ops, prom-client, pino)', /src\/ops\/|prom-client|pino/],
  ['express', /node_modules\/(express|router|body-parser|helmet)/],
  ["node's HTTP and sockets", /^node:|internal\//],
];

const tmp = mkdtempSync(join(tmpdir(), 'scam-coach-alloc-'));
const server = await spawnServer(['--inspect=127.0.0.1:0', join(SERVER, 'bin/scam-coach.js'), 'serve'], {
  cwd: SERVER,
  env: serverEnv(join(tmp, 'data')),
  name: 'scam-coach serve',
});
try {
  const inspector = await connectInspector(server.stderr);
  await load('warm-up', server, 'warm', WARMUP, CONCURRENCY);
  await inspector.call('HeapProfiler.enable');
  await inspector.call('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const run = await load('sampled', server, 'alloc', SECONDS, CONCURRENCY);
  const { profile } = (await inspector.call('HeapProfiler.stopSampling')) as { profile: { head: Node } };
  inspector.close();

  const byPart = new Map<string, number>();
  const byFn = new Map<string, number>();
  let total = 0;
  const where = (c: Frame) => `${c.functionName || '(anonymous)'} ${c.url.replace(/^.*\/(node_modules\/|src\/)/, '$1')}`;
  const walk = (n: Node, stack: Frame[]): void => {
    const here = [...stack, n.callFrame];
    if (n.selfSize) {
      total += n.selfSize;
      const f = n.callFrame;
      // A builtin (JSON.stringify, Array.prototype.map …) is named with the function that called it.
      const caller = f.url ? undefined : stack[stack.length - 1];
      const key = caller ? `${f.functionName} ← ${where(caller)}` : where(f);
      byFn.set(key, (byFn.get(key) ?? 0) + n.selfSize);
      let part = 'other (no frame names a part)';
      outer: for (let k = here.length - 1; k >= 0; k--) {
        const name = `${here[k]!.functionName} ${here[k]!.url}`;
        if (!here[k]!.url) continue;
        for (const [p, re] of PARTS) {
          if (re.test(here[k]!.url) || re.test(name)) {
            part = p;
            break outer;
          }
        }
      }
      byPart.set(part, (byPart.get(part) ?? 0) + n.selfSize);
    }
    for (const c of n.children) walk(c, here);
  };
  walk(profile.head, []);
  const kb = (b: number) => (b / run.total / 1024).toFixed(1);
  console.log(`${SERVER}: ${run.total} messages in ${SECONDS} s (${Math.round(run.reqPerSec)} msg/s, ${CONCURRENCY} connections) after ${WARMUP} s of warm-up`);
  console.log(`sampled allocation ${kb(total)} KB per message`);
  for (const [p, b] of [...byPart].sort((x, y) => y[1] - x[1])) console.log(`  ${p.padEnd(52)} ${kb(b).padStart(6)} KB`);
  console.log('functions allocating most themselves (KB per message):');
  for (const [f, b] of [...byFn].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env.WEBHOOK_ALLOC_TOP) || 40)) console.log(`  ${kb(b).padStart(6)}  ${f}`);
} finally {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}
