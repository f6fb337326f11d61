// Notices a store that lost its data under a running instance (Redis restarted without persistence, a flushed
// database). A marker written at start must still be there; when it is gone the instance says so loudly, once per
// loss, and /healthz reports it, because every conversation, replay record and report record before it is gone.
import type { Logger } from './log.ts';
import type { StateStore } from '../store/types.ts';

export const STORE_MARKER = 'store-marker';

export interface StoreWatch {
  /** When the loss was noticed (epoch ms), or undefined while the store looks intact. */
  readonly wipedAt: number | undefined;
  stop(): void;
}

export async function watchStore(
  store: Pick<StateStore, 'secret'>,
  log: Logger,
  intervalMs: number,
): Promise<StoreWatch> {
  let marker = await store.secret(STORE_MARKER);
  let wipedAt: number | undefined;
  const check = async () => {
    const now = await store.secret(STORE_MARKER).catch(() => marker); // unreachable is /healthz's job, not a wipe
    if (now === marker) return;
    marker = now;
    wipedAt = Date.now();
    log.error(
      { event: 'store_wiped' },
      'THE STORE WAS WIPED while this instance was running: conversations, replay records and report records written before now are gone. On Redis, run it with persistence (appendonly yes) — see README "Running it safely".',
    );
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return {
    get wipedAt() {
      return wipedAt;
    },
    stop: () => clearInterval(timer),
  };
}
