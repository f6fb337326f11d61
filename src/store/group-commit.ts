// Group commit: the turn commits queued while the event loop handles one batch of I/O (every request that arrived
// together) are written together in the check phase of the same loop iteration — one SQLite transaction, one Redis
// pipeline — instead of one each. Each commit still lands or fails alone (SQLite: a group that one turn's fault
// rolled back is committed again turn by turn; Redis: a script of its own), and each caller's promise settles only
// once the write that holds its commit has returned: a reply is never sent for a turn that is not yet stored.

/** What a flush says about each queued commit, in order: undefined when it landed, else why it did not. */
export type FlushResult = ReadonlyArray<unknown | undefined>;

/**
 * Queues items and hands each tick's queue to `flush` at once (in order). `flush` throwing or rejecting fails every
 * item of its batch; otherwise it names the outcome of each. Returns the enqueue function.
 */
export function groupPerTick<T>(flush: (batch: T[]) => FlushResult | Promise<FlushResult>): (item: T) => Promise<void> {
  let queue: { item: T; resolve: () => void; reject: (err: unknown) => void }[] = [];

  async function run(): Promise<void> {
    const batch = queue;
    queue = [];
    let results: FlushResult;
    try {
      results = await flush(batch.map((q) => q.item));
    } catch (err) {
      for (const q of batch) q.reject(err);
      return;
    }
    batch.forEach((q, i) => {
      const err = results[i];
      if (err === undefined) q.resolve();
      else q.reject(err);
    });
  }

  return (item) =>
    new Promise<void>((resolve, reject) => {
      // setImmediate, not a microtask: requests read in the same poll phase all queue before the check phase runs.
      if (!queue.length) setImmediate(() => void run());
      queue.push({ item, resolve, reject });
    });
}
