// TurboFan's compilations in a child server run with --trace-opt: V8 writes one "[completed compiling …]" line to
// stdout per optimised function. The webhook bench counts them per burst to warm up until they have settled.
import type { ChildServer } from './child.ts';

/** A running count of the child's completed compilations (from now on; attach right after the spawn). */
export function compilationCounter(s: ChildServer): () => number {
  let n = 0;
  let rest = '';
  s.proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
    const lines = (rest + d).split('\n');
    rest = lines.pop()!;
    for (const l of lines) if (l.startsWith('[completed compiling')) n++;
  });
  return () => n;
}
