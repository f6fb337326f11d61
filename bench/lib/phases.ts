// Where a webhook turn's CPU goes, by phase: each sample of a V8 .cpuprofile is given to one phase of the request
// by its call stack, so the table covers everything the server's main thread did (HTTP, Express, our code, GC).
// Two kinds of rule, because Express calls the next middleware from inside the previous one:
// - a turn phase (our functions, and the packages only they call) claims a sample wherever it is on the stack, the
//   first in PHASES order winning (pino called from the turn is logging; the classifier under masking is masking);
// - a framework rule (helmet, the body reader, Express, node's HTTP) claims a sample only as the innermost match,
//   so helmet's frame, on the stack of everything after it, gets only its own work.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

type Match = (fn: string, url: string) => boolean;
const file = (re: RegExp): Match => (_fn, url) => re.test(url);
const fnIn = (name: string, re: RegExp): Match => (fn, url) => fn === name && re.test(url);
const pkg = (...names: string[]): Match => {
  const re = new RegExp(`/node_modules/(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})/`);
  return (_fn, url) => re.test(url);
};

/** Turn phases, in priority order (the first one on a sample's stack takes it). */
const PHASES: ReadonlyArray<readonly [string, Match]> = [
  ['logging (pino)', pkg('pino', 'pino-std-serializers', 'sonic-boom', 'fast-redact', '@pinojs/redact', 'thread-stream')],
  ['metrics (prom-client)', pkg('prom-client')],
  ['zod validation', pkg('zod')],
  ['signature check (HMAC of the body)', fnIn('signatureValid', /channels\/app\/signature\.ts$/)],
  ['user-key hashes (HMAC)', file(/store\/keyed-hash\.ts$/)],
  ['brain: masking before storage', file(/src\/bot\/redact\.ts$/)],
  ['brain: classifier (the check)', (fn, url) => /src\/classifier\//.test(url) || pkg('libphonenumber-js', 'tldts', 'tldts-core', 'confusables')(fn, url)],
  ['brain: FAQ (route, segment, rank)', (fn, url) => /src\/faq\//.test(url) || pkg('fuse.js', '@node-rs/jieba')(fn, url)],
  ['brain: routing, reply texts, state copy', fnIn('handleTurn', /src\/bot\/brain\.ts$/)],
  ['replay check (SQLite read)', fnIn('replayed', /channels\/conversation\.ts$/)],
  ['loadState (SQLite read, JSON.parse)', fnIn('load', /channels\/conversation\.ts$/)],
  ['commitTurn (SQLite transaction, JSON.stringify)', (fn, url) => /src\/store\/(sqlite\/|group-commit\.ts$)/.test(url) || pkg('better-sqlite3')(fn, url)],
  ['rate limit (per user)', (fn, url) => /src\/store\/rate-limit\.ts$/.test(url) || fnIn('appUser', /http\/limits\.ts$/)(fn, url)],
  ['turn runner (lock, outcome records)', (_fn, url) => /src\/channels\/conversation\.ts$|src\/store\/local-lock\.ts$/.test(url)],
  ['reply wire shape', fnIn('wireMessage', /channels\/botkit\.ts$/)],
  [
    'response (headers, write to the socket)',
    (fn, url) => /node_modules\/express\/lib\/response\.js$/.test(url) || (fn === 'end' && url === 'node:_http_outgoing'),
  ],
  ['webhook handler (JSON.parse of the body, glue)', file(/channels\/app\/webhook\.ts$/)],
];

/** Framework rules: the innermost match on the stack takes the sample. */
const FRAMEWORK: ReadonlyArray<readonly [string, Match]> = [
  // The widget's path: our adapter, Botkit's turn machinery, the websocket library.
  ['widget adapter (frame checks, activity)', file(/channels\/web\/adapter\.ts$/)],
  [
    'Botkit + botbuilder (TurnContext, BotWorker, middleware)',
    (fn, url) => /channels\/botkit\.ts$/.test(url) || pkg('botkit', 'botbuilder', 'botbuilder-core', 'botbuilder-dialogs', 'botbuilder-adapter-web', 'botframework-schema')(fn, url),
  ],
  ['ws (frames, sockets)', pkg('ws', 'bufferutil', 'utf-8-validate')],
  ['helmet + CORS headers', (fn, url) => pkg('helmet')(fn, url) || /src\/server\.ts$/.test(url)],
  ['per-IP limit middleware (skips the webhook)', file(/channels\/http\/limits\.ts$/)],
  ['body read (express.raw)', pkg('raw-body', 'body-parser', 'iconv-lite', 'type-is', 'content-type', 'bytes', 'media-typer', 'unpipe')],
  ['Express routing', pkg('express', 'router', 'parseurl', 'path-to-regexp', 'finalhandler', 'on-finished', 'encodeurl', 'etag', 'fresh', 'send', 'vary', 'depd', 'proxy-addr', 'forwarded', 'accepts', 'negotiator', 'mime-types', 'cookie')],
];

const HTTP = 'HTTP (node: parser, sockets, timers)';
const GC = 'GC (main thread)';
const PROGRAM = 'native without a JS frame (libuv, syscalls)';

export interface Frame {
  fn: string;
  /** Script URL for JS frames (file:///…, node:…), '' for native ones. */
  url: string;
}

export interface PhaseTable {
  /** Sampled time in the window (ms), excluding (idle). */
  busyMs: number;
  phases: { name: string; ms: number }[];
  /** Samples no rule claimed, by leaf function (to extend the rules). */
  unclaimed: { name: string; ms: number }[];
}

const GC_NATIVE = /v8::internal::(Heap|Scavenger|MarkCompact|MinorMarkCompact|Sweeper|ConcurrentMarking|IncrementalMarking|GCTracer)/;

/** The phase of one sample; `stack` is leaf first. */
export function phaseOf(stack: readonly Frame[]): string {
  const top = stack[0]?.fn ?? '';
  if (top === '(garbage collector)' || stack.some((f) => !f.url && GC_NATIVE.test(f.fn))) return GC;
  if (top === '(program)') return PROGRAM;
  if (top === '(idle)') return '(idle)';
  for (const [name, match] of PHASES) if (stack.some((f) => match(f.fn, f.url))) return name;
  for (const f of stack) for (const [name, match] of FRAMEWORK) if (match(f.fn, f.url)) return name;
  if (stack.some((f) => f.url.startsWith('node:'))) return HTTP;
  if (!stack.some((f) => f.url)) return PROGRAM;
  return `unclaimed: ${top} ${stack[0]!.url.replace(/^.*\/(node_modules|src)\//, '$1/')}`;
}

function summarise(ms: Map<string, number>): PhaseTable {
  ms.delete('(idle)');
  const sorted = [...ms].sort((a, b) => b[1] - a[1]).map(([name, v]) => ({ name, ms: v }));
  return {
    busyMs: sorted.reduce((s, x) => s + x.ms, 0),
    phases: sorted.filter((x) => !x.name.startsWith('unclaimed: ')),
    unclaimed: sorted.filter((x) => x.name.startsWith('unclaimed: ')).map((x) => ({ name: x.name.slice(11), ms: x.ms })),
  };
}

/** A V8 .cpuprofile; `window`: monotonic µs (bench/lib/cpuprofile.ts monotonicMicros) bounding the measured run. */
export function phaseTable(profileFile: string, window: { fromUs: number; toUs: number }): PhaseTable {
  const p = JSON.parse(readFileSync(profileFile, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const phaseById = new Map<number, string>();
  const classify = (leaf: number): string => {
    const stack: Frame[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const { functionName, url } = byId.get(id)!.callFrame;
      stack.push({ fn: functionName, url });
    }
    return phaseOf(stack);
  };
  const ms = new Map<string, number>();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    if (t < window.fromUs || t > window.toUs) continue;
    const id = p.samples[i]!;
    let phase = phaseById.get(id);
    if (phase === undefined) {
      phase = classify(id);
      phaseById.set(id, phase);
    }
    ms.set(phase, (ms.get(phase) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  return summarise(ms);
}

// perf script -F tid,ip,sym: a line " <tid>" per sample, then one tab-indented "<addr> <symbol>" per frame, leaf
// first. JS frames (node --perf-basic-prof) read "JS:*name file:///…:line:col" (ES modules) or "JS:^name /path:line"
// (CommonJS); others are native symbols.
const JS_FRAME = /^(?:JS|LazyCompile|Function|Script):[~*^+-]?(.*?) ((?:file:|node:|\/)\S*?)(?::\d+)*$/;

export const OTHER_THREADS = 'other threads (GC helpers, compiler; with V8 sampling also its sampler)';

/**
 * perf's on-CPU samples (cpu-clock: only time the thread ran, so a busy machine does not bias the split), each
 * `sampleMs` of CPU. Samples of threads other than `mainTid` are one row.
 */
export async function perfPhaseTable(lines: AsyncIterable<string>, mainTid: number, sampleMs: number): Promise<PhaseTable> {
  const ms = new Map<string, number>();
  let tid = -1;
  let stack: Frame[] = [];
  const debug = process.env.WEBHOOK_PHASES_DEBUG;
  const leaves = new Map<string, number>();
  const flush = () => {
    if (tid < 0) return;
    const phase = tid === mainTid ? phaseOf(stack) : OTHER_THREADS;
    ms.set(phase, (ms.get(phase) ?? 0) + sampleMs);
    if (debug && phase.startsWith(debug)) {
      const k = stack.slice(0, 6).map((f) => `${f.fn.slice(0, 60)} ${f.url.replace(/^.*\//, '')}`).join(' < ');
      leaves.set(k, (leaves.get(k) ?? 0) + 1);
    }
  };
  for await (const line of lines) {
    if (!line.startsWith('\t')) {
      const m = /^\s*(\d+)\s*$/.exec(line);
      if (!m) continue;
      flush();
      tid = Number(m[1]);
      stack = [];
      continue;
    }
    const sym = line.trim().replace(/^[0-9a-f]+\s+/, '');
    const js = JS_FRAME.exec(sym);
    stack.push(js ? { fn: js[1]!, url: js[2]! } : { fn: sym, url: '' });
  }
  flush();
  if (debug) for (const [k, n] of [...leaves].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(n, k);
  return summarise(ms);
}
