// Loads everything the brain needs from content/ and scenarios/ once, at start. Problems are collected, not thrown,
// so a server keeps running on the content that is valid and logs the rest (only a broken brand file is fatal).
// The terminal builds its classifier and FAQ on first use instead (src/bot/load-lazy.ts).
import { type Classifier, createClassifier } from '../classifier/index.ts';
import type { Brand } from '../content/brand.ts';
import type { ContentProblem } from '../content/yaml-source.ts';
import type { Brain } from './brain.ts';
import { faqPort } from './faq-port.ts';
import { loadBrainParts, type LoadBrainOptions } from './load-parts.ts';

export { BOT_TEXTS_FILE, type LoadBrainOptions } from './load-parts.ts';

export function loadBrain(
  root: string,
  brand: Brand,
  options: LoadBrainOptions = {},
): { brain: Brain; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const parts = loadBrainParts(root, brand, options, problems);
  const classifier: Classifier = createClassifier(root, brand);
  const faq = faqPort(root, brand, problems);
  return { brain: { ...parts, classifier, faq }, problems };
}
