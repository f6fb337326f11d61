// The server's SQLite store checkpoints its WAL on a worker thread: the committed pages reach the database file
// while the server's own connection (automatic checkpoint raised to a backstop) never ran a checkpoint itself.
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { BACKSTOP_PAGES, CHECKPOINT_EVERY_MS } from '../../src/store/sqlite/checkpointer.ts';
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

  it('leaves checkpoints to the committing connection when not asked for (the CLI)', async () => {
    const store = await openStore({ dataDir: dir });
    const db = store.outcomes.db as { pragma(sql: string, o?: { simple: boolean }): unknown };
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await store.close();
  });
});
