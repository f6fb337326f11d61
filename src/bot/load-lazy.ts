// The terminal's cores (src/bot/load.ts): the classifier and FAQ imported and built on first use. A terminal drill
// or quiz never asks them, and loading them (their modules, the segmenter, the index) would double a short run's
// start-up. The brain stays synchronous: a turn that needs one before it is ready throws DependencyPending, and
// conversations.turn awaits it and runs the turn again (the brain is pure: the first try changed nothing).
import type { Classifier } from '../classifier/index.ts';
import type { FaqPort } from './brain.ts';
import type { CoreLoader } from './load.ts';

/** Thrown by a dependency still loading; `ready` settles once it is there. */
export class DependencyPending extends Error {
  override name = 'DependencyPending';
  constructor(
    readonly dependency: string,
    readonly ready: Promise<unknown>,
  ) {
    super(`${dependency} is still loading`);
  }
}

/** A value loaded once, asynchronously, on the first `get()` (which throws DependencyPending until it is ready). */
function onFirstUse<T>(name: string, load: () => Promise<T>): () => T {
  let value: T | undefined;
  let loading: Promise<unknown> | undefined;
  return () => {
    if (value !== undefined) return value;
    loading ??= load().then((v) => {
      value = v;
    });
    throw new DependencyPending(name, loading);
  };
}

/** The classifier and the FAQ, each imported and built when a turn first asks it (FAQ file problems are not
 *  reported here: `content check` reports them). */
export const coresOnFirstUse: CoreLoader = (root, brand) => {
  const classifierNow = onFirstUse('the classifier', async () =>
    (await import('../classifier/index.ts')).createClassifier(root, brand),
  );
  const faqNow = onFirstUse('the FAQ', async () => (await import('./faq-port.ts')).faqPort(root, brand, []));
  const classifier: Classifier = {
    check: (input, opts) => classifierNow().check(input, opts),
    hasItems: (input) => classifierNow().hasItems(input),
    prepare: (input) => classifierNow().prepare(input),
    get context() {
      return classifierNow().context;
    },
  };
  const faq: FaqPort = (question, locale) => faqNow()(question, locale);
  return { classifier, faq };
};
