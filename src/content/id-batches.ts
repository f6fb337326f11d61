// Field corpora are written in batches, each split once; a batch is a range of zero-padded ids (string order is id
// order). One home for reading a line's batch and the `--batch N` option of the scorers.

export type IdRanges = Readonly<Record<number, { readonly first: string; readonly last: string }>>;

/** The batch an id belongs to; throws naming the table when it is in none. */
export function batchOf<R extends IdRanges>(ranges: R, id: string, table: string): keyof R & number {
  for (const [name, range] of Object.entries(ranges)) {
    if (id >= range.first && id <= range.last) return Number(name) as keyof R & number;
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
