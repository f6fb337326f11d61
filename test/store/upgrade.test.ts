// A SQLite file written before chat lines and replay records were append-ordered (WITHOUT ROWID tables clustered by
// key) opens with its rows moved: the lines in their order, live replay records readable, expired ones dropped.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { DB_FILE } from '../../src/store/sqlite/db.ts';

const OLD_SCHEMA = `
CREATE TABLE idempotency (key TEXT PRIMARY KEY, json TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX idempotency_expires ON idempotency (expires_at);
CREATE TABLE history (key TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;
`;

describe('sqlite: upgrading a file with clustered history and replay tables', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scam-coach-upgrade-'));
    const old = new Database(join(dir, DB_FILE));
    old.exec(OLD_SCHEMA);
    const line = old.prepare('INSERT INTO history (key, seq, json) VALUES (?, ?, ?)');
    // Inserted out of order: the sequence numbers, not the insertion order, say which line came first.
    for (const seq of [3, 1, 2]) line.run('h/a', seq, JSON.stringify({ text: `a${seq}` }));
    line.run('h/b', 1, JSON.stringify({ text: 'b1' }));
    const replay = old.prepare('INSERT INTO idempotency (key, json, expires_at) VALUES (?, ?, ?)');
    replay.run('live', JSON.stringify({ replies: ['r'] }), Date.now() + 60_000);
    replay.run('expired', JSON.stringify({ replies: ['x'] }), Date.now() - 1);
    old.close();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every line in order and every live replay record, and appends after them', async () => {
    const store = await openStore({ dataDir: dir });
    expect(await store.history.recent('h/a', 10)).toEqual([{ text: 'a1' }, { text: 'a2' }, { text: 'a3' }]);
    expect(await store.history.recent('h/b', 10)).toEqual([{ text: 'b1' }]);
    expect(await store.idempotency.get('live')).toEqual({ replies: ['r'] });
    expect(await store.idempotency.get('expired')).toBeUndefined();
    await store.commitTurn({ state: { key: 's/a', value: {} }, outcomes: [], history: { key: 'h/a', lines: [{ text: 'a4' }], keep: 60 } });
    expect((await store.history.recent('h/a', 2)).map((l) => (l as { text: string }).text)).toEqual(['a3', 'a4']);
    await store.close();
    // Opened again, nothing moves twice.
    const again = await openStore({ dataDir: dir });
    expect(await again.history.recent('h/a', 10)).toHaveLength(4);
    await again.close();
  });
});
