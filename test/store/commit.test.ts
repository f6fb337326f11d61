// commitTurn: a turn's state, outcomes, replay record and chat lines land together, on both backends. A fault in
// any one write (injected in the store itself: a failing history insert on SQLite, a history key of the wrong type
// on Redis; or a value that cannot be serialised) leaves none of them, so the retry runs the turn again instead of
// replaying a turn that is missing from history.
import { describe, expect, it } from 'vitest';
import type { OutcomeRecord, StateStore, TurnCommit } from '../../src/store/index.ts';
import { title, useBackends, useFreshStore } from './backends.ts';

const backends = useBackends();
const outcome: OutcomeRecord = { kind: 'check', at: 1_700_000_000_000, user: 'h1', channel: 'app', verdict: 'dangerous' };

const turn = (n: number, lines: unknown[] = [{ role: 'user', text: `turn ${n}` }]): TurnCommit => ({
  state: { key: 'users/u1', value: { turn: n } },
  outcomes: [{ ...outcome, at: outcome.at + n }],
  idempotency: { key: `m${n}`, value: { replies: [`reply ${n}`] }, ttlSeconds: 60 },
  history: { key: 'history/u1', lines, keep: 60 },
});

/** Everything a turn writes, as a reader sees it. */
async function snapshot(store: StateStore) {
  return {
    state: await store.loadState('users/u1'),
    outcomes: await store.outcomes.count(),
    replay: await store.idempotency.get('m2'),
    history: await store.history.recent('history/u1', 60),
  };
}

/** Makes the next history write fail inside the store; returns the undo. */
async function breakHistoryWrites(store: StateStore): Promise<() => Promise<void>> {
  if (store.kind === 'sqlite') {
    const db = store.outcomes.db as { exec(sql: string): void };
    db.exec("CREATE TEMP TRIGGER fail_history BEFORE INSERT ON history BEGIN SELECT RAISE(ABORT, 'injected fault'); END");
    return async () => db.exec('DROP TRIGGER fail_history');
  }
  const { client, prefix } = store.outcomes.redis as { client: import('ioredis').Redis; prefix: string };
  const lines = await client.lrange(`${prefix}history:history/u1`, 0, -1);
  await client.del(`${prefix}history:history/u1`);
  await client.set(`${prefix}history:history/u1`, 'not a list');
  return async () => {
    await client.del(`${prefix}history:history/u1`);
    if (lines.length) await client.rpush(`${prefix}history:history/u1`, ...lines);
  };
}

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`commitTurn: ${title(backend)}`, () => {
    const ctx = useFreshStore(backend);

    it('writes state, outcomes, the replay record and the chat lines of one turn', async () => {
      expect(await ctx.store.loadState('users/u1')).toBeUndefined();
      await ctx.store.commitTurn(turn(1));
      expect(await ctx.store.loadState('users/u1')).toEqual({ turn: 1 });
      expect(await ctx.store.outcomes.list()).toEqual([{ ...outcome, at: outcome.at + 1 }]);
      expect(await ctx.store.idempotency.get('m1')).toEqual({ replies: ['reply 1'] });
      expect(await ctx.store.history.recent('history/u1', 60)).toEqual([{ role: 'user', text: 'turn 1' }]);
      // Another instance on the same data sees the committed turn.
      expect(await (await ctx.space.open()).loadState('users/u1')).toEqual({ turn: 1 });
    });

    it('a fault in the history write, after state, outcomes and replay record: nothing of the turn is kept', async () => {
      await ctx.store.commitTurn(turn(1));
      const before = await snapshot(ctx.store);
      const undo = await breakHistoryWrites(ctx.store);
      await expect(ctx.store.commitTurn(turn(2))).rejects.toThrow();
      await undo();
      expect(await snapshot(ctx.store)).toEqual(before);
      expect(before.replay).toBeUndefined();
      // The retry of the turn then commits whole.
      await ctx.store.commitTurn(turn(2));
      expect(await snapshot(ctx.store)).toMatchObject({ state: { turn: 2 }, outcomes: 2, replay: { replies: ['reply 2'] } });
      expect((await ctx.store.history.recent('history/u1', 60)).map((l) => (l as { text: string }).text)).toEqual(['turn 1', 'turn 2']);
    });

    it('a chat line that cannot be serialised: nothing of the turn is kept', async () => {
      await ctx.store.commitTurn(turn(1));
      const before = await snapshot(ctx.store);
      await expect(ctx.store.commitTurn(turn(2, [{ text: 'ok' }, { n: 1n }]))).rejects.toThrow(/BigInt/);
      expect(await snapshot(ctx.store)).toEqual(before);
    });
  });
}

