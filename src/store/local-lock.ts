// In-process turn lock: one promise chain per key. Botkit runs two messages of one user concurrently and they
// would overwrite each other's state; chaining them per key serialises the turns of that user only.
import type { TurnLock } from './types.ts';

export function createLocalLock(): TurnLock & { readonly size: number } {
  // key → tail of that key's chain. The stored tail never rejects, so a throwing fn cannot break the chain.
  const tails = new Map<string, Promise<void>>();

  return {
    get size() {
      return tails.size;
    },
    run<T>(key: string, fn: () => Promise<T>): Promise<T> {
      const prev = tails.get(key) ?? Promise.resolve();
      const result = prev.then(fn);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      // Forget idle keys: once this call is the last in its chain and has finished, nothing waits on the entry.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
