// A drill the user ends safely without naming its red flags ("我挂了": hang up) is stored with those flags as
// avoided, through the one entry point, and the report counts them as avoided, not as missed or spotted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Conversations, createConversations } from '../../src/channels/conversation.ts';
import { createLogger } from '../../src/ops/log.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { reportSource } from '../../src/reports/index.ts';
import { openStore, type StateStore } from '../../src/store/index.ts';
import { brain } from '../helpers/brain.ts';
import { drillStartText } from '../helpers/server.ts';

describe('avoided red flags from a real turn to the report', () => {
  let dir: string;
  let store: StateStore;
  let conversations: Conversations;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scam-coach-avoided-'));
    store = await openStore({ dataDir: dir });
    conversations = await createConversations({
      brain,
      store,
      metrics: createMetrics(),
      log: createLogger('silent'),
      userHashSalt: 'avoided-test-salt-0123456789abcdef',
    });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('hanging up at once: the flags shown are avoided, and counted so', async () => {
    const user = { userKey: 'web:safe', channel: 'web' as const };
    await conversations.turn({ ...user, text: drillStartText('overseas-service-call', 'zh') });
    await conversations.turn({ ...user, text: '我挂了' });
    const [drill] = await store.outcomes.list({ kind: 'drill' });
    expect(drill).toMatchObject({ scenario: 'overseas-service-call', outcome: 'passed', spotted: [], missed: [] });
    expect(drill!.avoided!.length).toBeGreaterThan(0);
    const report = await reportSource(store).report({});
    for (const flag of drill!.avoided!) {
      expect(report.redFlags.find((f) => f.flag === flag)).toMatchObject({ missed: 0, spotted: 0, avoided: 1 });
    }
  });
});
