// The in-process A/B benches' loop (bench/store-turn.ts, bench/store-commit-compare.ts, bench/brain-compare.ts): this
// tree and another in rounds of blocks, the two sides' order alternating block by block (A then B, B then A), so
// neither always runs just after the other's garbage or on the other's warmed caches.
import { fmt } from '../harness.ts';
import { median } from './stats.ts';

export interface Interleaved {
  /** Each side's summed block costs, one figure per round. */
  rounds: [number[], number[]];
  /** Side 0's block over side 1's, one figure per pair of blocks. */
  blocks: number[];
}

/** `rounds` rounds of `blocks` block pairs; `measure(k, round)` runs one block of side k and returns its cost. */
export async function interleave(
  rounds: number,
  blocks: number,
  measure: (k: 0 | 1, round: number) => number | Promise<number>,
): Promise<Interleaved> {
  const out: Interleaved = { rounds: [[], []], blocks: [] };
  for (let r = 0; r < rounds; r++) {
    const sum = [0, 0];
    for (let b = 0; b < blocks; b++) {
      const got = [0, 0];
      for (const k of b % 2 ? ([1, 0] as const) : ([0, 1] as const)) got[k] = await measure(k, r);
      sum[0]! += got[0]!;
      sum[1]! += got[1]!;
      out.blocks.push(got[0]! / got[1]!);
    }
    out.rounds[0].push(sum[0]!);
    out.rounds[1].push(sum[1]!);
  }
  return out;
}

/** Side 0 over side 1 per round. */
export function roundRatios(r: Interleaved): number[] {
  return r.rounds[0].map((v, i) => v / r.rounds[1][i]!);
}

/** "this tree / other per round: … → median …": the per-round ratios and their median. */
export function perRoundLine(r: Interleaved): string {
  const ratios = roundRatios(r);
  return `this tree / other per round: ${ratios.map((v) => fmt(v, 3)).join(' ')} → median ${fmt(median(ratios), 3)}`;
}
