// Summarise a V8 .cpuprofile (node --cpu-prof): self time by function and by area (src/<dir>, a package, node
// internals, GC), so a bench can say where a server's time goes.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Excluding (idle) and (program). */
  busyMs: number;
  functions: { name: string; ms: number }[];
  areas: { name: string; ms: number }[];
}

function area(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/(src|bench|bin)\/(?:([^/]+)\/)?/.exec(url);
  if (src) return src[2] && !src[2].includes('.') ? `${src[1]}/${src[2]}` : src[1]!;
  return url;
}

/** Monotonic clock in µs, the clock V8 stamps profiles with on Linux (same for every process on the machine). */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** `window`: only samples taken between these monotonicMicros() readings (e.g. the measured run, not startup). */
export function summariseProfile(file: string, top = 15, window?: { fromUs: number; toUs: number }): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    t += dt;
    if (window && (t < window.fromUs || t > window.toUs)) continue;
    self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + dt);
  }
  const fns = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    total += us;
    if (functionName === '(idle)' || functionName === '(program)') idle += us;
    const short = url.replace(/^file:\/\/.*?\/(node_modules|src|bench|bin)\//, '$1/');
    const name = `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
    fns.set(name, (fns.get(name) ?? 0) + us);
    const a = area(url, functionName);
    areas.set(a, (areas.get(a) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => k !== '(idle)' && k !== '(program)' && !k.startsWith('(idle)') && !k.startsWith('(program)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000 }));
  return { totalMs: total / 1000, busyMs: (total - idle) / 1000, functions: sorted(fns), areas: sorted(areas) };
}

/** Shares of the samples taken under a function named `root` (a sample counted once per function on its stack, so a
 *  function's share is inclusive of its callees), by function name; and each function's self share there. */
export function inclusiveUnder(file: string, root: string): { samples: number; inclusive: Map<string, number>; self: Map<string, number> } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile & { nodes: (ProfileNode & { children?: number[] })[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<number, number>();
  for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let samples = 0;
  for (const [id, count] of counts) {
    const stack: string[] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) stack.push(byId.get(x)!.callFrame.functionName || '(anonymous)');
    const at = stack.lastIndexOf(root);
    if (at < 0) continue;
    samples += count;
    for (const name of new Set(stack.slice(0, at + 1))) inclusive.set(name, (inclusive.get(name) ?? 0) + count);
    self.set(stack[0]!, (self.get(stack[0]!) ?? 0) + count);
  }
  const share = (m: Map<string, number>) => new Map([...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / samples]));
  return { samples, inclusive: share(inclusive), self: share(self) };
}
