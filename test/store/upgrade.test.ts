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

describe('sqlite: upgrading a file with the outcomes session and channel indexes', () => {
  it('drops them; the filters they served still list the same records', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scam-coach-upgrade-'));
    try {
      const first = await openStore({ dataDir: dir });
      const at = 1_700_000_000_000;
      const recs = [
        { kind: 'faq', at, user: 'u1', channel: 'app', session: 'cohort' },
        { kind: 'check', at: at + 1, user: 'u2', channel: 'web' },
        { kind: 'faq', at: at + 2, user: 'u3', channel: 'web', session: 'cohort' },
      ] as const;
      await first.outcomes.addMany([...recs]);
      await first.close();
      const old = new Database(join(dir, DB_FILE));
      old.exec('CREATE INDEX outcomes_session_at ON outcomes (session, at)');
      old.exec('CREATE INDEX outcomes_channel_at ON outcomes (channel, at)');
      old.close();

      const store = await openStore({ dataDir: dir });
      const db = new Database(join(dir, DB_FILE), { readonly: true });
      const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outcomes'").pluck().all();
      db.close();
      expect(indexes.sort()).toEqual(['outcomes_at', 'outcomes_kind_at']);
      expect((await store.outcomes.list({ session: 'cohort' })).map((r) => r.user)).toEqual(['u1', 'u3']);
      expect((await store.outcomes.list({ channel: 'web', from: at + 1 })).map((r) => r.user)).toEqual(['u2', 'u3']);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
