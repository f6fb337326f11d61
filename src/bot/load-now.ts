// The classifier and the FAQ built at once, for a server: its first user should not wait for them.
import { createClassifier } from '../classifier/index.ts';
import { faqPort } from './faq-port.ts';
import type { CoreLoader } from './load.ts';

export const coresNow: CoreLoader = (root, brand, problems) => ({
  classifier: createClassifier(root, brand),
  faq: faqPort(root, brand, problems),
});
