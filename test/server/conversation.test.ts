// The turn runner (src/channels/conversation.ts) on a real SQLite store: chat lines go to the append-only history
// store, the per-turn state stays small, a state saved by version 1 (lines inside the state) keeps its history when
// the user comes back, and a drill left idle is ended and recorded with the user's next message.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRILL_IDLE_MINUTES, MAX_HISTORY } from '../../src/bot/types.ts';
import { type Conversations, createConversations, historyKey, stateKey } from '../../src/channels/conversation.ts';
import { createLogger } from '../../src/ops/log.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { openStore, type StateStore } from '../../src/store/index.ts';
import { brain } from '../helpers/brain.ts';
import { drillStartText } from '../helpers/server.ts';

describe('conversation history', () => {
  let dir: string;
  let store: StateStore;
  let conversations: Conversations;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scam-coach-history-'));
    store = await openStore({ dataDir: dir });
    conversations = await createConversations({
      brain,
      store,
      metrics: createMetrics(),
      log: createLogger('silent'),
      userHashSalt: 'conversation-test-salt-0123456789abcdef',
    });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const storedState = async (userKey: string) => {
    const key = stateKey(conversations.userHash(userKey));
    return (await store.loadState(key)) as Record<string, unknown>;
  };

  it('keeps the last lines of a long conversation, while the stored state stays the same small size', async () => {
    await conversations.turn({ userKey: 'app:long', channel: 'app', text: '你好' });
    const small = JSON.stringify(await storedState('app:long')).length;
    for (let i = 0; i < 40; i++) {
      await conversations.turn({ userKey: 'app:long', channel: 'app', text: `银行会打电话让我转账到安全账户吗 ${i}` });
    }
    const history = await conversations.history('app:long');
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history.at(-2)).toMatchObject({ role: 'user', text: '银行会打电话让我转账到安全账户吗 39' });
    expect(history.at(-1)).toMatchObject({ role: 'bot', kind: 'faq' });
    const state = await storedState('app:long');
    expect(state).not.toHaveProperty('history');
    expect(state.lines).toBeGreaterThan(80);
    expect(JSON.stringify(state).length).toBeLessThan(small + 20);
  });

  it('moves the lines of a version-1 state into the history store on the next turn', async () => {
    const old = [
      { role: 'user', text: '你好', simulation: false },
      { role: 'bot', text: '欢迎', simulation: false, kind: 'welcome' },
    ];
    await store.commitTurn({
      state: { key: stateKey(conversations.userHash('web:old')), value: { v: 1, locale: 'zh', lastLocale: 'zh', drill: null, history: old } },
      outcomes: [],
    });
    expect(await conversations.history('web:old')).toEqual(old);
    // A returning user is not greeted as a first visitor.
    expect((await conversations.turn({ userKey: 'web:old', channel: 'web', text: '', firstVisitOnly: true })).replies).toEqual([]);

    await conversations.turn({ userKey: 'web:old', channel: 'web', text: '00852 5123 8870' });
    const history = await conversations.history('web:old');
    expect(history.slice(0, 2)).toEqual(old);
    // A check answers in two lines: the verdict first, then the details.
    expect(history.slice(2).map((l) => l.role)).toEqual(['user', 'bot', 'bot']);
    expect(await store.history.recent(historyKey(conversations.userHash('web:old')), 100)).toHaveLength(5);
    const state = await storedState('web:old');
    expect(state).toMatchObject({ v: 2, locale: 'zh', lines: 5 });
    expect(state).not.toHaveProperty('history');
  });

  it('ends a drill left idle with the next message, records it as not finished, answers the message', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T08:00:00Z') });
    try {
      const user = { userKey: 'app:idle', channel: 'app' as const };
      const started = await conversations.turn({ ...user, text: drillStartText('overseas-service-call', 'zh') });
      expect(started.replies.some((r) => r.simulation)).toBe(true);
      vi.setSystemTime(Date.now() + (DRILL_IDLE_MINUTES + 1) * 60_000);
      const back = await conversations.turn({ ...user, text: '00852 5123 8870' });
      expect(back.replies[0]).toMatchObject({ kind: 'info', simulation: false });
      expect(back.replies[1]).toMatchObject({ kind: 'check', check: { verdict: 'dangerous' } });
      expect(await store.outcomes.list({ kind: 'drill' })).toEqual([
        expect.objectContaining({ scenario: 'overseas-service-call', outcome: 'incomplete', channel: 'app' }),
      ]);
      expect((await storedState('app:idle')).drill).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
