// A brain whose classifier and FAQ are imported and built on first use: a terminal drill or quiz never asks them, and
// loading them (their modules, the segmenter, the index) would double a short run's start-up. The brain stays
// synchronous: a turn that needs one before it is ready throws DependencyPending, and conversations.turn awaits it
// and runs the turn again (the brain is pure: the first try changed nothing).
import type { Classifier } from '../classifier/index.ts';
import type { Brand } from '../content/brand.ts';
import type { ContentProblem } from '../content/yaml-source.ts';
import type { Brain, FaqPort } from './brain.ts';
import { loadBrainParts, type LoadBrainOptions } from './load-parts.ts';

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

export function loadLazyBrain(
  root: string,
  brand: Brand,
  options: LoadBrainOptions = {},
): { brain: Brain; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const parts = loadBrainParts(root, brand, options, problems);
  const classifierNow = onFirstUse('the classifier', async () =>
    (await import('../classifier/index.ts')).createClassifier(root, brand),
  );
  // FAQ file problems are not reported here (`content check` reports them).
  const faqNow = onFirstUse('the FAQ', async () => (await import('./faq-port.ts')).faqPort(root, brand, []));
  const classifier: Classifier = {
    check: (input, opts) => classifierNow().check(input, opts),
    hasItems: (input) => classifierNow().hasItems(input),
    get context() {
      return classifierNow().context;
    },
  };
  const faq: FaqPort = (question, locale) => faqNow()(question, locale);
  return { brain: { ...parts, classifier, faq }, problems };
}
