// Tiny benchmark harness: run a function over inputs for a fixed wall time after a warm-up; report ops/s.
// Figures are only compared with baselines measured in the same run (ratios), never with fixed numbers.
export interface Rate {
  name: string;
  opsPerSec: number;
  /** CPU time (user + system, process.cpuUsage) per operation in µs: less sensitive than ops/s to other load on a
   *  shared machine, which takes wall time away but not CPU time. */
  cpuMicrosPerOp: number;
}

/** Warm-up: slices of WARM_UP_SLICE_MS for at least the measured time, then until WARM_UP_CALM slices in a row bring
 *  no new best CPU per operation (by more than WARM_UP_SETTLED), at most WARM_UP_MAX_MS. */
const WARM_UP_SLICE_MS = 100;
const WARM_UP_SETTLED = 0.05;
const WARM_UP_CALM = 3;
const WARM_UP_MAX_MS = 10_000;

export function rate(name: string, inputs: readonly string[], fn: (s: string) => unknown, ms = 1000): Rate {
  let sink = 0;
  // Warm up until the optimising compiler has settled. It runs on background threads: on a busy machine a fixed
  // 250 ms warm-up measured half-compiled code (the first row at several times its settled CPU per check).
  const warmStart = performance.now();
  let i = 0;
  let best = Number.POSITIVE_INFINITY;
  let calm = 0;
  for (;;) {
    const cpu = process.cpuUsage();
    const sliceEnd = performance.now() + WARM_UP_SLICE_MS;
    let n = 0;
    while (performance.now() < sliceEnd) {
      for (let k = 0; k < 16; k++, n++) sink ^= fn(inputs[i++ % inputs.length]!) ? 1 : 0;
    }
    const used = process.cpuUsage(cpu);
    const perOp = (used.user + used.system) / n;
    if (perOp < best * (1 - WARM_UP_SETTLED)) calm = 0;
    else calm++;
    best = Math.min(best, perOp);
    const elapsed = performance.now() - warmStart;
    if (elapsed > WARM_UP_MAX_MS || (elapsed >= ms && calm >= WARM_UP_CALM)) break;
  }
  let ops = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let k = 0; k < 64; k++) sink ^= fn(inputs[ops++ % inputs.length]!) ? 1 : 0;
    now = performance.now();
  }
  const used = process.cpuUsage(cpu);
  if (sink === 42) console.log(''); // keep the work observable
  return { name, opsPerSec: ops / ((now - start) / 1000), cpuMicrosPerOp: (used.user + used.system) / ops };
}

/**
 * Whole passes over the inputs, each input once a pass and after a different one (as rate() meets them), timed by
 * CPU per chunk of CHUNK inputs: a chunk's cost is its least over the passes, and the figure is the inputs over the
 * summed least costs. A chunk is a few ms, so a load spike or a preemption spoils one pass of it, not the figure: on a
 * shared machine rate()'s mean reads the load (the same code 5,600–11,000 field messages/s minutes apart, session
 * 37); this reads what one core does with the pass when nothing takes the core away. Other work on the core's
 * sibling still slows it: loaded, it reads low, never high.
 */
export function passRate(
  name: string,
  inputs: readonly string[],
  fn: (s: string) => unknown,
  passes = 9,
  chunk = 40,
  /** CPU µs so far (user + system); a test passes its own clock. */
  clock: () => number = cpuMicros,
): Rate {
  let sink = 0;
  for (let w = 0; w < 3; w++) for (const s of inputs) sink ^= fn(s) ? 1 : 0;
  const least = new Float64Array(Math.ceil(inputs.length / chunk)).fill(Number.POSITIVE_INFINITY);
  for (let p = 0; p < passes; p++)
    for (let c = 0; c < least.length; c++) {
      const from = clock();
      for (let i = c * chunk, end = Math.min(inputs.length, i + chunk); i < end; i++) sink ^= fn(inputs[i]!) ? 1 : 0;
      least[c] = Math.min(least[c]!, clock() - from);
    }
  if (sink === 42) console.log(''); // keep the work observable
  const micros = least.reduce((a, b) => a + b, 0);
  return { name, opsPerSec: (inputs.length / micros) * 1e6, cpuMicrosPerOp: micros / inputs.length };
}

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((v, c) => String(v).padEnd(widths[c]!)).join('  ')).join('\n');
}