/** A turn of user `u` (its own state, replay and history keys). */
const userTurn = (u: string): TurnCommit => ({
  state: { key: `users/${u}`, value: { user: u } },
  outcomes: [{ ...outcome, user: u }],
  idempotency: { key: `m-${u}`, value: { replies: [`reply ${u}`] }, ttlSeconds: 60 },
  history: { key: `history/${u}`, lines: [{ role: 'user', text: `from ${u}` }], keep: 60 },
});

/** Makes history writes under `history/<u>` fail inside the store (the other users' writes still work). */
async function breakHistoryOf(store: StateStore, u: string): Promise<void> {
  if (store.kind === 'sqlite') {
    const db = store.outcomes.db as { exec(sql: string): void };
    db.exec(
      `CREATE TEMP TRIGGER fail_${u} BEFORE INSERT ON history WHEN NEW.key = 'history/${u}' BEGIN SELECT RAISE(ABORT, 'injected fault'); END`,
    );
    return;
  }
  const { client, prefix } = store.outcomes.redis as { client: import('ioredis').Redis; prefix: string };
  await client.set(`${prefix}history:history/${u}`, 'not a list');
}

for (const backend of backends) {
  describe.skipIf(!!backend.skip)(`group commit: ${title(backend)}`, () => {
    const ctx = useFreshStore(backend);

    it('turns committed in the same tick all land, each whole', async () => {
      const users = ['a', 'b', 'c', 'd', 'e'];
      await Promise.all(users.map((u) => ctx.store.commitTurn(userTurn(u))));
      for (const u of users) {
        expect(await ctx.store.loadState(`users/${u}`)).toEqual({ user: u });
        expect(await ctx.store.idempotency.get(`m-${u}`)).toEqual({ replies: [`reply ${u}`] });
        expect(await ctx.store.history.recent(`history/${u}`, 60)).toEqual([{ role: 'user', text: `from ${u}` }]);
      }
      expect(await ctx.store.outcomes.count()).toBe(users.length);
    });

    it('a fault in one turn of a group fails that turn alone: nothing of it is kept, the others land', async () => {
      await breakHistoryOf(ctx.store, 'b');
      const settled = await Promise.allSettled(['a', 'b', 'c'].map((u) => ctx.store.commitTurn(userTurn(u))));
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await ctx.store.loadState('users/b')).toBeUndefined();
      expect(await ctx.store.idempotency.get('m-b')).toBeUndefined();
      for (const u of ['a', 'c']) {
        expect(await ctx.store.loadState(`users/${u}`)).toEqual({ user: u });
        expect(await ctx.store.history.recent(`history/${u}`, 60)).toEqual([{ role: 'user', text: `from ${u}` }]);
      }
      expect((await ctx.store.outcomes.list()).map((o) => o.user).sort()).toEqual(['a', 'c']);
    });

    it.runIf(backend.kind === 'sqlite')('a disk-full fault in one turn of a group fails that turn alone', async () => {
      const db = ctx.store.outcomes.db as { pragma(sql: string, o?: { simple: boolean }): unknown };
      const pages = Number(db.pragma('page_count', { simple: true }));
      db.pragma(`max_page_count = ${pages}`); // no page more: a long chat line needs overflow pages
      const big = { ...userTurn('b'), history: { key: 'history/b', lines: [{ text: 'x'.repeat(64_000) }], keep: 60 } };
      const settled = await Promise.allSettled([userTurn('a'), big, userTurn('c')].map((t) => ctx.store.commitTurn(t)));
      db.pragma('max_page_count = 1073741823');
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((settled[1] as PromiseRejectedResult).reason.code).toBe('SQLITE_FULL');
      expect(await ctx.store.loadState('users/b')).toBeUndefined();
      for (const u of ['a', 'c']) expect(await ctx.store.loadState(`users/${u}`)).toEqual({ user: u });
      expect((await ctx.store.outcomes.list()).map((o) => o.user).sort()).toEqual(['a', 'c']);
    });

    it('a turn that cannot be serialised fails alone in its group', async () => {
      const bad = { ...userTurn('b'), history: { key: 'history/b', lines: [{ n: 1n }], keep: 60 } };
      const settled = await Promise.allSettled([userTurn('a'), bad, userTurn('c')].map((t) => ctx.store.commitTurn(t)));
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await ctx.store.loadState('users/b')).toBeUndefined();
      expect(await ctx.store.outcomes.count()).toBe(2);
    });
  });
}
