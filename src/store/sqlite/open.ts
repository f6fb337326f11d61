// The SQLite StateStore: one file in DATA_DIR, for a single server process (plus CLI tools on the same file).
import { join } from 'node:path';
import { groupPerTick } from '../group-commit.ts';
import { createLocalLock } from '../local-lock.ts';
import { createMemoryRateLimiter } from '../rate-limit.ts';
import { newSecret } from '../secret.ts';
import type { StateStore, TurnCommit } from '../types.ts';
import { startCheckpointer } from './checkpointer.ts';
import { DB_FILE, openDb } from './db.ts';
import { createSqliteHistory } from './history.ts';
import { createSqliteIdempotency } from './idempotency.ts';
import { createSqliteOutcomes } from './outcomes.ts';
import { createSqliteState } from './state.ts';

/** Another connection holding the file past busy_timeout (extended codes included): no turn of the group can land. */
const DATABASE_BUSY = /^SQLITE_(BUSY|LOCKED)/;

/** `backgroundCheckpoint`: WAL checkpoints on a worker thread, off the event loop (a server; src/store/sqlite/checkpointer.ts). */
export async function openSqliteStore(
  dataDir: string,
  opts: { backgroundCheckpoint?: boolean } = {},
): Promise<StateStore> {
  const db = openDb(dataDir);
  const checkpointer = opts.backgroundCheckpoint ? startCheckpointer(db, join(dataDir, DB_FILE)) : undefined;
  // INSERT OR IGNORE: the first secret created under a name wins, even with two processes racing at startup.
  const insertSecret = db.prepare<[string, string]>('INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)');
  const selectSecret = db.prepare<[string], string>('SELECT value FROM secrets WHERE name = ?').pluck();
  const probe = db.prepare<[], number>('SELECT 1').pluck();

  const state = createSqliteState(db);
  const idempotency = createSqliteIdempotency(db);
  const outcomes = createSqliteOutcomes(db);
  const history = createSqliteHistory(db);
  // A whole turn's writes, in the caller's transaction.
  const writeTurn = (c: TurnCommit) => {
    state.writeSync(c.state.key, c.state.value);
    if (c.outcomes.length) outcomes.addManySync(c.outcomes);
    if (c.idempotency) idempotency.putSync(c.idempotency.key, c.idempotency.value, c.idempotency.ttlSeconds);
    if (c.history) history.appendSync(c.history.key, c.history.lines, c.history.keep);
  };
  // A turn alone: all of it lands or none of it (a failing write rolls back the others).
  const commitOne = db.transaction(writeTurn);
  // The turns of one tick in one IMMEDIATE transaction (src/store/group-commit.ts): one WAL append and one lock
  // round for all of them. The pages every turn touches (the outcomes table's tail and its indexes, the replay
  // table) are written once per group instead of once per turn. No savepoint per turn (two statements each): a
  // fault anywhere rolls the whole group back, and its turns are then committed again one by one, so the faulty
  // turn fails alone and the others land, as they would have with savepoints.
  const commitGroup = db.transaction((batch: TurnCommit[]) => {
    for (const c of batch) writeTurn(c);
  });
  const oneByOne = (batch: TurnCommit[]) =>
    batch.map((c) => {
      try {
        commitOne.immediate(c);
        return undefined;
      } catch (err) {
        return err;
      }
    });
  const commitTurn = groupPerTick<TurnCommit>((batch) => {
    if (batch.length === 1) return oneByOne(batch);
    try {
      commitGroup.immediate(batch);
      return batch.map(() => undefined);
    } catch (err) {
      // Busy past the timeout: each turn alone would wait as long again and fail the same way; the group fails
      // with it, as it did with savepoints (BEGIN IMMEDIATE is where it waits).
      if (DATABASE_BUSY.test(String((err as { code?: unknown }).code))) return batch.map(() => err);
      return oneByOne(batch); // rolled back whole: nothing of the group is kept, so each turn goes again alone
    }
  });

  return {
    kind: 'sqlite',
    async loadState(key) {
      return state.load(key);
    },
    lock: createLocalLock(),
    idempotency,
    outcomes,
    history,
    // One instance: the limits need not outlive the process.
    limits: createMemoryRateLimiter(),
    commitTurn,
    async secret(name) {
      const existing = selectSecret.get(name);
      if (existing !== undefined) return existing;
      insertSecret.run(name, newSecret());
      return selectSecret.get(name)!;
    },
    async ping() {
      try {
        return db.open && probe.get() === 1;
      } catch {
        return false;
      }
    },
    async close() {
      await checkpointer?.stop();
      if (db.open) db.close();
    },
  };
}
