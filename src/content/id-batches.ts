// Field corpora are written in batches, each split once; a batch is a range of ids, a letter prefix and a number
// (m0001 … m9799, then m9801 … m10096: compared by number, since string order puts m10001 before m1001). One home
// for reading a line's batch and the `--batch N` option of the scorers.

export type IdRanges = Readonly<Record<number, { readonly first: string; readonly last: string }>>;

/** An id's prefix and number (`m0042` → ['m', 42]); undefined for an id of another form. */
function idParts(id: string): readonly [string, number] | undefined {
  const match = /^([a-z]+)(\d+)$/.exec(id);
  return match ? [match[1]!, Number(match[2])] : undefined;
}

/** Ids in number order (q9901 before q10000), for printing a batch's range. */
export function byIdNumber(a: string, b: string): number {
  const [x, y] = [idParts(a), idParts(b)];
  return x && y && x[0] === y[0] ? x[1] - y[1] : a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `id` lies in `first`…`last` (same prefix, number between). */
function inRange(id: string, first: string, last: string): boolean {
  const [at, lo, hi] = [idParts(id), idParts(first), idParts(last)];
  if (!at || !lo || !hi || at[0] !== lo[0] || at[0] !== hi[0]) return false;
  return at[1] >= lo[1] && at[1] <= hi[1];
}

/** The batch an id belongs to; throws naming the table when it is in none. */
export function batchOf<R extends IdRanges>(ranges: R, id: string, table: string): keyof R & number {
  for (const [name, range] of Object.entries(ranges)) {
    if (inRange(id, range.first, range.last)) return Number(name) as keyof R & number;
  }
  throw new Error(`${id}: in no batch of ${table}`);
}

/** `--batch N` from command-line arguments: undefined without it, an error for a batch the table lacks. */
export function batchOption<R extends IdRanges>(argv: readonly string[], ranges: R): (keyof R & number) | undefined {
  const at = argv.indexOf('--batch');
  if (at < 0) return undefined;
  const batch = Number(argv[at + 1]);
  if (!(batch in ranges)) throw new Error(`--batch: one of ${Object.keys(ranges).join(', ')}`);
  return batch as keyof R & number;
}
