// The server's SQLite store checkpoints its WAL on a worker thread: the committed pages reach the database file
// while the server's own connection (automatic checkpoint raised to a backstop) never ran a checkpoint itself.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { BACKSTOP_PAGES, CHECKPOINT_EVERY_MS, CHECKPOINT_NICE } from '../../src/store/sqlite/checkpointer.ts';
import { DB_FILE } from '../../src/store/sqlite/db.ts';

describe('sqlite: checkpoints on a worker thread', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scam-coach-ckpt-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const turns = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      state: { key: `s/${i}`, value: { text: 'x'.repeat(2000), i } },
      outcomes: [],
      history: { key: `h/${i}`, lines: [{ text: 'y'.repeat(1000) }], keep: 60 },
    }));

  it('copies committed pages into the database file without the committing connection checkpointing', async () => {
    const store = await openStore({ dataDir: dir, backgroundCheckpoint: true });
    const db = store.outcomes.db as { pragma(sql: string, o?: { simple: boolean }): unknown };
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES);
    const before = statSync(join(dir, DB_FILE)).size;
    await Promise.all(turns(300).map((t) => store.commitTurn(t))); // ~1 MB: well under the backstop's 40 MB
    const deadline = Date.now() + 20 * CHECKPOINT_EVERY_MS;
    while (statSync(join(dir, DB_FILE)).size < before + 900_000 && Date.now() < deadline) await sleep(50);
    expect(statSync(join(dir, DB_FILE)).size).toBeGreaterThan(before + 900_000);
    expect(await store.loadState('s/299')).toMatchObject({ i: 299 });
    await store.close();
  });

  /** Thread id → nice value, for this process's threads (Linux /proc; field 19 of a thread's stat). */
  const niceByThread = () =>
    new Map(
      readdirSync('/proc/self/task').flatMap((tid) => {
        try {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
          return [[tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])] as const];
        } catch {
          return []; // the thread ended meanwhile
        }
      }),
    );

  it.skipIf(!existsSync('/proc/thread-self'))('runs the checkpoints on one thread of lower priority, the rest untouched', async () => {
    const before = niceByThread();
    const store = await openStore({ dataDir: dir, backgroundCheckpoint: true });
    let lowered: string[] = [];
    const deadline = Date.now() + 5000;
    while (!lowered.length && Date.now() < deadline) {
      await sleep(20);
      lowered = [...niceByThread()].filter(([tid, nice]) => nice === CHECKPOINT_NICE && before.get(tid) === undefined).map(([tid]) => tid);
    }
    expect(lowered).toHaveLength(1);
    // The threads that were there before (the event loop's among them) keep their priority.
    for (const [tid, nice] of niceByThread()) if (before.has(tid)) expect(nice).toBe(before.get(tid));
    await store.close();
  });

  it('leaves checkpoints to the committing connection when not asked for (the CLI)', async () => {
    const store = await openStore({ dataDir: dir });
    const db = store.outcomes.db as { pragma(sql: string, o?: { simple: boolean }): unknown };
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await store.close();
  });
});
