// Tallies of V8's --trace-opt / --trace-deopt lines (bench/brain-jit.ts, bench/webhook-jit.ts): deopts by function and
// reason, TurboFan compilations by function (count and milliseconds).
export const count = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
export const top = <K>(m: Map<K, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);

export interface TraceTally {
  deopts: Map<string, number>;
  compiled: Map<string, number>;
  compiles: Map<string, number>;
  /** Counts one trace line (others are ignored). */
  read(line: string): void;
}

export function traceTally(): TraceTally {
  const deopts = new Map<string, number>();
  const compiled = new Map<string, number>();
  const compiles = new Map<string, number>();
  const read = (line: string) => {
    const d = /^\[bailout \(kind: [^,]*, reason: (.*?)\): begin\. deoptimizing \S+ <JSFunction (\S*)/.exec(line);
    if (d) count(deopts, `${d[2] || '(anonymous)'}: ${d[1]}`);
    const c = /^\[completed compiling \S+ <JSFunction (\S*).*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (c) {
      const name = c[1] || '(anonymous)';
      count(compiled, name, Number(c[2]) + Number(c[3]) + Number(c[4]));
      count(compiles, name);
    }
  };
  return { deopts, compiled, compiles, read };
}
