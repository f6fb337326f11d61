// A bitmap in front of an open-addressing table (the concept trie's edges, the similarity layer's bigrams, the
// wording model's weights): most lookups of a message's characters and grams are for keys the table does not hold,
// and such a probe met a cache miss in a table of hundreds of KB. One bit per hash of the key in 8 KB, which stays
// in the CPU's nearest cache, turns most of them away first; a bit set only lets the probe run (a collision costs
// the probe that would have run anyway), so no lookup's answer changes.

/** Bits in a filter: 2^16 (8 KB). */
export const FILTER_BYTES = 0x2000;

/** The filter bit of a key given as two integers (a hash of its own, unrelated to the tables' slot hashes, which
 *  would only repeat what an empty first slot says). */
export function probeBit(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x27d4eb2d), 0x165667b1) >>> 16;
}

export function setProbeBit(filter: Uint8Array, a: number, b: number): void {
  const bit = probeBit(a, b);
  filter[bit >> 3]! |= 1 << (bit & 7);
}

/** May the table hold the key (a, b)? false: certainly not. */
export function mayHold(filter: Uint8Array, a: number, b: number): boolean {
  const bit = probeBit(a, b);
  return (filter[bit >> 3]! & (1 << (bit & 7))) !== 0;
}
