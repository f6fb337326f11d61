// An open load at a fixed rate: request i leaves at t0 + i / rate, whether or not earlier ones were answered, on a
// pool of keep-alive connections, and its latency is counted from that planned time (a late sender or a queue for a
// free connection is the server's delay too, as a user would see it). autocannon's `overallRate` is not this: each
// connection sends its share of a second back to back when the second starts, so all 300 requests of a second
// arrive within a few ms and the last waits for the 299 before it — its p99 measured the burst, not the server — and
// it "corrects" each latency with an expected interval of 1 ms (Math.ceil of a rate's reciprocal in seconds), adding
// one made-up sample per ms of every response.
import { Agent, request } from 'node:http';
import type { ChildServer } from './child.ts';
import { cpuSeconds, type Load } from './webhook-load.ts';

export interface OpenLoadOptions {
  rate: number;
  seconds: number;
  /** The most requests in flight (the connection pool); more wait for a free connection, their clock running. */
  connections: number;
  path: string;
  /** The i-th request's body and headers. */
  make: (i: number) => { body: Buffer; signature: string };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

export async function openLoad(name: string, target: ChildServer, o: OpenLoadOptions): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const { hostname, port } = new URL(target.url);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let replayed = 0;
  let errorReplies = 0;
  const total = Math.round(o.rate * o.seconds);
  const cpu0 = cpuSeconds(target.pid);
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  let pending = 0;
  let allSent!: () => void;
  const done = new Promise<void>((resolve) => {
    allSent = resolve;
  });
  const send = (i: number, planned: number) => {
    const m = o.make(i);
    pending++;
    const req = request(
      {
        agent,
        hostname,
        port,
        path: o.path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': m.body.length,
          ...(m.signature ? { 'x-signature': m.signature } : {}),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => {
          latencies.push(performance.now() - planned);
          if ((res.statusCode ?? 0) >= 300) non2xx++;
          if (body.includes('"replayed":true')) replayed++;
          if (body.includes('"kind":"error"')) errorReplies++;
          if (--pending === 0 && next >= total) allSent();
        });
      },
    );
    req.on('error', () => {
      errors++;
      if (--pending === 0 && next >= total) allSent();
    });
    req.end(m.body);
  };
  // Every tick sends what is due: timers fire late by a ms or so, the planned times stay exact.
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && t0 + (next * 1000) / o.rate <= now) {
        send(next, t0 + (next * 1000) / o.rate);
        next++;
      }
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, t0 + (next * 1000) / o.rate - performance.now()));
    };
    tick();
  });
  if (pending) await done;
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(target.pid) - cpu0;
  const own = process.cpuUsage(own0);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    name,
    reqPerSec: latencies.length / wall,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    total: latencies.length,
    non2xx,
    errors,
    timeouts: 0,
    replayed,
    errorReplies,
    serverCpu: cpu,
    serverCores: cpu / wall,
    loaderCores: (own.user + own.system) / 1e6 / wall,
  };
}
