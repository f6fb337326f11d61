// Stores results of terminal training sessions (`--session NAME`) in the same store the server uses (DATA_DIR or
// REDIS_URL), so reports group CLI cohorts with widget and app ones. The CLI user appears only as a salted hash.
import { userInfo } from 'node:os';
import { configFromEnv } from '../config.ts';
import { type OutcomeRecord, openStore } from '../store/index.ts';
import { createKeyedHash } from '../store/keyed-hash.ts';
import { serverSecrets } from '../store/server-secrets.ts';
import type { DrillSummary } from '../scenarios/index.ts';
import { getScenario, type ScenarioLibrary } from '../scenarios/index.ts';
import { userKeyOf } from '../channels/user-key.ts';

export type PendingOutcome = Omit<OutcomeRecord, 'user' | 'channel' | 'session' | 'at'>;

export function drillOutcome(library: ScenarioLibrary, s: DrillSummary): PendingOutcome {
  return {
    kind: 'drill',
    scenario: s.scenario,
    outcome: s.outcome,
    score: s.score,
    spotted: s.redFlags.spotted,
    missed: s.redFlags.missed,
    topics: [...getScenario(library, s.scenario).topics],
  };
}

export async function recordOutcomes(root: string, session: string, outcomes: PendingOutcome[]): Promise<void> {
  if (!outcomes.length) return;
  const config = configFromEnv(process.env, root);
  const store = await openStore({ dataDir: config.dataDir, ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}) });
  try {
    const { userHashSalt } = await serverSecrets(store, config);
    let name = 'cli';
    try {
      name = userInfo().username;
    } catch {}
    const user = createKeyedHash(userHashSalt)(userKeyOf('cli', name)); // the server's hash of the same user key
    const at = Date.now();
    await store.outcomes.addMany(outcomes.map((o) => ({ ...o, user, channel: 'cli' as const, session, at })));
  } finally {
    await store.close();
  }
}
