// The webhook benches' load: signed app-webhook requests (a varied mix of questions, checks, drill starts and drill
// answers from bench/lib/bench-texts.ts, 1,000 users, a fresh messageId each) and the Botkit echo bot's equivalent, driven by autocannon against a child server,
// with the CPU the server process used meanwhile (/proc), so benches can report CPU per message beside msg/s.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchTexts } from './bench-texts.ts';
import { signBody } from '../../src/channels/app/signature.ts';
import type { ChildServer } from './child.ts';

export const SECRET = 'bench-webhook-secret';
export const CONNECTIONS = 64;
export const USERS = 1000;
export const WIDGET_CONNECTIONS = 1000;
/** Two fixed texts (a number check and an FAQ question): the replies the bare Express baseline returns. */
export const TEXTS = ['00852 5123 8870 是客服吗', '银行会打电话让我转账到安全账户吗？'] as const;
export const MIX = benchTexts(resolve(fileURLToPath(import.meta.url), '../../..'));
/** The i-th message of a run: user i % USERS, that user's floor(i / USERS)-th message of the mix. */
export const textOf = (i: number) => MIX.text(i % USERS, Math.floor(i / USERS), i);
const TICKS_PER_SECOND = 100; // Linux USER_HZ: /proc/<pid>/stat times are in these units

export interface Load {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  replayed: number;
  errorReplies: number;
  /** CPU seconds the server process used over the run (/proc): per message, serverCpu / total. */
  serverCpu: number;
  /** CPU used by the server process and by this (load generator) process, in cores (1 = one core busy). */
  serverCores: number;
  loaderCores: number;
}

/** CPU seconds (user + system) of a process, or with `tid` of one of its threads (the main thread: tid = pid). */
export function cpuSeconds(pid: number, tid?: number): number {
  try {
    const stat = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime (fields 14, 15)
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds per thread name of a process (threads of one name summed: V8's four platform workers are one row). */
export function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    let name: string;
    try {
      name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    } catch {
      continue; // the thread ended meanwhile
    }
    const label = Number(tid) === pid ? 'main thread' : name;
    out.set(label, (out.get(label) ?? 0) + cpuSeconds(pid, Number(tid)));
  }
  return out;
}

/** What each thread name used between two threadCpu readings (threads started meanwhile count from zero). */
export function threadCpuSince(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, s] of after) out.set(name, s - (before.get(name) ?? 0));
  return out;
}

export function serverEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    APP_WEBHOOK_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    REQUESTS_PER_MINUTE_PER_IP: '1000000000',
    // The bench measures throughput, not the abuse limits: lift them.
    APP_MESSAGES_PER_MINUTE_PER_USER: '1000000000',
    IDENTITIES_PER_HOUR_PER_IP: '1000000000',
    MESSAGES_PER_10S: '1000000000',
    CONNECTIONS_PER_IP: String(WIDGET_CONNECTIONS * 10),
  };
  delete env.REDIS_URL; // always the SQLite store
  delete env.ADMIN_TOKEN;
  return env;
}

/** One signed request body: user i % USERS, the mix's text for that user's turn, a fresh messageId. */
export function message(
  runId: string,
  i: number,
  text = textOf(i),
): { body: Buffer; signature: string } {
  const body = Buffer.from(
    JSON.stringify({ userId: `bench-${i % USERS}`, text, messageId: `${runId}-${i}`, sentAt: Date.now() }),
  );
  return { body, signature: signBody(SECRET, body) };
}

export async function post(url: string, m: { body: Buffer; signature: string }): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${url}/api/app/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature': m.signature },
    body: new Uint8Array(m.body),
  });
  return { status: res.status, json: await res.json() };
}

/** The Botkit echo bot's request for the same message: botbuilder-adapter-web's webhook body. */
export function echoMessage(i: number): { body: Buffer; signature: string } {
  const text = textOf(i);
  return { body: Buffer.from(JSON.stringify({ type: 'message', user: `bench-${i % USERS}`, text })), signature: '' };
}

/** The i-th request of a run to `path`: the signed app message, or the echo bot's body for its own path. */
export function requestMaker(path: string, runId: string): (i: number) => { body: Buffer; signature: string } {
  return path === '/api/app/messages' ? (i) => message(runId, i) : echoMessage;
}

// Messages sent to each server so far: a server's next run goes on from there, so each user's next message is the next
// one of its cycle. Restarted at 0 every run, a short burst sent only the cycle's first messages (question, check,
// question at ~900–3,000 a burst), the same lines every burst, and users left in a drill by the last run got them next.
const sent = new WeakMap<ChildServer, number>();

/** A closed loop: `connections` requests in flight, each answered one followed by the next (autocannon). */
export async function load(
  name: string,
  target: ChildServer,
  runId: string,
  seconds: number,
  connections = CONNECTIONS,
  opts: { path?: string } = {},
): Promise<Load> {
  const path = opts.path ?? '/api/app/messages';
  const make = requestMaker(path, runId);
  let n = sent.get(target) ?? 0;
  let replayed = 0;
  let errorReplies = 0;
  const cpu0 = cpuSeconds(target.pid);
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (req) => {
          const m = make(n++);
          return {
            ...req,
            body: m.body as unknown as string,
            headers: {
              ...req.headers,
              'content-type': 'application/json',
              ...(m.signature ? { 'x-signature': m.signature } : {}),
            },
          };
        },
        onResponse: (_status, body) => {
          if (body.includes('"replayed":true')) replayed++;
          if (body.includes('"kind":"error"')) errorReplies++;
        },
      },
    ],
  });
  sent.set(target, n);
  const wall = (performance.now() - t0) / 1000;
  const serverCpu = cpuSeconds(target.pid) - cpu0;
  const own = process.cpuUsage(own0);
  return {
    name,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    replayed,
    errorReplies,
    serverCpu,
    serverCores: serverCpu / wall,
    loaderCores: (own.user + own.system) / 1e6 / wall,
  };
}
