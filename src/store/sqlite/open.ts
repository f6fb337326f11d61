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

/** `backgroundCheckpoint`: WAL checkpoints on a worker thread, off the event loop (a server; src/store/sqlite/checkpointer.ts). */
export async function openSqliteStore(dataDir: string, opts: { backgroundCheckpoint?: boolean } = {}): Promise<StateStore> {
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
  // A whole turn: all of it lands or none of it (a failing write rolls back the others). Inside the group's
  // transaction it runs as a savepoint, so one failing turn rolls back alone.
  const commitOne = db.transaction((c: TurnCommit) => {
    state.writeSync(c.state.key, c.state.value);
    if (c.outcomes.length) outcomes.addManySync(c.outcomes);
    if (c.idempotency) idempotency.putSync(c.idempotency.key, c.idempotency.value, c.idempotency.ttlSeconds);
    if (c.history) history.appendSync(c.history.key, c.history.lines, c.history.keep);
  });
  // The turns of one tick in one IMMEDIATE transaction (src/store/group-commit.ts): one WAL append and one lock
  // round for all of them. The pages every turn touches (the outcomes table's tail and its indexes, the replay
  // table) are written once per group instead of once per turn.
  const commitGroup = db.transaction((batch: TurnCommit[]) =>
    batch.map((c) => {
      try {
        commitOne(c);
        return undefined;
      } catch (err) {
        // A fault SQLite answers by rolling back the whole transaction (disk full): fail the group, write no more.
        if (!db.inTransaction) throw err;
        return err;
      }
    }),
  );
  const commitTurn = groupPerTick<TurnCommit>((batch) => {
    if (batch.length > 1) return commitGroup.immediate(batch);
    try {
      commitOne.immediate(batch[0]!);
      return [undefined];
    } catch (err) {
      return [err];
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
